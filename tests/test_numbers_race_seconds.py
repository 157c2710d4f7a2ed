"""The ``numbers`` field: "sec" glued to a number is seconds, as British sports pages write
a race's time ("ran 10.82sec"), as "secs" is; "SEC" in capitals is a body, no unit."""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("She ran 10.82sec to win the final.", ("10.82", 10.82, "measure", "second", None)),
        ("He was 0.4 sec slower than his rival.", ("0.4", 0.4, "measure", "second", None)),
        ("The leader was 12 secs ahead.", ("12", 12, "measure", "second", None)),
    ],
)
def test_sec_after_a_number_is_seconds(text: str, row: tuple[object, ...]) -> None:
    assert row in facts(text)


def test_sec_in_capitals_is_no_unit() -> None:
    assert facts("The 3 SEC commissioners voted for the rule.")[0][3] is None
