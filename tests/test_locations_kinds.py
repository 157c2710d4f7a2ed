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
