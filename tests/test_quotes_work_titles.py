"""The ``quotes`` field: a title in quote marks after a noun for a work and a comma is the
work's name, not anyone's words (``data/work_nouns.txt``): films, ads, songs, books and
shows of every kind news writes about."""

from __future__ import annotations

import pytest

from quote_checks import quotes


@pytest.mark.parametrize(
    "text",
    [
        "Lena Ortiz's first feature, “The Long Tide,” won five prizes on Saturday.",
        "The campaign released a 30-second ad, “Morning in Ohio,” on Tuesday.",
        "Their debut single, “Paper Lanterns,” reached No. 3 in March.",
        "She stars in the new BBC drama, “Harbour Lights,” which opens next week.",
        "His second novella, “A House in Tarrow,” sold 20,000 copies.",
        "The museum's winter exhibition, “Salt and Iron,” drew 80,000 visitors.",
    ],
)
def test_a_title_after_a_work_noun_is_no_quote(text: str) -> None:
    assert quotes(text) == []


def test_speech_after_such_a_noun_and_a_comma_stays_a_quote() -> None:
    # (no title: words in lower case)
    text = "After the drama, “we are simply moving on,” the coach said."
    assert [(q.text, q.speaker) for q in quotes(text)] == [("we are simply moving on,", "coach")]
