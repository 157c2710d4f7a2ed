"""The locations field on a list of counties with the state that holds them written as its
owner ("Ohio's Hamilton and Warren counties") or after "in" right after it ("Hamilton and
Warren counties in Ohio"): the state narrows each name's readings, as a qualifier after a
comma does ("Hamilton County, Ohio")."""

from __future__ import annotations

import pytest

from location_checks import by_text

# a story of Iowa, where the counties' Iowa namesakes took the state's votes
OWNED = (
    "Iowa farmers in Ames and Ottumwa watched prices, and growers in Ohio's Hamilton and"
    " Warren counties did too."
)
CONTAINED = (
    "Iowa farmers in Ames and Ottumwa watched prices, and growers in Hamilton and Warren"
    " counties in Ohio did too."
)


@pytest.mark.parametrize("text", [OWNED, CONTAINED])
def test_the_state_holds_the_listed_counties(text: str) -> None:
    found = by_text(text)
    assert [
        (found[name].name, found[name].latitude, found[name].longitude)
        for name in (
            "Hamilton",
            "Warren",
        )
    ] == [("Hamilton County", 39.1874, -84.5419), ("Warren County", 39.4409, -84.1654)]
    assert (found["Ohio"].name, found["Ohio"].kind) == ("Ohio", "admin")


def test_a_month_after_in_holds_nothing() -> None:
    # no state: the counties are read by the article's votes, Iowa's
    found = by_text("Storms hit Iowa on Monday, and Hamilton and Warren counties in March.")
    assert (found["Hamilton"].name, found["Hamilton"].latitude) == ("Hamilton County", 42.3704)
