"""The ``quotes`` field: a speech over several paragraphs in a text that lost its paragraph
breaks (scraped pages, wire feeds): each paragraph of the speech opens with a double mark of
its own and only the last closes, so a mark opening after a sentence's end inside an open
quote of that mark starts the next paragraph's quote, and the quote before it ends there,
said by the speaker of the one after it, as over a paragraph break."""

from __future__ import annotations

import pytest

from quote_checks import quotes

_CURLY = (
    "Harbor master Ana Ruiz closed the pier on Monday. “The pilings are rotten. We had no"
    " choice. “I know the fishermen are angry,” she said. The pier reopens in May."
)
_STRAIGHT = _CURLY.replace("“", '"').replace("”", '"')


@pytest.mark.parametrize("text", [_CURLY, _STRAIGHT])
def test_each_paragraph_of_the_speech_is_a_quote_of_its_speaker(text: str) -> None:
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("The pilings are rotten. We had no choice.", "Ana Ruiz"),
        ("I know the fishermen are angry,", "Ana Ruiz"),
    ]


def test_the_narration_after_the_speech_is_no_quote() -> None:
    text = (
        "Tom Reyes, the fire chief, spoke first. “The roof fell in. “Nobody was inside,” he"
        " said. The cause is unknown. “We will know more on Friday,” Reyes said."
    )
    assert [q.text for q in quotes(text)] == [
        "The roof fell in.",
        "Nobody was inside,",
        "We will know more on Friday,",
    ]


def test_a_mark_opening_after_a_comma_is_a_quote_inside_the_quote() -> None:
    # (no sentence's end before it: the speech quotes someone, in sloppy double marks)
    text = "Ana Ruiz spoke on Monday. “He told me, “Go home,” and left,” she said."
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("He told me, “Go home,” and left,", "Ana Ruiz")
    ]
