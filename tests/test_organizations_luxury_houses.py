"""Fashion and luxury houses (``data/known.tsv`` of the organizations field), most named
after their founders, are companies in business news: "sales at Louis Vuitton and
Christian Dior fell", "his first collection for Dior". The founders whose names a house
keeps are no people (``data/company_names.txt`` of the people field), while a designer who
carries a house's surname stays a person ("Gianni Versace", "Miuccia Prada").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from organization_checks import found
from people_checks import people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "LVMH said sales at its fashion unit, home to Louis Vuitton and Christian Dior,"
            " fell 9 percent in the quarter.",
            ["LVMH", "Louis Vuitton", "Christian Dior"],
        ),
        (
            "The designer showed his first collection for Dior in Paris on Friday.",
            ["Christian Dior"],
        ),
        (
            "Kering, which owns Gucci, Balenciaga and Yves Saint Laurent, named a new"
            " chief executive.",
            ["Kering", "Gucci", "Balenciaga", "Yves Saint Laurent"],
        ),
        (
            "Hermès reported stronger sales than Chanel and Burberry in the first half.",
            ["Hermès", "Chanel", "Burberry"],
        ),
        (
            "Prada completed its purchase of Versace from Capri Holdings on Wednesday.",
            ["Prada", "Versace", "Capri Holdings"],
        ),
        (
            "Champagne houses including Moët & Chandon and Veuve Clicquot said exports fell.",
            ["Moët & Chandon", "Veuve Clicquot"],
        ),
        # a person named after a house, or by a house's name: the person
        ("Gianni Versace was shot outside his home in Miami in 1997.", []),
        ("Chanel Miller, the author, spoke at the event in San Francisco.", []),
    ],
)
def test_a_house_is_a_company(text: str, names: list[str]) -> None:
    companies = found(text, fields=("organizations", "people"))
    assert [name for _, name, _ in companies] == names
    assert {kind for _, _, kind in companies} <= {"company"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Sales at Louis Vuitton and Christian Dior fell as Chinese shoppers cut back.",
            [],
        ),
        ("Kering said Yves Saint Laurent and Bottega Veneta grew in the quarter.", []),
        ("Veuve Clicquot said exports to the US fell 8 percent.", []),
        ("Miuccia Prada said the show would go ahead.", ["Miuccia Prada"]),
        ("Gianni Versace was shot outside his home in Miami in 1997.", ["Gianni Versace"]),
    ],
)
def test_a_house_is_no_person(text: str, names: list[str]) -> None:
    assert [person.name for person in people(text)] == names
