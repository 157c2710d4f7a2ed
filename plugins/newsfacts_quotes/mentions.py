"""The article's people or organizations, sorted for the speakers' questions, and the
speaker a mention resolves to."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

import newsfacts
from newsfacts.plugin import COUNTRIES, MONTH_NAMES, WEEKDAYS, Person, compiled
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.stories import story_start


class Speaker(NamedTuple):
    """A resolved speaker and the mention it was found from (a named tuple, see Span)."""

    name: str | None
    start: int
    end: int


def position(fact: newsfacts.Fact) -> tuple[int, int]:
    """Where a mention stands: a person and an organization may share a span ("Trump"), and
    the person wins ties."""
    return (fact.start, 0 if isinstance(fact, Person) else 1)


def name_of(fact: newsfacts.Fact) -> str:
    """The mention's full name, else its text."""
    name = getattr(fact, "name", None)
    return name if isinstance(name, str) and name else fact.text


# The capitalized words of a title between an organization and the person it titles:
# "House| Majority Leader |Steve Scalise", "Tesla| CEO |Elon Musk".
_TITLE_BETWEEN = compiled(r"(?:[ \u00a0]++\p{Lu}[\p{L}.\-]*+){1,4}[ \u00a0]++")


def titles_someone(
    text: str, organization: newsfacts.Fact, people: Sequence[newsfacts.Fact]
) -> bool:
    """Whether ``organization`` opens the title of one of ``people``: "House Majority Leader
    Steve Scalise" and "White House spokeswoman Liz Huston" are people speaking, not the
    House nor the White House."""
    end = organization.end
    return any(
        end < person.start <= end + _TITLE_REACH and _titles(text, end, person.start)
        for person in people
    )


def _titles(text: str, end: int, start: int) -> bool:
    """Whether the words between an organization ending at ``end`` and a person starting at
    ``start`` are a title: capitalized words, or words ending in a noun of one who belongs to
    a body ("spokeswoman", "press secretary"; not "fired engineer")."""
    if _TITLE_BETWEEN.fullmatch(text, end, start) is not None:
        return True
    words = text[end:start].split()
    return (
        bool(words)
        and words[-1].lower() in lx.RELATIONAL_NOUNS
        and lx.TITLE_WORDS.fullmatch(text, end, start) is not None
    )


_TITLE_REACH = 60


def titled_person(
    text: str, fact: newsfacts.Fact, people: Sequence[newsfacts.Fact]
) -> newsfacts.Fact | None:
    """The person an organization's name opens the title of: "House Speaker Paul Ryan",
    "Apple Chief Executive Tim Cook", "Labour party boss Dan Harlow" (up to three
    words of a title between them)."""
    for person in people:
        if person.start > fact.end and lx.TITLE_WORDS.fullmatch(text, fact.end, person.start):
            return person
    return None


class MentionIndex:
    """Facts sorted by start, for the facts inside a stretch in logarithmic time."""

    def __init__(
        self, facts: Sequence[newsfacts.Fact], lookback: int, stories: Sequence[int] = ()
    ) -> None:
        self.facts = sorted(facts, key=lambda fact: fact.start)
        self.starts = [fact.start for fact in self.facts]
        self.lookback = lookback  # how many facts :meth:`before` gives at most
        # Where the article's later stories start (see :mod:`newsfacts_quotes.stories`):
        # :meth:`before` gives none of an earlier story.
        self.stories = stories

    def inside(self, start: int, end: int, *, spilling: bool = False) -> list[newsfacts.Fact]:
        """The facts inside ``start``..``end``; ``spilling``: also those that start inside and
        end after it."""
        index = bisect.bisect_left(self.starts, start)
        found = []
        while index < len(self.facts) and self.facts[index].start < end:
            if spilling or self.facts[index].end <= end:
                found.append(self.facts[index])
            index += 1
        return found

    def before(self, offset: int) -> Sequence[newsfacts.Fact]:
        """The facts ending before ``offset`` in its story, nearest last (a bounded stretch
        of them)."""
        index = bisect.bisect_left(self.starts, offset)
        low = max(0, index - self.lookback)
        if self.stories:
            low = max(low, bisect.bisect_left(self.starts, story_start(self.stories, offset)))
        return self.facts[low:index]


def before_brackets(
    text: str, fact: newsfacts.Fact, named: Sequence[newsfacts.Fact]
) -> newsfacts.Fact | None:
    """The name a bracketed one follows: "Shiv Sena (UBT)", "the Islamic State (IS)"."""
    if text[fact.start - 1 : fact.start] != "(" or text[fact.end : fact.end + 1] != ")":
        return None
    return next((other for other in named if other.end in (fact.start - 2, fact.start - 1)), None)


_GIVEN_REACH = 30  # characters read before a name for the word before it
_SENTENCE_OPENERS = frozenset('.!?\n"“‘([')  # what a word opening a sentence may follow
# Capitalized words before a name that are no given name: "the |Iranian| Army", "|May| Herald"
_NO_GIVEN_NAMES = (
    frozenset(MONTH_NAMES)
    | frozenset(WEEKDAYS)
    | lx.DETERMINERS
    | frozenset(word.lower() for c in COUNTRIES for word in (c.name, *c.adjectives))
)


def person_of_surname(
    text: str,
    fact: newsfacts.Fact,
    people: Sequence[newsfacts.Fact],
    organizations: Sequence[newsfacts.Fact],
) -> str | None:
    """The person a bare surname read as an organization names: "Don Herald ... “...,” Herald
    said" is Don Herald, not the Herald newspaper; "Anne Reuter ... Reuter told" is no news
    agency. The article named before (``people`` and ``organizations``, the mentions
    before ``fact``, nearest last) a person of that surname: a person whose name ends in it,
    or a capitalized given name before a mention of that word. None for a person's mention,
    a name of more words, initials ("the AWC"), or a word no one of the article bears."""
    word = fact.text
    if isinstance(fact, Person) or not (word.isalpha() and word.istitle()):
        return None
    surname = " " + word
    for person in reversed(people):
        name = name_of(person)
        if name.endswith(surname):
            return name
    for mention in (fact, *reversed(organizations)):
        if mention.text == word:
            given = _given_before(text, mention.start)
            if given:
                return given + surname
    return None


def _given_before(text: str, start: int) -> str | None:
    """The capitalized word right before ``start`` that may be a given name ("Mayor Ann
    |Herald|" reads "Ann"): not opening a sentence ("At"), nor a month, weekday, determiner
    ("according to The Herald"), country or nationality ("the Iranian Army")."""
    before = text[max(0, start - _GIVEN_REACH) : start]
    if not before.endswith((" ", "\u00a0")):
        return None
    head, _, word = before[:-1].rpartition(" ")
    opening = head.rstrip(" \u00a0")[-1:]
    # (A word at the text's start, or cut by the reach, has nothing before it: read as
    # opening a sentence.)
    if not (word.isalpha() and word.istitle()) or not opening or opening in _SENTENCE_OPENERS:
        return None
    return None if word.lower() in _NO_GIVEN_NAMES else word
