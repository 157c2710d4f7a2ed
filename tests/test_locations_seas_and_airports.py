"""The locations field on the seas, gulfs, straits and great lakes of world news and on
airports named after people (``data/places.tsv``), and on ships' names after a word for a
warship or a navy's prefix (``data/vessel_words.txt``). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from location_checks import places

#: The places found: text, kind, country, point rounded to a degree (None: no point)
Found = list[tuple[str, str, str | None, tuple[int, int] | None]]


def _found(text: str) -> Found:
    return [
        (
            place.text,
            place.kind,
            place.country_code,
            None
            if place.latitude is None or place.longitude is None
            else (round(place.latitude), round(place.longitude)),
        )
        for place in places(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gulf or strait "of" a country or a town was the country or the town
        (
            "Two tankers were seized in the Gulf of Oman on Thursday.",
            [("Gulf of Oman", "water", None, (24, 58))],
        ),
        (
            "Pirates boarded a cargo ship in the Gulf of Guinea.",
            [("Gulf of Guinea", "water", None, (2, 4))],
        ),
        (
            "The navy patrolled the Strait of Malacca after the attack.",
            [("Strait of Malacca", "water", None, (4, 100))],
        ),
        # a sea was nothing
        (
            "Fishing boats returned to port as a storm crossed the Barents Sea.",
            [("Barents Sea", "water", None, (74, 36))],
        ),
        (
            "A yacht sank in the Tasman Sea, rescuers in Sydney said.",
            [("Tasman Sea", "water", None, (-40, 160)), ("Sydney", "city", "AU", (-34, 151))],
        ),
        # a great lake was a feature with no point
        (
            "Algae bloomed along the shore of Lake Erie this summer.",
            [("Lake Erie", "water", None, (42, -81))],
        ),
    ],
)
def test_seas_gulfs_straits_and_lakes(text: str, expected: Found) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an airport named after a person took the point of the town named before it
        (
            "The minister flew from Kuala Lumpur. Hours later, protesters gathered at "
            "Jomo Kenyatta International Airport.",
            [
                ("Kuala Lumpur", "city", "MY", (3, 102)),
                ("Jomo Kenyatta International Airport", "feature", "KE", (-1, 37)),
            ],
        ),
        (
            "Flights at Ninoy Aquino International Airport were delayed by the typhoon.",
            [("Ninoy Aquino International Airport", "feature", "PH", (15, 121))],
        ),
        # and one of a president's initials was read from his surname on
        (
            "Their flight touched down at John F. Kennedy International Airport.",
            [("John F. Kennedy International Airport", "feature", "US", (41, -74))],
        ),
    ],
)
def test_airports_named_after_people(text: str, expected: Found) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese aircraft carrier Shandong sailed near the island.",
        "The icebreaker Yamal left port on Monday.",
        "HMAS Canberra took part in the exercise.",
    ],
)
def test_a_ship_named_after_a_place(text: str) -> None:
    assert _found(text) == []
