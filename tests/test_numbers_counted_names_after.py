"""The ``numbers`` field: a capitalized word after a plural noun in lower case opens a clause
about the things counted, or the next clause, and ends the counted phrase ("the 150
meetings Harris held" counts "meetings", not "meetings Harris"); a name after an adjective
in "-s" or before the noun stays in it ("four previous Senate votes")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Records show 80 of the 150 meetings Harris held were with donors.", "150", "meetings"),
        ("Records show 80 of the 150 meetings Harris held were with donors.", "80", "meetings"),
        ("The 30,000 phones Nokia sold in May were recalled.", "30,000", "phones"),
        ("He listed 12 reasons Ortiz gave for quitting.", "12", "reasons"),
        ("The win stretched to 14 games Portugal's run without a loss.", "14", "games"),
        ("He attended four previous Senate votes.", "four", "previous Senate votes"),
        (
            "The city sent five plain-clothes LAPD detectives.",
            "five",
            "plain-clothes LAPD detectives",
        ),
        ("The shop sold two glass Tiffany lamps.", "two", "glass Tiffany lamps"),
        ("The league has 20 Premier League clubs.", "20", "Premier League clubs"),
    ],
)
def test_a_name_after_a_plural_noun_ends_what_is_counted(
    text: str, span: str, counted: str
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
