"""The organizations field: names taken found again in a headline in capitals, whose folded
table is made only when a word of the headline may open one of them."""

from __future__ import annotations

import pytest

from newsfacts_organizations.again_tables import AgainTables
from newsfacts_organizations.name_tables import Entry
from organization_checks import organizations

_TABLES = {
    ("Toyota", "Motor", "Corp"): Entry("Toyota Motor Corp", None, "company"),
    ("Toyota",): Entry("Toyota Motor Corp", None, "company"),
    ("Bank", "of", "Japan"): Entry("Bank of Japan", None, "government"),
    ("Reuters",): Entry("Reuters", None, "media"),
}


@pytest.mark.parametrize(
    "lowered",
    [
        ["toyota", "sales", "rise"],
        ["toyota's", "profit", "rises"],
        ["toyota", "'s", "profit", "rises"],
        ["reuters’", "poll"],
        ["bank", "of", "japan", "holds", "rates"],
        ["rain", "in", "spain"],
        ["tokyo", "1996-08-30"],
        [],
    ],
)
def test_a_headline_opens_a_folded_name_as_the_folded_table_says(lowered: list[str]) -> None:
    tables = AgainTables(dict(_TABLES))
    expected = not AgainTables(dict(_TABLES)).folded.lengths.keys().isdisjoint(lowered)
    assert tables.folded_opens(lowered) is expected


def test_a_headline_with_no_name_taken_makes_no_folded_table() -> None:
    tables = AgainTables(dict(_TABLES))
    assert not tables.folded_opens(["rain", "in", "spain"])
    assert tables._folded is None


def test_names_taken_in_the_story_are_found_again_in_its_headline() -> None:
    # "DHANMONDI CEMENT'S": the possessive of a short form of the name the story takes
    text = (
        "DHANMONDI CEMENT'S PROFIT RISES AS BANK OF JAPAN HOLDS RATES\n"
        "TOKYO 1996-08-30\n"
        "Dhanmondi Cement Ltd said on Friday its profit rose, after the Bank of Japan "
        "held rates steady.\n"
    )
    found = [(fact.text, fact.name) for fact in organizations(text)]
    assert found == [
        ("DHANMONDI CEMENT", "Dhanmondi Cement Ltd"),
        ("BANK OF JAPAN", "Bank of Japan"),
        ("Dhanmondi Cement Ltd", "Dhanmondi Cement Ltd"),
        ("Bank of Japan", "Bank of Japan"),
    ]


def test_a_headline_naming_none_of_them_finds_none() -> None:
    text = (
        "RAIN DELAYS HARVEST IN NORTHERN PROVINCES\n"
        "Dhanmondi Cement Ltd said on Friday its plants were shut.\n"
    )
    assert [fact.text for fact in organizations(text)] == ["Dhanmondi Cement Ltd"]
