"""The locations field on a town or county said to be in a state right after it ("Paris in
Texas", "Jefferson County in Colorado"): the state narrows its readings to those it holds, as
a qualifier after a comma does, and as a country after "in" did ("New Hope in southwestern
Jamaica")."""

from __future__ import annotations

import pytest

from location_checks import by_text, places

# (text, the name, its place: name, latitude, longitude)
CONTAINED: list[tuple[str, str, tuple[str, float, float]]] = [
    # of two dozen namesakes (read so before too, by the state's vote)
    (
        "Canvassers visited Scott County in Iowa and Jefferson County in Colorado.",
        "Jefferson County",
        ("Jefferson County", 39.671, -105.1864),
    ),
    (
        "Canvassers visited Scott County in Iowa and Jefferson County in Colorado.",
        "Scott County",
        ("Scott County", 41.577, -90.5563),
    ),
    # not Paris, France
    ("The family runs a feed store in Paris in Texas.", "Paris", ("Paris", 33.6609, -95.5555)),
    # after a word of the compass too
    (
        "The family runs a feed store in Paris in northeastern Texas.",
        "Paris",
        ("Paris", 33.6609, -95.5555),
    ),
    # not Lima, Peru
    (
        "Officials in Lima in Ohio said the refinery would stay open.",
        "Lima",
        ("Lima", 40.7426, -84.1052),
    ),
    # not Portland, Oregon ("Maine" is also a town of Wisconsin: the state holds Portland)
    (
        "She was born in Portland in Maine and moved south.",
        "Portland",
        ("Portland", 43.6574, -70.2589),
    ),
    # "Georgia" is a country too, which holds no Athens: the state does (was the country's
    # point in the Caucasus)
    (
        "The festival drew crowds to Athens in Georgia, home of the state university.",
        "Athens",
        ("Athens", 33.9609, -83.3779),
    ),
    # not Rome, Italy, nor the Caucasus
    (
        "The plant near Rome in Georgia will add 200 jobs.",
        "Rome",
        ("Rome", 34.257, -85.1647),
    ),
    # the country holds Gori: it stays the country's
    (
        "Russian jets bombed Gori in Georgia on Saturday.",
        "Gori",
        ("Gori", 41.9853, 44.1129),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), CONTAINED)
def test_a_state_after_in_holds_the_name(
    text: str, name: str, expected: tuple[str, float, float]
) -> None:
    found = by_text(text)[name]
    assert (found.name, found.latitude, found.longitude) == expected


def test_the_state_stays_the_state() -> None:
    found = places("Officials in Lima in Ohio said the refinery would stay open.")
    assert [(p.text, p.name, p.kind, p.country_code) for p in found] == [
        ("Lima", "Lima", "city", "US"),
        ("Ohio", "Ohio", "admin", "US"),
    ]


def test_a_year_after_in_is_no_state() -> None:
    found = by_text("He studied in Paris in 1998 and never went back.")["Paris"]
    assert (found.country_code, found.latitude, found.longitude) == ("FR", 48.8534, 2.3488)
