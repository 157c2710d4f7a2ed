"""When a season word alone ("fall", "spring", "summer") names a season: led in ("in the
fall", "since spring"), not a noun or a verb by the word after it ("the fall in prices",
"to fall further"), not a name's first word ("Fall River"), and, for the words that are
verbs too (``data/season_verbs.txt``), not after "to", "and" or "or" unless another season
joins it ("expected to fall" and "rise or fall" are verbs; "from spring to fall" is a
season)."""

from __future__ import annotations

from newsfacts.plugin import read_words
from newsfacts_dates.grammar import LEAD_WORDS, SEASON_VETOES, SEASONS
from newsfacts_dates.reading import Match, group, word_after, word_before

SEASON_VERBS = read_words("newsfacts_dates", "season_verbs.txt")
# The words that may lead a season in ("summer and fall") as they lead an infinitive or
# join verbs ("to fall", "rise and fall")
_JOINERS = frozenset(["to", "and", "or"])


def season_usable(match: Match, text: str, written: bool) -> bool:
    """Whether the bare season word of ``match`` names a season (``written``: a year is
    written with it, "fall 2027")."""
    if written or group(match, "pmod"):
        return True
    after = word_after(text, match.end())
    led = match.group().lower().startswith("the ")
    if after in SEASON_VETOES or (after[:1].isdigit() and not led):
        # "the fall of the Berlin Wall", "the fall in prices", "forecast to fall 25.5%"
        return False
    if _opens_a_name(match, text):
        return False  # "of Winter Haven", "in Fall River", "the Spring Lake council"
    if led:
        return True
    before = word_before(text, match.start())
    if before in _JOINERS and match.group("season").lower() in SEASON_VERBS:
        return _joined_season(text, match.start())
    return before in LEAD_WORDS


def _joined_season(text: str, start: int) -> bool:
    """Whether a season stands right before the joining word before ``start``: "summer and|
    fall", "spring to| fall"."""
    words = text[max(0, start - 24) : start].lower().split()
    return len(words) >= 2 and words[-2].strip(",") in SEASONS


def _opens_a_name(match: Match, text: str) -> bool:
    """A capitalized season word with a capitalized word right after it, after a word in
    lower case (so not in a headline's capitals): the first word of a town's or a street's
    name."""
    word = match.group("season")
    after = text[match.end() : match.end() + 2]
    before = text[max(0, match.start() - 16) : match.start()].split()
    return (
        word[:1].isupper()
        and after[:1] == " "
        and after[1:].isupper()
        and bool(before)
        and before[-1].islower()
    )
