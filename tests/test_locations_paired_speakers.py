"""The locations field on a small town right before a speech verb: a person's name ("Dole
said"), unless it is the second of two names right after a preposition of place, which the
verb's subject holds (check speaker), on sentences written for these tests."""

from __future__ import annotations

from location_checks import places


def _names(text: str) -> list[tuple[str, str]]:
    return [(fact.text, fact.name) for fact in places(text)]


def test_the_second_town_after_a_preposition_before_said() -> None:
    text = "Feed stores in Great Bend and Dodge City said sales of hay had doubled."
    assert _names(text) == [("Great Bend", "Great Bend"), ("Dodge City", "Dodge City")]
    text = "Coaches from Garden City and Hays said the game would go on."
    assert _names(text) == [("Garden City", "Garden City"), ("Hays", "Hays")]


def test_a_person_named_like_a_town_after_another_person_stays_out() -> None:
    # no preposition of place before the pair: two people speak
    assert _names("Janet Ruiz and Hays said they would appeal.") == []
