"""Results lines and tables of a sports report: a team's score after its name ("Leicester 2
Chelsea 1", "Stoke 4 3 1 0 7 4 10"), the bracketed initial of a club's town ("Mladost ( L )
2") and a note closing a row ("( after extra time )")."""

from __future__ import annotations

from newsfacts.plugin import Segment, compiled
from newsfacts_organizations.runs import Sentence, is_year

# What may stand before a team's name and its score in a results line
LEAD_INS = frozenset((",", ":", ";", "-", "(", "\n"))


# How many words a note closing a results line holds at most: "( after extra time )"
_NOTE_WORDS = 4


def closing_note(texts: list[str]) -> int:
    """The words in lower case of a short note in the bracket that closes a sentence, after
    a score ("Luebeck 0 ( after extra time )"); 0 when there is none."""
    if len(texts) < 4 or texts[-1] != ")":
        return 0
    inside = texts[-2 : -2 - _NOTE_WORDS : -1]
    if "(" not in inside:
        return 0
    words = inside[: inside.index("(")]
    opening = len(texts) - 2 - len(words)
    if opening < 1 or not texts[opening - 1][0].isdigit():
        return 0
    return sum(1 for word in words if word.isalpha() and word.islower())


def year(text: str) -> bool:
    return len(text) == 4 and text[:2] in ("19", "20")


def is_score(units: list[Segment], index: int) -> bool:
    """A score or a time, not a year nor an ordinal: "Andreas Ogris 77th" is a substitute
    and the minute he came on."""
    if not units[index].text[:1].isdigit() or is_year(units, index):
        return False
    suffix = units[index + 1] if index + 1 < len(units) else None
    return not (
        suffix is not None
        and suffix.start == units[index].end
        and suffix.text.lower() in _ORDINAL_SUFFIXES
    )


_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))

# The initials of a club's town in a bracket after its name: "( L )", "( BJ )"
_TOWN_LETTERS = compiled(r"[A-Z]{1,2}")


def with_town_letter(texts: list[str], first: int, last: int) -> int:
    """Where a club's name of one word ends in a results table: past the bracketed initial
    of its town, which tells it from a club of the same name ("Mladost ( L ) 2 Cukaricki 1",
    "Rad ( B ) 4 1 1 2"); not after a player's two names and his country ("Ernie Els ( SA )
    68")."""
    if (
        last == first + 1
        and last + 3 < len(texts)
        and texts[last] == "("
        and texts[last + 2] == ")"
        and _TOWN_LETTERS.fullmatch(texts[last + 1]) is not None
    ):
        return last + 3
    return last


def result(sentence: Sentence, first: int, last: int) -> bool:
    """A team's score in a results line or table row: "Leicester 2", "Essex 372 and 119-5".

    Not a bowler's figures ("Chandana 10-0-38-3") nor a batsman's runs after "b Fleming".
    """
    units = sentence.units
    texts = sentence.texts
    if last >= len(units) or not is_score(units, last):
        return False
    if last + 4 < len(texts) and texts[last + 1] == "-" and texts[last + 3] == "-":
        return False
    if first > 0 and texts[first - 1] in LEAD_INS:
        return not _scorer(sentence, first)
    return first == 0 or is_score(units, first - 1)


# How far back the bracket of a team's scorers may open: "( Shearer 12 pen , Ferdinand 44 ,"
SCORERS_REACH = 16


def _scorer(sentence: Sentence, first: int) -> bool:
    """A name in the bracket opened right after a team's score: its scorer and the minute,
    not a team ("Newcastle 3 ( Shearer 12 , Ferdinand 44 )")."""
    texts = sentence.texts
    index = first - 1
    stop = max(0, first - SCORERS_REACH)
    while index > stop and texts[index] not in ("(", ")"):
        index -= 1
    return index > 0 and texts[index] == "(" and is_score(sentence.units, index - 1)
