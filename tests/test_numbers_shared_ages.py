"""The ``numbers`` field: one age that two people share, in digits after "both" in an aside
on their names or a noun for them, is in years of age ("Ann Roe and Ben Cole, both 31, were
charged", "the two boys (both 15)"); after "both" a number with a unit, or one no mark
closes, stays what it was.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import written


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit"),
    [
        ("Ann Roe and Ben Cole, both 31, were charged.", "31", "measure", "year of age"),
        ("The two boys (both 15) ran off.", "15", "measure", "year of age"),
        (
            "Police named Kim Lutz and Ida Vance , both 62 , on Friday.",
            "62",
            "measure",
            "year of age",
        ),
        # a unit after "both", or no mark closing the aside: no age
        ("The sites, both 40 miles away, closed.", "40", "measure", "mile"),
        ("Sales and profits, both 12 times higher, pleased him.", "12", "count", "count"),
        ("The depots, both 40 trucks strong, closed.", "40", "count", None),
    ],
)
def test_an_age_two_people_share(text: str, span: str, kind: str, unit: str | None) -> None:
    quantity = written(text, span)
    assert (quantity.kind, quantity.unit) == (kind, unit)
