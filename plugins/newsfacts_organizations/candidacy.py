"""A candidate organization in its sentence, with what the article says of people: what the
checks of :data:`newsfacts_organizations.checks.CANDIDATE_CHECKS` read."""

from __future__ import annotations

from collections.abc import Set
from typing import NamedTuple

import newsfacts
from newsfacts_organizations.rules import Candidate
from newsfacts_organizations.runs import Sentence


class Candidacy(NamedTuple):
    """A candidate in its sentence, with what the article says of people (a named tuple: one
    is made for every candidate checked, and a frozen attrs class costs twice as much)."""

    sentence: Sentence
    candidate: Candidate
    #: The given names and surnames of the article's people: "Rios" alone is the person.
    person_names: Set[tuple[str, ...]]
    #: The people's mentions: a person's name is never an organization.
    people: newsfacts.SpanSet
    #: The words the article writes in lower case ("balls": "Balls were going fast").
    lower_case: frozenset[str] = frozenset()
