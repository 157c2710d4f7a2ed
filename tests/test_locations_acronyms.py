"""The locations field on a place whose name an acronym follows: a body or a thing of the
place ("New Brunswick RCMP say", "Slidell PD", "the Chicago NAPM index"), no word of a longer
name; not a roman numeral ("Keystone XL"), a member of a parliament ("Brant MPP", read by
the words of roles), a saint's possessive ("St. Mary's ER": a hospital's) or a headline in
capitals. Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # each was taken for the first word of a longer name and dropped
        (
            "Young dogs were taken from a farm this week. New Brunswick RCMP say the dogs were "
            "found on Friday.",
            [("New Brunswick", "CA")],
        ),
        ("The crash was reported to Slidell PD on Sunday night.", [("Slidell", "US")]),
        ("The congressman spoke at the Immokalee TIGER grant event.", [("Immokalee", "US")]),
    ],
)
def test_an_acronym_after_a_place_is_no_part_of_its_name(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(place.text, place.country_code) for place in places(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "He argued the Keystone XL pipeline would create jobs.",
        "Crowds gathered at St. Mary's ER in the evening.",
    ],
)
def test_a_numeral_or_a_saints_name_goes_on(text: str) -> None:
    assert places(text) == []
