"""The locations field on a cathedral named after its city, which stands in that city
(``placing.TOWN_NAMED``), not in the town named before it. Sentences written for these
tests."""

from __future__ import annotations

from location_checks import by_text


def test_a_cathedral_stands_in_the_city_it_is_named_after() -> None:
    found = by_text("Fans marched from Manchester to a vigil outside Liverpool Cathedral.")
    cathedral = found["Liverpool Cathedral"]
    assert (cathedral.country_code, round(cathedral.latitude or 0, 1)) == ("GB", 53.4)
    assert round(cathedral.longitude or 0, 1) == -3.0  # Liverpool's, not Manchester's -2.2


def test_a_cathedral_named_after_a_person_takes_the_town_named_before_it() -> None:
    found = by_text("Mourners in Coventry filled Holy Trinity Cathedral.")
    assert round(found["Holy Trinity Cathedral"].longitude or 0, 1) == -1.5  # Coventry's
