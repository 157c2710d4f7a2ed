"""A company named in full with the word of its trade after its own ("Ardella Computer Corp.",
"Norvik Aviation") goes by its own word alone afterwards ("Ardella shares fell"), as one
named with a generic word does ("Gilead Sciences" ... "Gilead"). Not where its own word is a
country's or a state's, which the article names as often ("Qatar Airways" ... "flights to
Qatar"), nor where a listed body opens the name, whose unit it may be ("GE Capital" is no
General Electric). Two companies of the same first word keep their names apart.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [
        (
            "Ardella Computer Corp. said its profit rose. Ardella shares fell 3% on Friday.",
            "Ardella",
            "Ardella Computer Corp.",
        ),
        (
            "Norvik Aviation Inc. bought two turboprops in May. Norvik will fly them north.",
            "Norvik",
            "Norvik Aviation Inc.",
        ),
        (
            "Brennan Entertainment Co. sued a studio last spring. Brennan declined to comment.",
            "Brennan",
            "Brennan Entertainment Co.",
        ),
        (
            "Talmor Energy Inc. drilled six wells. The wells gave Talmor its best quarter.",
            "Talmor",
            "Talmor Energy Inc.",
        ),
    ],
)
def test_a_company_goes_by_the_word_before_its_trade(text: str, short: str, name: str) -> None:
    assert (short, name, "company") in found(text, fields=("organizations",))


def test_a_country_before_the_trade_stays_the_country() -> None:
    text = "Qatar Airways added a route to Lima. Tourists in Qatar can now fly there directly."
    facts = found(text)
    assert [fact for fact in facts if fact[0] == "Qatar"] == []


def test_a_listed_body_opening_the_name_keeps_the_unit_apart() -> None:
    text = "The lender bought GE Capital's loans. General Electric said it was pleased."
    assert ("GE Capital", "GE Capital", "company") in found(text, fields=("organizations",))


def test_two_companies_of_one_first_word_keep_their_names() -> None:
    text = (
        "Halvard Insurance Group Inc. sold 3 million shares to its parent, Halvard Group Inc. "
        "Halvard Insurance will use the money to pay claims. Halvard Group also owns a broker."
    )
    names = {written: name for written, name, _ in found(text, fields=("organizations",))}
    assert names["Halvard Insurance"] == "Halvard Insurance Group Inc."
    assert names["Halvard Group"] == "Halvard Group Inc."
