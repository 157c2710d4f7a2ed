"""Results lines and tables of a sports report: a team's score after its name ("Leicester 2
Chelsea 1", "Stoke 4 3 1 0 7 4 10"), the bracketed initial of a club's town ("Mladost ( L )
2") and a note closing a row ("( after extra time )")."""

from __future__ import annotations

from newsfacts.plugin import COUNTRY_NAMES, compiled, read_words
from newsfacts_organizations.lexicon import PACKAGE, STATE_WORDS
from newsfacts_organizations.runs import Sentence, is_year

# What may stand before a team's name and its score in a results line
LEAD_INS = frozenset((",", ":", ";", "-", "(", "\n"))


# How many words a note closing a results line holds at most: "( after extra time )"
_NOTE_WORDS = 4


def closing_note(texts: list[str]) -> int:
    """The words in lower case of a short note in the bracket that closes a sentence, after
    a score ("Aachen 1 ( after extra time )"); 0 when there is none."""
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


def is_score(sentence: Sentence, index: int) -> bool:
    """A score or a time, not a year nor an ordinal: "Andreas Ogris 77th" is a substitute
    and the minute he came on."""
    texts = sentence.texts
    if not texts[index][:1].isdigit() or is_year(texts, index):
        return False
    return not (
        index + 1 < len(texts)
        and sentence.starts[index + 1] == sentence.ends[index]
        and texts[index + 1].lower() in _ORDINAL_SUFFIXES
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


#: Words of towns' names of several words, which teams take: "Kansas City", "Green Bay"
TEAM_TOWN_WORDS = read_words(PACKAGE, "team_town_words.txt")
#: Words after a record that tell a pitcher's play: "Reed ( 12-5 ) allowed two runs"
PITCHING_VERBS = read_words(PACKAGE, "pitching_verbs.txt")
# The numbers of a win-loss record: wins, losses and ties, of one or two digits each ("4",
# "12"; not a year's "1996" nor a span's "1990-95")
_RECORD_NUMBER = compiled(r"[0-9]{1,2}")


def with_record(texts: list[str], first: int, last: int) -> bool:
    """Whether the name of units ``first`` to ``last`` is a team's, before its win-loss
    record in a bracket, as a report of North American sports gives it: "Kansas City ( 4-0 )
    beat Cincinnati ( 1-3 )", "the Braves ( 20-6 )", a tie third: "Denver ( 2-1-1 )". A
    pitcher's record is written so too, after his given name and surname ("Andy Reed ( 12-5 )
    allowed two runs"): a name of several words is a team's only with a word of a town's
    name of several words, or of a state's or a country's (``data/team_town_words.txt``:
    "Kansas City", "St. Louis", "Green Bay", "Ohio State"). One word is a team's but for a
    surname of the article's people, which the checks keep out, or before a pitcher's verb
    (``data/pitching_verbs.txt``: "Reed ( 12-5 ) allowed two runs")."""
    after = _record_end(texts, last)
    if after == 0 or (after < len(texts) and texts[after] in PITCHING_VERBS):
        return False
    return last == first + 1 or any(
        word in TEAM_TOWN_WORDS or word in STATE_WORDS or word in COUNTRY_NAMES
        for word in texts[first:last]
    )


def _record_end(texts: list[str], last: int) -> int:
    """Where a win-loss record in the bracket at ``last`` ends ("( 4-0 )", "( 2-1-1 )"): the
    unit after the bracket; 0 when there is none."""
    if last + 4 >= len(texts) or texts[last] != "(":
        return 0
    close = last + 4
    if texts[close] == "-" and close + 2 < len(texts):
        close += 2  # a tie after the losses
    inside = texts[last + 1 : close]
    if (
        texts[close] == ")"
        and all(_RECORD_NUMBER.fullmatch(number) for number in inside[::2])
        and all(dash == "-" for dash in inside[1::2])
    ):
        return close + 1
    return 0


def result(sentence: Sentence, first: int, last: int) -> bool:
    """A team's score in a results line or table row: "Leicester 2", "Essex 372 and 119-5".

    Not a bowler's figures ("Chandana 10-0-38-3") nor a batsman's runs after "b Fleming".
    """
    texts = sentence.texts
    if last >= len(texts) or not is_score(sentence, last):
        return False
    if last + 4 < len(texts) and texts[last + 1] == "-" and texts[last + 3] == "-":
        return False
    if first > 0 and texts[first - 1] in LEAD_INS:
        return not _scorer(sentence, first)
    return first == 0 or is_score(sentence, first - 1)


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
    return index > 0 and texts[index] == "(" and is_score(sentence, index - 1)
