"""The locations field on a city abroad in a story that names a small namesake's state once,
by the state's own name ("a senator of Texas" beside "Paris"): the city abroad, not the
small town the state's one vote pulled it to (``state_city.state_named_once``). A story
that gives a street address, names the town's county or another town of its state, or
qualifies the town keeps the town. Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Paris was the town of Texas: the state's one mention gave it the state's vote,
        # and a second state or the country named gave it its country's
        (
            "Senator Jane Roe of Texas spoke about the floods in Paris on Friday. Voters in "
            "Iowa listened.",
            [("Texas", "US"), ("Paris", "FR"), ("Iowa", "US")],
        ),
        (
            "A governor from Texas said the climate talks in Paris had stalled, a week "
            "before the vote in Ohio.",
            [("Texas", "US"), ("Paris", "FR"), ("Ohio", "US")],
        ),
        (
            "The U.S. envoy flew to Paris on Sunday, a senator of Texas said.",
            [("U.S.", "US"), ("Paris", "FR"), ("Texas", "US")],
        ),
        # a North American street address: a local paper's story, its state its home
        (
            "Fire crews were called to 1200 Oak St. in Paris on Monday. The blaze was the "
            "third in Texas this week, officials in Iowa said.",
            [("Oak St.", "US"), ("Paris", "US"), ("Texas", "US"), ("Iowa", "US")],
        ),
        # another town of the state, its county, or the state right after the name
        (
            "Crews in Paris and Sulphur Springs cleared the roads after the storm, Texas "
            "officials said. Voters in Iowa listened.",
            [("Paris", "US"), ("Sulphur Springs", "US"), ("Texas", "US"), ("Iowa", "US")],
        ),
        (
            "Lamar County deputies said the crash in Paris closed the highway, Texas "
            "troopers said. Voters in Iowa listened.",
            [("Lamar County", "US"), ("Paris", "US"), ("Texas", "US"), ("Iowa", "US")],
        ),
        (
            "The council of Paris, Texas, voted to raise water rates.",
            [("Paris", "US"), ("Texas", "US")],
        ),
    ],
)
def test_one_mention_of_a_small_namesakes_state(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(place.text, place.country_code) for place in places(text)] == expected
