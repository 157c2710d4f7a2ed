"""The locations field on motor racing circuits and golf links that host championships,
named without a town's or a stadium's word ("the Belgian Grand Prix at Spa-Francorchamps",
"the Open at Royal Portrush"): each is a ``feature`` at its own point, of its country
(``data/places.tsv``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "venues"),
    [
        (
            "Lando Norris won the Belgian Grand Prix at Spa-Francorchamps on Sunday.",
            [("Spa-Francorchamps", "BE")],
        ),
        (
            "At Royal Portrush, the world number one won the Open by four shots.",
            [("Royal Portrush", "GB")],
        ),
        (
            "The race at Interlagos was delayed by rain, and the next round is at the"
            " Circuit of the Americas.",
            [("Interlagos", "BR"), ("Circuit of the Americas", "US")],
        ),
        (
            "He won at the Hungaroring last year and at Yas Marina in December.",
            [("Hungaroring", "HU"), ("Yas Marina Circuit", "AE")],
        ),
        (
            "The Open returns to Royal Birkdale next year after Royal Troon and Muirfield.",
            [("Royal Birkdale", "GB"), ("Royal Troon", "GB"), ("Muirfield", "GB")],
        ),
        (
            "The Ryder Cup will be played at Bethpage Black in September.",
            [("Bethpage Black", "US")],
        ),
        (
            "The 24-hour race at the Nürburgring was stopped because of fog.",
            [("Nürburgring", "DE")],
        ),
    ],
)
def test_a_venue_is_a_place(text: str, venues: list[tuple[str, str]]) -> None:
    found = places(text)
    assert [(p.name, p.country_code) for p in found] == venues
    assert {p.kind for p in found} == {"feature"}


def test_a_venue_named_by_its_town_is_the_town() -> None:
    found = places("He won the US Open at Pinehurst in June.")
    assert [(p.name, p.kind, p.country_code) for p in found] == [("Pinehurst", "city", "US")]
