"""A town the gazetteer lacks after a preposition of place, before a phrase set off by a
comma that says it is one ("in Abagwe, a farming town near the border"), is a town; not a
person before a noun phrase ("to Kowalczyk, a city official")."""

from __future__ import annotations

from location_checks import places


def test_a_town_said_to_be_one_by_the_phrase_after_it() -> None:
    text = (
        "Aid reached families in Abagwe, a farming town near the border, on Monday. Officers "
        "met in Tulmara, the provincial headquarters of the rebels."
    )
    assert [(place.text, place.kind, place.latitude) for place in places(text)] == [
        ("Abagwe", "city", None),
        ("Tulmara", "city", None),
    ]


def test_no_town_before_a_noun_phrase_of_a_person() -> None:
    text = "The prize went to Kowalczyk, a city official, and to Brandvold, the town clerk."
    assert [place.text for place in places(text)] == []
