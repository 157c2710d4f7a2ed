"""The article's people or organizations, sorted for the speakers' questions, and the
speaker a mention resolves to."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

import newsfacts
from newsfacts.plugin import Person, compiled
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
    "Apple Chief Executive Tim Cook", "Republican party boss Reince Priebus" (up to three
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
