"""The ``numbers`` field: the closing day of a range of days whose first date the dates field
reads ("from October 12 to 15", "between June 4 and 7", "polled Jan. 9 to 13 on
landlines") is part of the range, no count; a number after a date that counts a noun
stays ("On May 5 and 6 people were hurt").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts import Quantity
from newsfacts_numbers.range_days import closing_days
from number_checks import EXTRACTOR


def _numbers(text: str) -> list[tuple[str, float | None, str | None]]:
    """The numbers of ``text``, read with the dates field the numbers field defers to."""
    found = EXTRACTOR.extract(text)["numbers"]
    return [(q.text, q.value, q.counted) for q in found if isinstance(q, Quantity)]


@pytest.mark.parametrize(
    "text",
    [
        "The talks run from October 12 to 15, the ministry said.",
        "Voters were polled Jan. 9 to 13 on landlines.",
        "The fair is open between June 4 and 7.",
        "The hearings last from March 2 through 6 in Leeds.",
    ],
)
def test_the_closing_day_of_a_range_of_days_is_no_count(text: str) -> None:
    assert _numbers(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("On May 5 and 6 people were hurt.", [("6", 6, "people")]),
        ("It opened Aug. 2 and 14 workers quit.", [("14", 14, "workers")]),
        ("Sales on May 3 rose to 9 percent.", [("9 percent", 9, None)]),
    ],
)
def test_a_number_after_a_date_that_counts_stays(
    text: str, rows: list[tuple[str, float, str | None]]
) -> None:
    assert _numbers(text) == rows


def test_only_a_later_day_closes_a_range() -> None:
    text = "from May 20 to 4 and from May 2 to 24."
    dates = [(5, 11), (26, 31)]  # "May 20", "May 2", as the dates field reads them
    assert [text[start:end] for start, end in dates] == ["May 20", "May 2"]
    assert [text[start:end] for start, end in closing_days(text, dates)] == ["24"]
