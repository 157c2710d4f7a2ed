"""The ``numbers`` field: a count, one or two words of ``data/duration_modifiers.txt`` and a
unit of time is a span of time, as the count and the unit alone are ("seven consecutive
years", "four more years", "three full days" are measures in years and days); any other
word between ("two election years") or a hyphen after the unit ("two more day-trippers")
leaves a count of what follows.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Exports grew for seven consecutive years.", [("seven", 7, "measure", "year", None)]),
        ("The mill ran 14 straight years.", [("14", 14, "measure", "year", None)]),
        ("Voters fear four more years of this.", [("four", 4, "measure", "year", None)]),
        ("The crew worked three full days.", [("three", 3, "measure", "day", None)]),
        (
            "After three consecutive lean years the mill shut.",
            [("three", 3, "measure", "year", None)],
        ),
        ("She waited 20 long minutes.", [("20", 20, "measure", "minute", None)]),
        ("It took 3 more seconds.", [("3", 3, "measure", "second", None)]),
    ],
)
def test_a_span_of_time_after_a_modifier_is_a_measure(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Both were two election years.", [("two", 2, "count", None, None)]),
        ("Then two more day-trippers came.", [("two", 2, "count", None, None)]),
        ("Three more people came.", [("Three", 3, "count", None, None)]),
    ],
)
def test_other_words_leave_a_count(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows
