"""The ``numbers`` field: "and" and one more plural noun closing a counted phrase join it
("about 40 cousins and neighbours for lunch" counts "cousins and neighbours"); a verb, a
number word or a noun before the rest of a clause after "and" stay out."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("About 40 cousins and neighbours for lunch came by.", "40", "cousins and neighbours"),
        ("The fund backs 120 farms and orchards.", "120", "farms and orchards"),
        ("Some 88 pilots and engineers in Denver signed it.", "88", "pilots and engineers"),
        ("It sells in 60 nations and territories, the firm said.", "60", "nations and territories"),
        ("Six clinics and pharmacies at the port shut.", "Six", "clinics and pharmacies"),
        # a verb, a number word, an auxiliary or an object after the plural noun: not joined
        ("It has eight towns and receives a share of tax.", "eight", "towns"),
        ("It runs 12 depots and spends 4 million a year.", "12", "depots"),
        ("The 400 groups and thousands of donors met.", "400", "groups"),
        ("Three audits and inquiries are under way.", "Three", "audits"),
        ("Two floods and claims of fraud hit the region.", "Two", "floods"),
    ],
)
def test_plural_noun_after_and(text: str, span: str, counted: str) -> None:
    [number] = [n for n in numbers(text) if n.text == span]
    assert number.counted == counted
