"""Sports teams: results lines ("Leicester 2 Chelsea 1"), tables and "X beat Y"."""

from __future__ import annotations

from collections.abc import Iterator

import newsfacts
from newsfacts_organizations.rules import Candidate
from newsfacts_organizations.runs import Sentence


def is_sports(document: newsfacts.Document) -> bool:
    return False


def team_names(sentence: Sentence) -> Iterator[Candidate]:
    return iter(())
