"""The locations field on a town named after a better-known place abroad in a national
story, whose names vote for many states alike: the votes of one of them are no local
paper's ("the bombing in Paris" in a campaign story that names Texas among other states is
the French capital, not Paris, Texas); nor are a big city's, named from afar. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places

CAMPAIGN = (
    "After the bombing in Paris, the senator campaigned in Iowa, Ohio and New Hampshire on "
    "Saturday before a rally in Dallas and Austin, Texas."
)


def _paris(text: str) -> list[tuple[str, str | None, float | None]]:
    """Each "Paris" of ``text`` read as a place: its text, country and latitude."""
    return [(f.text, f.country_code, f.latitude) for f in places(text) if f.text == "Paris"]


def test_a_national_storys_town_abroad_stays_abroad() -> None:
    found = _paris(CAMPAIGN)
    # was Paris, Texas, the state of Dallas and Austin
    assert found == [("Paris", "FR", 48.8534)]


def test_a_national_storys_country_is_no_clue_to_a_town_in_passing() -> None:
    text = (
        "After the bombing in Paris, the race for the White House changed. The senator "
        "campaigned in Iowa and Ohio on Saturday, and in New Hampshire on Sunday, before "
        "flying home to Texas, where he told voters in Tyler that America must act."
    )
    found = _paris(text)
    # was Paris, Texas: the votes for the US and the country named outweighed the capital
    assert found == [("Paris", "FR", 48.8534)]


def test_a_storys_country_alone_is_no_clue_to_a_town_named_after_a_big_city() -> None:
    text = (
        "Delegates who signed the climate accord in Paris met again in New York, Boston and "
        "Chicago on Monday. Officials in Washington said the United States would keep its "
        "pledge."
    )
    found = _paris(text)
    # was Paris, Texas: no vote for Texas, but the US votes and the US named
    assert found == [("Paris", "FR", 48.8534)]


@pytest.mark.parametrize(
    "text",
    [
        # a local story: its votes go to one state, its county is named
        "Paris police arrested two men on Tuesday. The men were taken to the jail of Bourbon "
        "County, Kentucky, near Millersburg.",
        # a national story that names the town's county: the town
        "The storm hit Paris and the rest of Bourbon County. The governor toured Iowa, Ohio "
        "and New Hampshire before a stop in Dallas and Austin, Texas.",
    ],
)
def test_a_local_town_keeps_its_state(text: str) -> None:
    found = {(f.country_code, f.latitude) for f in places(text) if f.text == "Paris"}
    assert found == {("US", 38.2098)}  # Paris, Kentucky


def test_a_big_citys_votes_are_no_local_papers() -> None:
    text = (
        "Traders in Chicago said wheat fell. The Chicago exchange closed early, and shares in "
        "Paris rose."
    )
    found = _paris(text)
    # was Paris, Illinois, the state of Chicago
    assert found == [("Paris", "FR", 48.8534)]


def test_a_small_namesakes_share_of_a_vote_is_no_local_papers() -> None:
    text = (
        "Traders in New York sold banks early. By the close, New York shares had lost 2%, and "
        "dealers in New York expected more selling.\n\nElsewhere, stocks fell in Paris, "
        "Frankfurt, Amsterdam and Madrid.\n\nThe figures come from a data firm in Geneva."
    )
    found = [(f.country_code, f.latitude) for f in places(text) if f.text == "Amsterdam"]
    # was Amsterdam, New York: Geneva, New York, a tenth of a vote for the state besides
    # New York's, made the city's votes no longer the only ones
    assert found == [("NL", 52.374)]
