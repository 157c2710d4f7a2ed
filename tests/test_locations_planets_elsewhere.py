"""The locations field on a planet's or a moon's name (``data/celestial.txt``) that the
article reads as such in a sentence of astronomy (``data/astronomy_words.txt``): its other
mentions are the planet too, not the town of its name (Jupiter, Florida); a story that never
reads it so keeps the town. Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second sentence reads the planet: the first follows it
        (
            "The Juice mission will reach Jupiter in 2031, the European Space Agency said. "
            "The spacecraft will then orbit Jupiter's moon Ganymede.",
            [],
        ),
        # the planet read first, named again in a sentence with no word of astronomy
        (
            "The probe passed close to Mars on Monday. Engineers said Mars had been a "
            "difficult target for years.",
            [],
        ),
        # never read as a planet: the town
        ("Police in Jupiter arrested a man on Monday after a chase.", ["Jupiter"]),
        # a planet elsewhere, but the town written with its state stays the town
        (
            "The telescope photographed Jupiter's moons. Students from Jupiter, Florida, "
            "helped with the images.",
            ["Jupiter", "Florida"],
        ),
    ],
)
def test_planet_read_elsewhere(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in places(text)] == expected
