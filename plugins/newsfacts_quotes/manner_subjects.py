"""A lone capitalized word opening a sentence and said to speak in some manner ("Kganyago was
blunt.", "Tanaka is adamant."), for a "he" or "she" that speaks after it with no one the
article names to stand for: the word is a person's surname the people field did not find
(it finds "Tanaka said", not "Tanaka was defiant"), and the pronoun goes on with it."""

from __future__ import annotations

import regex

from newsfacts.plugin import PEOPLE_NOUNS, compiled, read_words
from newsfacts_quotes import lexicon as lx

# How far before the pronoun the sentence may open: a sentence or two, across a paragraph
# break (the quote often opens the next paragraph).
_REACH = 300
_MANNERS = read_words("newsfacts_quotes", "manner_adjectives.txt")
_INDEFINITE = read_words("newsfacts_quotes", "indefinite_pronouns.txt")
# "Kganyago was blunt.", "Tanaka was typically defiant": a sentence opens with one
# capitalized word (maybe hyphenated: "Smith-Jones"), "was" or "is", maybe an adverb, then
# an adjective of data/manner_adjectives.txt.
_MANNER_OPENS = compiled(
    rf"""(?:\A|(?<=[.!?][”"’']?[ \u00a0]+)|(?<=\n[ \u00a0]*))  # a sentence opens
    (?P<name>\p{{Lu}}\p{{Ll}}++(?:-\p{{Lu}}\p{{Ll}}++)?)
    [ \u00a0]++(?:was|is)[ \u00a0]++(?:\p{{Ll}}++(?<=ly)[ \u00a0]++)?
    (?:{"|".join(sorted(_MANNERS))})\b""",
    regex.VERBOSE,
)


def manner_subject(text: str, start: int) -> tuple[str, int, int] | None:
    """The last lone name said to speak in some manner before ``start`` (a pronoun's), within
    reach and outside quotes' words as read by the caller: its text and offsets; None if
    none, or if the word is a common one (a pronoun, "Everyone" of
    ``data/indefinite_pronouns.txt``, a determiner, quantifier, noun for people, or a word
    written in lower case elsewhere in the text)."""
    found = None
    for match in _MANNER_OPENS.finditer(text, max(0, start - _REACH), start):
        found = match
    if found is None:
        return None
    name = found.group("name")
    lowered = name.lower()
    if (
        lowered in lx.PRONOUNS
        or lowered in _INDEFINITE
        or lowered in lx.DETERMINERS
        or lowered in lx.QUANTIFIERS
        or lowered in PEOPLE_NOUNS
        or regex.search(rf"\b{regex.escape(lowered)}\b", text) is not None
    ):
        return None
    return name, found.start("name"), found.end("name")
