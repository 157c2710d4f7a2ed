""" "lives" as a verb tells where someone makes a home, no lives lost: the people counted near
it have no event. As a noun, after an owner, a number or a verb that takes lives, it stays
a death. The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Roe lives in Leeds with her wife and three sons.",
            [("three", "sons", None)],
        ),
        ("The family lives with three dogs on a farm.", [("three", "dogs", None)]),
        # the noun stays a death
        ("Two people lost their lives in the fire.", [("Two", "people", "killed")]),
        ("Ten lives were lost at sea.", [("Ten", None, "killed")]),
    ],
)
def test_lives_as_a_verb_is_no_death(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text, q.counted, q.event) for q in numbers(text)] == expected
