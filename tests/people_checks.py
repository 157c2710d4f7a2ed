"""What the tests of the people field share (``tests/test_people*.py``)."""

from __future__ import annotations

import newsfacts
from newsfacts import Person

EXTRACTOR = newsfacts.Extractor(["people"])

#: Each person found, in order: name, title, role
Expected = list[tuple[str, str | None, str | None]]


def people(text: str) -> list[Person]:
    """The people field's facts of ``text``, the field not failing."""
    result = EXTRACTOR.extract(text)
    assert not result.errors
    return [fact for fact in result.people if isinstance(fact, Person)]


def check_phrase(text: str, expected: Expected) -> None:
    """The people of ``text`` are ``expected``, in order."""
    assert [(p.name, p.title, p.role) for p in people(text)] == expected
