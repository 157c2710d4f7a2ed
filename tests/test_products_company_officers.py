"""A company named like a place right after a person's name and a comma: the person's
company ("Andy Jassy, Amazon's chief executive,"), which no list of places holds, as
"Tacoma, Washington" is one (products.py, ``company``). Each sentence lists all its location
and organization facts, as (text, name) pairs."""

from __future__ import annotations

import pytest

import newsfacts
from test_products import Facts, extractor, facts

__all__ = ["extractor"]  # the module's fixture, shared with test_products.py


OFFICERS: list[tuple[str, Facts, Facts]] = [
    (
        "Sales rose, said Andy Jassy, Amazon's chief executive.",
        [],
        [("Amazon", "Amazon")],
    ),
    (
        "Andy Jassy, Amazon's chief executive, said the site would employ 500 people.",
        [],
        [("Amazon", "Amazon")],
    ),
    # a company after another company's name and a comma is no place either
    (
        "Google, Amazon and Apple led the market higher.",
        [],
        [("Google", "Google"), ("Amazon", "Amazon"), ("Apple", "Apple")],
    ),
    # the region after a preposition of place stays the region
    (
        "Fires spread in the Amazon, Brazil's space agency said.",
        [("Amazon", "Amazon"), ("Brazil", "Brazil")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "places", "organizations"), OFFICERS)
def test_company_after_a_person_is_no_place(
    extractor: newsfacts.Extractor, text: str, places: Facts, organizations: Facts
) -> None:
    assert facts(extractor, text) == (places, organizations)
