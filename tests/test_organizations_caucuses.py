"""The organizations field on caucuses: a caucus of legislators or of a party's members is a
body of no kind told, its acronym linked; a state's name alone before "Caucus" is the
state's vote, an event; on sentences written for these tests."""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Congressional Hispanic Caucus (CHC) backed the bill. The CHC met on Friday.",
            [
                ("Congressional Hispanic Caucus", "Congressional Hispanic Caucus", None),
                ("CHC", "Congressional Hispanic Caucus", None),
                ("CHC", "Congressional Hispanic Caucus", None),
            ],
        ),
        (
            "Reed urged the Assembly Republican Caucus to reject the budget.",
            [("Assembly Republican Caucus", "Assembly Republican Caucus", None)],
        ),
        ("Vance won the Nevada Caucus by six points.", []),
        ("Turnout at the New Hampshire Caucuses was low.", []),
    ],
)
def test_a_caucus_is_a_body_but_a_states_vote(
    text: str, expected: list[tuple[str, str, None]]
) -> None:
    assert found(text) == expected
