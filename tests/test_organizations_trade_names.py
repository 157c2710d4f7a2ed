"""Companies business news names alone, with no head word of a company's
(``data/known.tsv`` of the organizations field): game makers ("Riot Games", "Ubisoft"),
container lines ("Hapag-Lloyd", "CMA CGM"), restaurant chains ("Burger King", "Chipotle"),
crypto exchanges, drugmakers ("Genmab") and Russia's energy companies ("Gazprom Neft").
Those named like people are none (``data/company_names.txt`` of the people field: "Virgin
Atlantic", "Electronic Arts"), while a person whose given name opens a chain's name stays
one ("Tim Horton").

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
            "Electronic Arts said its new football game would launch in September.",
            ["Electronic Arts"],
        ),
        (
            "Shares of Activision Blizzard and Ubisoft rose after the results.",
            ["Activision Blizzard", "Ubisoft"],
        ),
        ("Riot Games said the world championship would be held in Chengdu.", ["Riot Games"]),
        (
            "Take-Two Interactive delayed the game, and Epic Games sued the store.",
            ["Take-Two Interactive", "Epic Games"],
        ),
        (
            "Hapag-Lloyd and CMA CGM diverted their ships around the Cape.",
            ["Hapag-Lloyd", "CMA CGM"],
        ),
        ("Virgin Atlantic added flights to Dallas and Seattle.", ["Virgin Atlantic"]),
        (
            "Burger King and KFC raised prices, while Taco Bell and Pizza Hut cut them.",
            ["Burger King", "KFC", "Taco Bell", "Pizza Hut"],
        ),
        (
            "Chipotle reported slowing sales, and Greggs said it would open 150 shops.",
            ["Chipotle", "Greggs"],
        ),
        ("Denmark's Genmab agreed to buy a Dutch cancer drug developer.", ["Genmab"]),
        (
            "Gazprom Neft shares fell after the sanctions were announced.",
            ["Gazprom Neft"],
        ),
        # a person's possessive is no chain's: "Wendy's" is not listed
        ("Wendy's husband said the shop would reopen on Monday.", []),
    ],
)
def test_a_trade_name_is_a_company(text: str, names: list[str]) -> None:
    companies = found(text, fields=("organizations", "people"))
    assert [name for _, name, _ in companies] == names
    assert {kind for _, _, kind in companies} <= {"company"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Virgin Atlantic added flights to Dallas and Seattle.", []),
        ("Electronic Arts said the game would launch in September.", []),
        ("Tim Hortons said it would raise the price of coffee.", []),
        ("Tim Horton played for Toronto for two decades.", ["Tim Horton"]),
    ],
)
def test_a_trade_name_is_no_person(text: str, names: list[str]) -> None:
    assert [person.name for person in people(text)] == names
