"""A town the gazetteer lacks before "village", "hamlet" or "town", after a preposition of
place ("fled from Mbarekwa village"), is a town; not an adjective of a country ("in
Omani village") nor a building the noun names ("at Kessendale town hall")."""

from __future__ import annotations

from location_checks import places


def test_a_town_before_a_noun_of_towns() -> None:
    text = (
        "Gunmen attacked people in Mbarekwa village of the district. Others fled from the "
        "Oltuvaro village after the raid, police said."
    )
    assert [(place.text, place.kind, place.latitude) for place in places(text)] == [
        ("Mbarekwa", "city", None),
        ("Oltuvaro", "city", None),
    ]


def test_no_town_of_an_adjective_or_a_building() -> None:
    text = (
        "Shops burned in Omani village on Friday. Crowds gathered at "
        "Kessendale town hall to hear the council."
    )
    assert [place.text for place in places(text)] == []
