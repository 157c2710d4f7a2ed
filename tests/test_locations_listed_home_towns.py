"""The locations field on a word listed as rarely a place ("Bend", "Normal") right after a
preposition of place, when a town of 20,000 people or more bears it: kept pending, the town
stands in a story that names its state, and the word stays a word elsewhere."""

from __future__ import annotations

from location_checks import by_text, places


def test_the_town_in_a_story_of_its_state() -> None:
    found = by_text(
        "LAKEVIEW, Ore. — A logging truck overturned on Tuesday, and the driver was flown to"
        " a hospital in Bend."
    )
    assert (found["Bend"].name, found["Bend"].latitude, found["Bend"].longitude) == (
        "Bend",
        44.0582,
        -121.3153,
    )


def test_the_town_named_again_after_its_qualified_mention() -> None:
    found = places(
        "The mayor of Normal, Ill., opened a library. Readers in Normal borrowed 900 books."
    )
    assert [(fact.text, fact.start, fact.name, fact.latitude) for fact in found] == [
        ("Normal", 13, "Normal", 40.5142),
        ("Ill.", 21, "Illinois", 40.0677),
        ("Normal", 56, "Normal", 40.5142),
    ]


def test_no_state_no_town() -> None:
    assert "Bend" not in by_text("The driver was flown to a hospital in Bend on Tuesday.")


def test_a_capitalized_word_after_it_or_the_before_it() -> None:
    # a building's name, and a union of states: no town, whatever the story's state
    found = by_text(
        "TRENTON, N.J. — Commuters waited at Union Station, and the governor praised the"
        " strength of the Union."
    )
    assert "Union" not in found


def test_the_second_of_two_towns_after_the_preposition() -> None:
    found = by_text(
        "LAKEWOOD, Colo. — A woman reported that her card was used at stores in Denver and Aurora."
    )
    assert (found["Aurora"].name, found["Aurora"].latitude) == ("Aurora", 39.7294)


def test_a_name_and_a_listed_word_with_no_preposition_before_them() -> None:
    found = by_text("LAKEWOOD, Colo. — She met Tom and Aurora at the library.")
    assert "Aurora" not in found
