"""Ages after a name that no comma closes: "Jane Roe, 55 of Dayton", "Jane Roe, 41 — a nurse
—", "Jane Roe, 11 and her brother", and a full name with no comma at all before a verb or a
home town: "Jane Roe 44 said", "John Doe 45 of Boston" (local news and wires write them so)."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers.raw import Raw

_MAX_AGE = 120
# After the age: a home town (a name, not a possessive: "12 of Ohio's delegates" is no age),
# a clause on the person ("and said", "and her brother"), an aside's dash, or (after a full
# name with no comma) a verb only a person is the subject of ("who", "said"; not "has", "is":
# "Star Trek 13 is due", "Studio City 54 was a club").
_AFTER = compiled(
    r"""
    [ \t]++(?:
        (?P<town>(?:of|from)[ \t]++\p{Lu}[\p{L}.]*+(?:[ \t]++\p{Lu}[\p{L}.]*+)*+(?![\p{L}'’]))
      | and[ \t]++\p{Ll}
      | [—–―]
      | (?P<verb>who|said|says|told)\b
    )
    """,
    regex.VERBOSE,
)
# The first characters of what _AFTER reads after one space
_AFTER_FIRST = frozenset("ofawst—–―")
# Before it, read backwards from the number (REVERSE, anchored there by \G): a name and a
# comma ("Jane Roe, ", "Jane Roe , " in tokenized text) ...
_NAME_COMMA = compiled(r"\b\p{Lu}[\p{L}'’.\-]*[ \t]?,[ \t]\G", flags=regex.REVERSE)
# ... or a full name of two words with no comma ("Jane Roe "; not "Apollo 11 said")
_FULL_NAME = compiled(r"\b\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}[\p{L}'’\-]*[ \t]\G", flags=regex.REVERSE)


def loose_age(text: str, raw: Raw) -> bool:
    """Whether the bare count ``raw``, in digits, is a person's age after a name with no
    comma after it (see the module). A name and a comma take a home town, "and" and a word in
    lower case or a dash after the age; a full name with no comma takes two digits and a
    verb of a person or a home town after them: "Jane Roe 44 said", not "Jane Roe 4 and",
    "Windows Phone 10 is"."""
    if text[raw.end + 1 : raw.end + 2] not in _AFTER_FIRST or text[raw.end : raw.end + 1] != " ":
        return False  # the quick test: "5 people" is decided here
    if not text[raw.start].isdigit() or not 0 < raw.value <= _MAX_AGE or raw.value % 1:
        return False  # "Still, one has to": an age in digits only
    after = _AFTER.match(text, raw.end)
    if after is None:
        return False
    low = max(0, raw.start - 40)
    if after.group("verb") is None and _NAME_COMMA.search(text, low, raw.start) is not None:
        return True  # not "Jane Roe, 43 said the same" (a poll's figure)
    return (
        raw.end - raw.start == 2
        and (after.group("verb") is not None or after.group("town") is not None)
        and _FULL_NAME.search(text, low, raw.start) is not None
    )
