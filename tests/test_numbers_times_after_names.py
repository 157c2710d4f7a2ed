"""The ``numbers`` field: a number after a word that numbers a name ("Channel 4", "Section
8") is no quantity, unless "times" follows it: "swam the English Channel 43 times" counts
her crossings."""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Alison Streeter, who swam the English Channel 43 times, is still swimming.",
            ("43", 43, "count", "count", None),
        ),
        (
            "Swimmers who cross the Channel 10 times join an elite club.",
            ("10", 10, "count", "count", None),
        ),
    ],
)
def test_a_count_of_times_after_a_name_is_a_count(text: str, row: tuple[object, ...]) -> None:
    assert row in facts(text)


@pytest.mark.parametrize(
    "text", ["She watched Channel 4 on Tuesday.", "The rule is set out in Section 8."]
)
def test_a_name_s_number_stays_none(text: str) -> None:
    assert facts(text) == []
