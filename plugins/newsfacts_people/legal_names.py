"""The names an article writes before a company's legal form ("Harbor Textile Corp."): the
same words alone later ("Harbor Textile said...") name the company, no person."""

from __future__ import annotations

import regex

from newsfacts.plugin import ORGANIZATION_HEADS, compiled

# The core's legal forms ("Corp.", "Inc.", "GmbH", "PLC") after a word that is not all
# capitals, their closing stop optional; longest first, so "Cos" is read whole before "Co"
_FORMS = sorted(
    {word.rstrip(".") for word, head in ORGANIZATION_HEADS.items() if head.legal_form},
    key=lambda form: (-len(form), form),
)
_LEGAL_FORM = compiled(r"(?<=[a-z.]) (?:" + "|".join(map(regex.escape, _FORMS)) + r")\b")
# The capitalized words right before a legal form, read back from it (a company's name
# is seldom longer than four words)
_NAME_BEFORE = compiled(r"(?:[A-Z][\w.'&-]* ){1,3}[A-Z][\w.'&-]*\Z")
_REACH = 80


def legal_names(text: str) -> frozenset[str]:
    """The names of two words or more that ``text`` writes before a legal form, and their
    tails of two words or more ("The Harbor Textile Co." gives "Harbor Textile"): a name of
    one word before one ("Avon Co.") may be a person's surname too."""
    names: set[str] = set()
    for form in _LEGAL_FORM.finditer(text):
        at = form.start()
        before = _NAME_BEFORE.search(text, max(0, at - _REACH), at)
        if before is None:
            continue
        words = before.group().split()
        names.update(" ".join(words[i:]) for i in range(len(words) - 1))
    return frozenset(names)
