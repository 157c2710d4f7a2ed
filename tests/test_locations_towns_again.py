"""A town the gazetteer lacks, once a set form names it ("12 km west of Dorvanka", "the
village of Tarnholm", "in Brackmoor, Vermont"), is that town where the article names it again
alone; not inside a longer name ("the Brackmoor Historical Society")."""

from __future__ import annotations

from location_checks import places


def test_a_town_named_by_a_set_form_is_that_town_again() -> None:
    text = (
        "Rebels were seen about 12 km west of Dorvanka on Tuesday. Dorvanka is quiet now, "
        "residents said, and aid reached the village of Tarnholm. Tarnholm lies in a valley."
    )
    assert [(place.text, place.start, place.country_code) for place in places(text)] == [
        ("Dorvanka", 37, None),
        ("Dorvanka", 58, None),
        ("Tarnholm", 128, None),
        ("Tarnholm", 138, None),
    ]


def test_a_qualified_town_keeps_its_states_point_again() -> None:
    text = (
        "Police in Brackmoor, Vermont, closed the bridge on Monday. Brackmoor has about 900 "
        "residents, and the Brackmoor Historical Society meets there."
    )
    found = [(place.text, place.start, place.name, place.latitude) for place in places(text)]
    vermont = next(latitude for text, _, name, latitude in found if name == "Vermont")
    assert found == [
        ("Brackmoor", 10, "Brackmoor", vermont),
        ("Vermont", 21, "Vermont", vermont),
        ("Brackmoor", 59, "Brackmoor", vermont),
    ]
