"""The phrase of a preposition opening a speaker phrase ("At the end of the day| the mayor
said"), or a clause's "how" or "why" ("asked why| the board voted"), read past to the
subject (from :mod:`newsfacts_quotes.phrases`)."""

from __future__ import annotations

from newsfacts_quotes import lexicon as lx

Word = tuple[int, int, str]  # start, end and text of one word

# (not "From the report: “...”", whose object is where the words come from)
_OPENING_PREPOSITIONS = lx.TRAILING_PREPOSITIONS - {"from"}


def _opens_subject(words: list[Word], index: int) -> bool:
    lowered = words[index][2].lower()
    return (lowered in lx.DETERMINERS or lowered in lx.QUANTIFIERS) and (
        words[index - 1][2].lower() not in lx.TRAILING_PREPOSITIONS
    )


def after_opening_phrase(words: list[Word]) -> list[Word]:
    """The words after a preposition's phrase opening them, where the subject starts at the
    first determiner that is not the object's: "At one point| the mayor", "At the end of
    the day| the mayor", "In the past 48 hours| the agency"; none when a determiner opens
    the object and no subject follows ("In the past 48"). Other words after the preposition
    are kept: a number or "least" makes it an approximation ("About four in 10 voters",
    "At least half of voters"), a pronoun a clause ("after she attacked")."""
    if len(words) < 2 or words[0][2].lower() not in _OPENING_PREPOSITIONS:
        return words
    start = next((i for i in range(2, len(words)) if _opens_subject(words, i)), None)
    if start is not None:
        return words[start:]
    return [] if words[1][2].lower() in lx.DETERMINERS else words


# Words that open a clause of their own inside a phrase, its subject after them: "looking at
# how| the site rated", "asked why| the board voted".
_WH_OPENERS = frozenset(("how", "why", "where", "whether"))


def after_wh_clause(words: list[Word]) -> list[Word]:
    """The words after the last "how", "why", "where" or "whether" in them, when a
    determiner opens what follows (the cue's subject): "The slant shows when looking at
    how| the site rated" (was "slant shows")."""
    for index in range(len(words) - 2, 0, -1):
        if words[index][2] in _WH_OPENERS:
            after = words[index + 1 :]
            return after if after[0][2].lower() in lx.DETERMINERS else words
    return words
