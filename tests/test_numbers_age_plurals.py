"""The ``numbers`` field: the people or animals named by their age ("17-year-olds",
"six-month-olds") have that age, in years or months of age, as "a 17-year-old" has; the
plural was read as a span of years ("17 years")."""

from __future__ import annotations

import pytest

from number_checks import facts

_AGE = "year of age"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The law lets 17-year-olds vote in the primary.", ("17", 17, "measure", _AGE, None)),
        ("CLUB BARS 15-YEAR-OLDS FROM GYM", ("15", 15, "measure", _AGE, None)),
        ("Only two-year-olds may run in the stakes.", ("two", 2, "measure", _AGE, None)),
        ("A survey of 18-to-24-year-olds came out.", ("18-to-24", 18, "measure", _AGE, None)),
        ("Clinics vaccinate six-month-olds first.", ("six", 6, "measure", "month of age", None)),
        # the singular, as before
        ("A 17-year-old won the race.", ("17", 17, "measure", _AGE, None)),
    ],
)
def test_people_named_by_their_age_have_that_age(text: str, row: tuple[object, ...]) -> None:
    assert row in facts(text)


def test_a_count_of_people_named_by_their_age_counts_no_noun_after_them() -> None:
    """ "three 13-year-olds": three people of 13, the count describing no noun after."""
    assert facts("Police said three 13-year-olds were hurt.") == [
        ("three", 3, "count", None, None),
        ("13", 13, "measure", _AGE, None),
    ]


def test_a_span_of_years_stays_years() -> None:
    assert facts("She lived there for 17 years.") == [("17", 17, "measure", "year", None)]
