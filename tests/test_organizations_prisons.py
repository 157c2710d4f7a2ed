"""The organizations field on prisons: a name ending in "Prison" or "Penitentiary" is a
prison's, run for a state (``newsfacts/data/organization_heads.tsv``), kind government, and
its first word, a town's or a district's name, no place of the locations field
("Changi Prison", "Insein Prison"). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts
from organization_checks import found


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "A Malaysian courier was held at Changi Prison for three months.",
            [("Changi Prison", "Changi Prison", "government")],
        ),
        (
            "Two reporters were jailed in Rangoon's Insein Prison last year.",
            [("Insein Prison", "Insein Prison", "government")],
        ),
        (
            "Three Americans were freed from Evin Prison in Tehran on Monday.",
            [("Evin Prison", "Evin Prison", "government")],
        ),
        (
            "He was sent to the Louisiana State Penitentiary at Angola in 1972.",
            [("Louisiana State Penitentiary", "Louisiana State Penitentiary", "government")],
        ),
        # the prisons' service keeps its own head
        (
            "The Prison Service said an inmate had escaped.",
            [("Prison Service", "Prison Service", "government")],
        ),
        # a prison in lower case names none
        ("He spent two years in prison in Leeds.", []),
    ],
)
def test_a_prison_is_an_organization(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


def test_the_town_opening_a_prisons_name_is_no_place_there() -> None:
    result = newsfacts.Extractor(["locations"]).extract(
        newsfacts.Article(text="Two reporters were jailed in Rangoon's Insein Prison last year.")
    )
    assert [(place.text, place.name) for place in result.locations] == [("Rangoon", "Yangon")]
