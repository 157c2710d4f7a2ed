"""A common word after the name of a person the article names in full ("Nora Vance Rejected
the offer", a banner's "Nora Vance Leads Again"; a headline's "Nora Delaying Her Returns"
with Nora Vance below): the name ends before it, and the word names no one.

The word is a verb's "-ing" form, or a word the article also writes in lower case, or its
"-s" or "-ed" form ("Leads" beside "lead"); and no known given name, suffix, nor the surname
of anyone else the article names in full. After a full name, no one's name runs on with a
common word (a double surname is no word of the sentence: "Ana Ferro Lusa" keeps "Lusa").
After a given name alone, the word may be a relative's surname ("Tom Reading" beside "Tom
Okafor"): it is cut there only in a headline's line of capitalized words, after a known
given name that is one person's of the article.
"""

from __future__ import annotations

from collections.abc import Callable

from newsfacts_people import name_forms as nf
from newsfacts_people.candidates import Mention
from newsfacts_people.surroundings import in_title_case_line
from newsfacts_people.words_before_surnames import verb_form


def names_before_common_words(
    text: str, mentions: list[Mention], lower_case: Callable[[], frozenset[str]]
) -> list[Mention]:
    """``mentions``, each that runs from the full name or the given name of a person named
    in full elsewhere on into a common word cut before that word."""
    full = [m for m in mentions if m.sure and len(m.words) > 1]
    if not full:
        return mentions  # no one named in full: no name to end
    names = {m.written for m in full}
    # The full names of each surname and of each given name: a mention's own words are no
    # evidence that its last word is a surname ("Nora Backing" read as a full name)
    surnames: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    for m in full:
        surnames.setdefault(m.words[-1], set()).add(m.written)
        given.setdefault(m.words[0], set()).add(m.words[-1])
    written_lower: frozenset[str] | None = None
    found = []
    for mention in mentions:
        # (every name cut here opens with a given name of the article's full names: one
        # look-up for most mentions, a surname alone, no call)
        head = _name_before(mention, names, given) if mention.words[0] in given else ""
        if head:
            if written_lower is None:
                written_lower = lower_case()  # asked only here: few articles get this far
            word = mention.words[len(head.split())]
            if (
                _common_word(word, written_lower)
                and not surnames.get(word, set()) - {mention.written}
                and (" " in head or _after_given_name(text, mention))
            ):
                mention = _cut_to(text, mention, head)
        found.append(mention)
    return found


def _name_before(mention: Mention, names: set[str], given: dict[str, set[str]]) -> str:
    """The longest full name of ``names`` the mention opens with and runs on after, or the
    given name of one person of ``given`` a mention of two words opens with ("" if none)."""
    words = mention.words
    if len(words) < 2 or " ".join(words) != mention.written:
        return ""  # (a name with particles or written across a line: left as read)
    for count in range(len(words) - 1, 1, -1):
        head = " ".join(words[:count])
        if head in names:
            return head
    if len(words) == 2 and len(given.get(words[0], set()) - {words[1]}) == 1:
        return words[0]
    return ""


def _common_word(word: str, written_lower: frozenset[str]) -> bool:
    """A word in lower case after its capital, no suffix nor given name, and a verb's
    "-ing" form, or a word the article writes in lower case, or its "-s" or "-ed" form
    ("Leads" beside "lead", "Rejected" beside "reject")."""
    if not word[1:].isalpha() or not word[1:].islower() or nf.is_given_name(word):
        return False
    lower = word.lower()
    return (
        verb_form(word)
        or lower in written_lower
        or (lower.endswith("s") and lower[:-1] in written_lower)
        or (lower.endswith("ed") and (lower[:-2] in written_lower or lower[:-1] in written_lower))
    )


def _after_given_name(text: str, mention: Mention) -> bool:
    """A known given name, in a headline's line of capitalized words: in running text a
    given name and a common word may be a relative's name ("Lena Billing" beside "Lena
    Billing Ortiz", "Tom Reading" beside "Tom Okafor")."""
    return nf.is_given_name(mention.words[0]) and in_title_case_line(
        text, mention.start, mention.end
    )


def _cut_to(text: str, mention: Mention, head: str) -> Mention:
    if not text.startswith(head, mention.start):
        return mention
    count = len(head.split())
    return mention._replace(
        end=mention.start + len(head), words=mention.words[:count], written=head, known_context=None
    )
