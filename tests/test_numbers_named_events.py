"""An event word capitalized between two capitalized words in a sentence of prose is a word
of a name (a movement, a building, a group), no event of the counted people; a headline in
title case capitalizes its verbs, which stay events. The sentences are made up for these
tests."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several hundred marchers from the Stolen Lives Project crossed the bridge on Tuesday.",
            [("Several hundred", "marchers", None)],
        ),
        (
            "About 200 demonstrators from the Stolen Lives Project gathered outside city hall.",
            [("200", "demonstrators", "protested")],
        ),
        (
            "About 40 families sheltered near the Harlow Refugees Welcome Centre on Sunday.",
            [("40", "families", None)],
        ),
        ("The Stolen Lives Project said 30 people joined the walk.", [("30", "people", None)]),
        # an event in lower case, and a headline's in title case, stay events
        (
            "Three people were held at the county jail on Friday.",
            [("Three", "people", "detained")],
        ),
        ("Two Hikers Killed Near Summit", [("Two", "Hikers", "killed")]),
        ("Four Students Hurt In Bus Crash", [("Four", "Students", "wounded")]),
    ],
)
def test_an_event_word_of_a_name_is_no_event(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text, q.counted, q.event) for q in numbers(text)] == expected
