"""The larger island of a country of two islands, named alone, is the country."""

from __future__ import annotations

from location_checks import by_text


def test_the_larger_island_alone_is_the_country() -> None:
    found = by_text("Envoys in Washington asked the cabinet in Trinidad for its vote.")
    trinidad = found["Trinidad"]
    assert (trinidad.name, trinidad.kind, trinidad.country_code) == (
        "Trinidad and Tobago",
        "country",
        "TT",
    )
    kitts = by_text("The tanker, registered in St Kitts, ran aground near Malta.")["St Kitts"]
    assert (kitts.name, kitts.kind, kitts.country_code) == (
        "Saint Kitts and Nevis",
        "country",
        "KN",
    )


def test_a_qualified_town_stays_the_town() -> None:
    found = by_text("Ranchers near Trinidad, Colorado, lost forty head of cattle.")
    assert (found["Trinidad"].kind, found["Trinidad"].country_code) == ("city", "US")


def test_the_island_alone_is_a_surname_without_support() -> None:
    # "Trinidad" is a surname too (ambiguous.txt): alone, with nothing to support a place, no
    # place; a rebuilt person_like.txt no longer lists it, the country's key freeing it
    assert by_text("Trinidad knocked his rival down in the fourth round.") == {}
