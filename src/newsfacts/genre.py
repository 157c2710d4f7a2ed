"""What kind of article this is, read once by the core for every field: a sports report.

In a sports report place names stand for teams ("Australia beat Sri Lanka", "Leicester 2
Chelsea 1"): the locations field then asks more of a bare place name, and the organizations
field looks for teams. Both read the one answer, :attr:`newsfacts.Document.sports_report`,
decided here from the article's opening, so the fields never disagree on it.

A report of North American sports may tell its game in few of those words ("Kansas City (4-0)
overcame a 10-point deficit to edge Cincinnati (1-3)"): the teams' win-loss records in
brackets after their names tell it.

The decision is an ordered table of named checks, :data:`SPORTS_REPORT` (the first that holds
decides; none holding, the article is not a sports report)::

    >>> from newsfacts import Article, Document
    >>> Document.from_article(Article(text="Essex beat Kent by six wickets. Their captain "
    ...     "scored 80 runs in the match.")).sports_report
    True
    >>> Document.from_article(Article(text="The council voted to close the road.")).sports_report
    False
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from itertools import islice

import attrs

from newsfacts.explain import Check
from newsfacts.tables import read_lines, read_words
from newsfacts.text import Segment
from newsfacts.tokens import Tokens

#: Lower-case words of sports reporting ("match", "goals", "wickets", "coach"), from
#: ``newsfacts/data/sports_words.txt``; plugins read them to tell a sentence of a report.
SPORTS_WORDS = read_words("newsfacts", "sports_words.txt")
#: Each sport's name, as its lower-case words (``("cricket",)``, ``("formula", "one")``).
SPORTS_NAMES = frozenset(
    tuple(line.split()) for line in read_lines("newsfacts", "sports_names.txt")
)
#: Capitalized words that end a venue's name ("Emirates Stadium", "Allianz Arena", "Ford
#: Field"), from ``newsfacts/data/venue_words.txt``: a company's or a country's name before
#: one is part of the venue's name.
VENUE_WORDS = read_words("newsfacts", "venue_words.txt")
#: Nouns after a sport's name that make it a ground or a thing ("a former golf course"), from
#: ``newsfacts/data/sports_grounds.txt``: such a name names no sport.
_SPORTS_GROUNDS = read_words("newsfacts", "sports_grounds.txt")
#: Contests that are no sport ("mock trial", "chess", "spelling bee", an election's
#: "caucuses"), from ``newsfacts/data/contests.txt``: named at the top with no sport, they
#: make a story of teams, tournaments and wins no sports report (a school's mock trial team
#: "won the state championship", a candidate's "big win in the race"), and its places stay
#: places.
CONTESTS = frozenset(tuple(line.split()) for line in read_lines("newsfacts", "contests.txt"))
#: Words of the arts ("album", "concert", "grammys", "box office"), from
#: ``newsfacts/data/arts.txt``: named at the top with no sport, they make a story of a band
#: that "won", "played" a "final" gig or went on "tour" no sports report (its band no team).
ARTS = frozenset(tuple(line.split()) for line in read_lines("newsfacts", "arts.txt"))
_TEXT = operator.attrgetter("text")
#: How many tokens of the opening are read: the kind of article shows early, and a long text
#: costs no more than a short one.
OPENING = 400
#: Where a sport's name must appear to count: the headline and first sentence.
SPORT_NAMED_WITHIN = 30


@attrs.frozen(repr=False, eq=False)
class Opening:
    """The lower-case words of an article's opening, with its sports words counted."""

    words: tuple[str, ...]
    sports_words: int
    #: how many different sports words: a report's vocabulary varies ("squad" five times
    #: in a story about a rescue squad makes no report)
    distinct_sports_words: int
    #: how many teams' win-loss records in brackets after a name: "Denver (2-2)"
    records: int = 0


def _opening(tokens: Sequence[Segment], lower: Callable[[str], str]) -> Opening | None:
    """The opening of the article whose tokens these are; None when it holds no sports word
    (most articles: every check of the table asks for one, so none is made, a frozen instance
    that cost more than reading the words)."""
    # C-level maps, not a Python step per word: read for every article, however short.
    # The texts of Tokens read from its column, with no segment made or read.
    texts = (
        tuple(islice(tokens.texts(), OPENING))
        if isinstance(tokens, Tokens)
        else tuple(map(_TEXT, tokens[:OPENING]))
    )
    words = tuple(map(lower, texts))
    # (one set test over the words first, in C, with no call per word: most openings hold no
    # sports word, and only those that do list them)
    if SPORTS_WORDS.isdisjoint(words):
        return None
    found = list(filter(SPORTS_WORDS.__contains__, words))
    kinds = set(map(_SPORTS_WORD_KINDS.__getitem__, found))
    return Opening(words, len(found), len(kinds), _records(texts))


def _singular(word: str) -> str:
    """A sports word's kind: its singular when that is a sports word too ("matches" and
    "match" are one kind, so a story of a skills match is not two words of sport)."""
    for ending in ("es", "s"):
        if word.endswith(ending) and word[: -len(ending)] in SPORTS_WORDS:
            return word[: -len(ending)]
    return word


_SPORTS_WORD_KINDS = {word: _singular(word) for word in SPORTS_WORDS}


def _sport_named(opening: Opening) -> bool:
    """A short results line or a sport named at the top, talked of below: one word in 80."""
    if opening.sports_words * 80 < len(opening.words):
        return False
    return _names_a_sport(opening)


def _names_a_sport(opening: Opening) -> bool:
    """Whether a sport is named at the top: the headline or first sentence."""
    top = opening.words[:SPORT_NAMED_WITHIN]
    if _NAMES_BY_FIRST_WORD.keys().isdisjoint(top):  # no name's first word: no loop, in C
        return False
    # Each name whole: "motor racing", not the "motor" of "Hyundai Motor Co."
    return any(
        top[index : index + len(name)] == name
        and not _before_a_ground(opening.words, index + len(name))
        for index in range(len(top))
        for name in _NAMES_BY_FIRST_WORD.get(top[index], ())
    )


def _contest_named(opening: Opening) -> bool:
    """A contest that is no sport named at the top, and no sport: "Mock trial team wins
    state title", "Ithaca chess player takes junior crown"."""
    return _named_at_top(opening, _CONTESTS_BY_FIRST_WORD) and not _names_a_sport(opening)


def _arts_named(opening: Opening) -> bool:
    """A word of the arts named at the top, and no sport: "Coldplay win album of the year at
    Grammys", "Radiohead announce world tour ... the band's first concert"."""
    return _named_at_top(opening, _ARTS_BY_FIRST_WORD) and not _names_a_sport(opening)


def _named_at_top(opening: Opening, names: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether one of these names, each whole, stands in the headline or first sentence."""
    top = opening.words[:SPORT_NAMED_WITHIN]
    if names.keys().isdisjoint(top):  # nearly every opening: no word looked up one by one
        return False
    return any(
        top[index : index + len(name)] == name
        for index in range(len(top))
        for name in names.get(top[index], ())
    )


def _before_a_ground(words: tuple[str, ...], after: int) -> bool:
    """Whether the word after a sport's name makes it a ground: "a former golf course"."""
    return after < len(words) and words[after] in _SPORTS_GROUNDS


def _by_first_word(names: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Names of words grouped by their first word, so that each word asks only its own."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(names):
        grouped.setdefault(name[0], []).append(name)
    return grouped


_NAMES_BY_FIRST_WORD = _by_first_word(SPORTS_NAMES)
_CONTESTS_BY_FIRST_WORD = _by_first_word(CONTESTS)
_ARTS_BY_FIRST_WORD = _by_first_word(ARTS)


def _dense(opening: Opening) -> bool:
    """At least three sports words, two of them different, one word in 40."""
    return (
        opening.sports_words >= 3
        and opening.distinct_sports_words >= 2
        and opening.sports_words * 40 >= len(opening.words)
    )


#: The longest text a score and one sports word make a report of: a headline, an alert, a
#: results line ("Liverpool beat Bournemouth 4-2 at Anfield"); a longer article shows more.
SHORT_ITEM = 60
_DASHES = frozenset(("-", "–"))
# After two numbers, what makes them a range, not a score: "rose 2-3%"
_NO_SCORE_AFTER = frozenset(("%", "percent", "per", "pct"))


def _scored(opening: Opening) -> bool:
    """A short item with a sports word and a score ("beat Bournemouth 4-2"; not "won 2-3%")."""
    words = (*opening.words, "")
    if len(words) > SHORT_ITEM or not opening.sports_words or _DASHES.isdisjoint(words):
        return False
    return any(
        words[index] in _DASHES
        and words[index - 1].isdigit()
        and words[index + 1].isdigit()
        and words[index + 2] not in _NO_SCORE_AFTER
        for index in range(1, len(words) - 2)
    )


#: How many teams' win-loss records make a report: two, a game's sides ("Kansas City (4-0)
#: beat Cincinnati (1-3)"); a poll's one bracket ("Trump (35-30)") does not.
RECORDS = 2


def _recorded(opening: Opening) -> bool:
    """Teams' win-loss records in brackets after their names, as reports of North American
    sports give them ("Kansas City (4-0) ... Cincinnati (1-3)", a tie third: "(2-1-1)"), told
    in words that are not this list's ("overcame a 10-point deficit")."""
    return opening.records >= RECORDS


def _records(texts: Sequence[str]) -> int:
    """How many brackets after a capitalized word hold a win-loss record: "Denver (2-2)"."""
    if texts.count("(") < RECORDS:
        return 0  # nearly every article: no loop over its words
    padded = (*texts, "", "", "", "", "", "")
    return sum(
        1
        for index in range(1, len(texts))
        if texts[index] == "(" and texts[index - 1][:1].isupper() and _record(padded, index + 1)
    )


def _record(texts: Sequence[str], first: int) -> bool:
    """Whether the words from ``first`` are a record and its bracket's close: "4 - 0 )",
    "2 - 1 - 1 )" (each number of one or two digits: not "1990 - 95 )")."""
    end = first + 3 if texts[first + 3] == ")" else first + 5
    return (
        texts[end] == ")"
        and all(len(number) <= 2 and number.isdigit() for number in texts[first:end:2])
        and all(dash == "-" for dash in texts[first + 1 : end : 2])
    )


SPORTS_REPORT = (
    Check("contest-named", _contest_named, "reject", "a contest no sport named at the top"),
    Check("arts-named", _arts_named, "reject", "a word of the arts, no sport, named at the top"),
    Check("sport-named", _sport_named, "accept", "a sport named at the top and talked of"),
    Check("dense", _dense, "accept", "one word in 40 is a sports word, of two kinds or more"),
    Check("scored", _scored, "accept", "a short item with a sports word and a score: 4-2"),
    Check("recorded", _recorded, "accept", "teams' win-loss records: Kansas City (4-0)"),
)


def sports_report(tokens: Sequence[Segment], lower: Callable[[str], str] = str.lower) -> bool:
    """Whether the article whose tokens these are reads as a sports report (``lower``: a
    word's lower-case form, the document's vocabulary's column, looked up, not made anew)."""
    opening = _opening(tokens, lower)
    if opening is None:
        return False  # every check asks for a sports word: most articles decided here
    # Not explain.decide: the reading is shared by every field, so it is recorded in none of
    # their traces; the fields that read it name it in their own checks.
    for check in SPORTS_REPORT:
        if check.test(opening):
            return check.outcome == "accept"
    return False
