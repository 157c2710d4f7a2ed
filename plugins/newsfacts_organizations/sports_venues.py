"""Where a game was played, not a team: the venue a sports report names with a team's name
("In Denver , Mike Ortiz allowed two hits", "a stunned crowd in Latvia .")."""

from __future__ import annotations

from newsfacts_organizations.rules import Candidate
from newsfacts_organizations.runs import Sentence

#: The words opening a sentence before a venue: "In Denver , ...", "At Hove , ..."
VENUE_OPENERS = frozenset({"In", "At"})


def venue_opening(sentence: Sentence, candidate: Candidate) -> bool:
    """ "In Denver , Mike Ortiz allowed two hits": where the game was, not the team."""
    texts = sentence.texts
    return (
        candidate.entry.kind == "sports"
        and len(texts) > 1
        and texts[0] in VENUE_OPENERS
        and sentence.starts[1] == candidate.start
        and candidate.last < len(texts)
        and texts[candidate.last] == ","
    )


def venue_closing(sentence: Sentence, candidate: Candidate) -> bool:
    """ "in front of a stunned crowd in Latvia .": a team's name after "in" that ends its
    sentence or clause is where it played ("England face Latvia" made it a team); not before
    its possessive ("in Liverpool 's 2-1 win")."""
    if candidate.entry.kind != "sports":
        return False
    starts, texts = sentence.starts, sentence.texts
    first = candidate.last - 1  # back over the name's own units only: a few at most
    while first > 0 and starts[first] > candidate.start:
        first -= 1
    return (
        first > 0
        and texts[first - 1] == "in"
        and (candidate.last == len(texts) or texts[candidate.last] in _CLAUSE_ENDS)
    )


_CLAUSE_ENDS = frozenset((".", ",", ";", ":", "!", "?"))
