"""The locations field on a place whose name an acronym follows: a body or a thing of the
place ("Nova Scotia RCMP said", "Covington PD", "the Denver FBI office"), no word of a
longer name; not a roman numeral ("the Falcon XL truck"), a member of a parliament ("Halton
MPP", read by the words of roles), a saint's possessive ("St. Mary's ER": a hospital's) or
a headline in capitals. Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # each was taken for the first word of a longer name and dropped
        (
            "Two horses were taken from a farm this week. Nova Scotia RCMP said on Monday the "
            "horses were found.",
            [("Nova Scotia", "CA")],
        ),
        ("The crash was reported to Covington PD on Sunday night.", [("Covington", "US")]),
        ("Agents of the Denver FBI office arrested him.", [("Denver", "US")]),
    ],
)
def test_an_acronym_after_a_place_is_no_part_of_its_name(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(place.text, place.country_code) for place in places(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "He drove the Falcon XL truck to work.",
        "Halton MPP Ann Lee spoke at the meeting.",
        "Crowds gathered at St. Mary's ER in the evening.",
    ],
)
def test_a_numeral_a_member_or_a_saints_name_goes_on(text: str) -> None:
    assert places(text) == []
