"""A name read as a state votes for that state alone, and the article's names are read again:
"Georgia" splits its vote between the country (most of it) and the US state until it is
read, and once read as the state (listed with Alabama or South Carolina), its towns win."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "name", "latitude"),
    [
        (  # Columbus, Georgia, not Columbus, Ohio
            "Lines were short at polling places in Columbus on Tuesday. Alabama has no early "
            "voting, unlike Georgia, so Phenix City precincts were busier.",
            "Columbus",
            32.461,
        ),
        (  # Athens, Georgia, not the Greek capital
            "Police in Athens arrested two men wanted for burglaries in Georgia and South "
            "Carolina.",
            "Athens",
            33.9609,
        ),
        (  # Delaware had most of its vote for the state: nothing counted again
            "Delegates from Delaware, Maryland and Texas will gather in Cleveland in July.",
            "Cleveland",
            41.4995,
        ),
        (  # Georgia the country: no state read
            "Georgia's prime minister flew to Batumi on Monday, and officials in Athens "
            "welcomed the visit.",
            "Athens",
            37.9838,
        ),
    ],
)
def test_a_state_read_votes_for_its_towns(text: str, name: str, latitude: float) -> None:
    assert [fact.latitude for fact in places(text) if fact.text == name] == [latitude]
