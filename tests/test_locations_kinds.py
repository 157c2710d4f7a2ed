"""The locations field: places that stay places in news of every country (a town named like
a common word or a person, where the sentence says it is one), on sentences written for
these tests."""

from __future__ import annotations

import pytest

import newsfacts


def places(text: str) -> list[str]:
    """The text of each place the extractor finds (organizations read first)."""
    result = newsfacts.Extractor(["organizations", "locations"]).extract(text)
    return [fact.text for fact in result.locations]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("The Labour MP for Bath resigned on Monday.", ["Bath"]),
        ("She was first elected MP for Reading in 2017.", ["Reading"]),
        ("The senator for Victoria asked about the drought.", ["Victoria"]),
        ("She became an MP for Labour in 1997.", []),
    ],
)
def test_the_seat_of_a_member_of_parliament_is_a_place(text: str, where: list[str]) -> None:
    assert places(text) == where


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "The president visited Brighton, Michigan, to talk about factory jobs.",
            ["Brighton", "Michigan"],
        ),
        ("Officials in Sucre state reported the first cases.", ["Sucre"]),
        ("Relief lorries reached Paktika province on Sunday.", ["Paktika"]),
    ],
)
def test_a_place_named_like_a_club_or_a_person_stays_a_place(text: str, where: list[str]) -> None:
    assert places(text) == where


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # New Zealand's towns as its news writes them, with macrons
        (
            "Police in Whangārei and Taupō made arrests, and a school in Māngere closed.",
            [("Whangārei", "NZ", -36), ("Taupō", "NZ", -39), ("Māngere", "NZ", -37)],
        ),
        (
            "The road between Christchurch and Kaikōura reopened on Monday.",
            [("Christchurch", "NZ", -44), ("Kaikōura", "NZ", -42)],
        ),
        # a region of New South Wales, not Nigeria's Rivers state
        (
            "About 4,000 homes in the Northern Rivers region were without power.",
            [("Northern Rivers", "AU", -29)],
        ),
    ],
)
def test_a_place_as_its_countrys_news_writes_it(
    text: str, where: list[tuple[str, str, int]]
) -> None:
    found = newsfacts.Extractor(["organizations", "locations"]).extract(text).locations
    assert [(p.text, p.country_code, round(p.latitude or 0)) for p in found] == where


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # New Zealand's regions, at their own middle: Northland in the far north, not at the
        # Wellington suburb of its name; the macron as its news writes it
        (
            "Farmers in Northland and Manawatū-Whanganui were hit by the storm.",
            [("Northland", "NZ", -36), ("Manawatū-Whanganui", "NZ", -40)],
        ),
        (
            "Snow closed roads across the South Island on Monday.",
            [("South Island", "NZ", -44)],
        ),
        # Australia's regions, not a Perth suburb of the name
        (
            "Residents of Gippsland and the Hunter Valley were told to evacuate.",
            [("Gippsland", "AU", -38), ("Hunter Valley", "AU", -33)],
        ),
        (
            "Rain fell across Queensland's Darling Downs.",
            [("Queensland", "AU", -22), ("Darling Downs", "AU", -28)],
        ),
        # Labrador in Canada, not the Gold Coast suburb; a dog is no place
        ("Fires burned in Yukon and in Labrador.", [("Yukon", "CA", 64), ("Labrador", "CA", 54)]),
        ("She walked her Labrador in the park every morning.", []),
    ],
)
def test_a_region_news_names_lies_at_its_middle(
    text: str, where: list[tuple[str, str, int]]
) -> None:
    found = newsfacts.Extractor(["organizations", "locations"]).extract(text).locations
    assert [(p.text, p.country_code, round(p.latitude or 0)) for p in found] == where
