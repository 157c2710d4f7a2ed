"""The people field on streets and squares named like a person, a given name then a street's
word ("Martin Place", "Albert Terrace"): a place, no one's name (``data/place_heads.txt``).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds gathered in Martin Place on Sunday for the vigil.",
        "A Martin Place cafe stayed open through the night.",
        "Crowds filled Holbrook Terrace and Edwin Crescent by noon.",
        "Residents of Albert Mews complained about the new parking rules.",
    ],
)
def test_a_street_named_like_a_person_is_no_one(text: str) -> None:
    assert people(text) == []


def test_a_street_word_inside_a_name_is_no_street() -> None:
    # only a name's last word is read as a street's
    text = "Edwin Terrace Holt told the council the road would close."
    assert [p.name for p in people(text)] == ["Edwin Terrace Holt"]
