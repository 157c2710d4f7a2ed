"""The organizations field on venues named like bodies: a name ending in a venue's words
("Convention Center", "Civic Center", "Stadium") is the place where events are held, not an
organization (``thing_checks.venue_name``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from organization_checks import found


def _texts(text: str) -> list[str]:
    return [mention for mention, _, _ in found(text, fields=("organizations",))]


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke to a full hall at the Harbor Convention Center on Friday.",
        "Police closed the roads around Northgate Bank Stadium before the game.",
        "The choir sang at the Civic Center after the parade.",
        "The festival moves to the Pine Valley Performing Arts Center next spring.",
        # a shopping center or an estate of shops and offices
        "A new bakery opened at the Elm Ridge Shopping Center on Monday.",
        "The lot lies just north of the Route 9 Commerce Center, the planners said.",
    ],
)
def test_a_venue_is_no_organization(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a center that is a body, not a hall: its head word alone is no venue's
        ("The Harbor Policy Center said the tax would cost jobs.", ["Harbor Policy Center"]),
        # a listed body keeps its name
        ("Pew Research Center found that most adults agree.", ["Pew Research Center"]),
    ],
)
def test_bodies_named_center_stay(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected
