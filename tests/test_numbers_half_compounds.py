"""The ``numbers`` field: "a half" glued to a word no unit, scale nor period is a compound,
no part ("a half-frozen snake"; ``data/half_periods.txt``), and "half" after a count other
than "one" is no part of it: the count counts the compound ("three half-time adjustments")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    "text",
    [
        "He told of a half-frozen dog found by the road.",
        "Critics called the bill a half-measure.",
        "She served a half-term as mayor before the vote.",
    ],
)
def test_a_half_glued_to_a_word_is_no_part(text: str) -> None:
    assert [(q.text, q.kind) for q in numbers(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coach made three half-time adjustments.", ("three", 3, "half-time adjustments")),
        ("She has two half-sisters in Leeds.", ("two", 2, "half-sisters")),
    ],
)
def test_half_after_a_count_is_counted(text: str, expected: tuple[str, float, str]) -> None:
    assert [(q.text, q.value, q.counted) for q in numbers(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party ruled for a half-century.", ("a half", "fraction", 0.5, None)),
        ("She walked a half-mile to school.", ("a half", "measure", 0.5, "mile")),
        ("A half-dozen aides quit.", ("A half-dozen", "count", 6, None)),
        ("One half of the votes were cast.", ("One half", "fraction", 0.5, None)),
    ],
)
def test_a_half_of_a_unit_scale_or_period_stays(
    text: str, expected: tuple[str, str, float, str | None]
) -> None:
    assert [(q.text, q.kind, q.value, q.unit) for q in numbers(text)] == [expected]
