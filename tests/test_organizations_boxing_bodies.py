"""The organizations field on boxing's sanctioning bodies: the listed acronyms before a
weight's title or belts name them (``data/known.tsv``), kind sports; a blood count's "WBC"
names none (``data/common_readings.tsv``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "Jon Mills kept his WBO bantamweight crown on Sunday.",
            [("WBO", "World Boxing Organization", "sports")],
        ),
        (
            "He holds the WBC, WBA and IBF heavyweight belts.",
            [
                ("WBC", "World Boxing Council", "sports"),
                ("WBA", "World Boxing Association", "sports"),
                ("IBF", "International Boxing Federation", "sports"),
            ],
        ),
        (
            "The World Boxing Council ordered a rematch.",
            [("World Boxing Council", "World Boxing Council", "sports")],
        ),
        ("A high WBC count may signal an infection.", []),
    ],
)
def test_boxing_bodies(text: str, organizations: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == organizations
