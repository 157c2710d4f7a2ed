"""A quote set apart as a block, left open at its paragraph's end, whose closing mark ends
the next line after the name of who said it, is that person's (and a title and affiliation
after a comma are no part of the name): the source below it, inside its marks."""

from __future__ import annotations

import pytest

from quote_checks import quotes

SIGNED = [
    # (was the sentence before's "Economists")
    (
        'Economists were split on the port.\n\n"The city may lose the very jobs the port was'
        ' built to bring back.\nAnna Kovac, Harbor Policy Institute."\n\nOthers were more'
        " hopeful.",
        "The city may lose the very jobs the port was built to bring back.",
        "Anna Kovac",
    ),
    # a title before the name, a blank line between, curly marks
    (
        "Economists were split on the port.\n\n“The city will cut the very jobs it wanted.\n\n"
        "Former council member Tom Baxter.”",
        "The city will cut the very jobs it wanted.",
        "Tom Baxter",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SIGNED)
def test_a_name_closing_a_block_quotes_marks_below_it_speaks(
    text: str, words: str, speaker: str
) -> None:
    assert [(quote.text, quote.speaker) for quote in quotes(text)] == [(words, speaker)]


def test_a_sentence_closing_the_marks_below_names_no_one() -> None:
    # the line below is the speech going on, not a name: nobody is read from it
    text = (
        "Economists were split on the port.\n\n“The city will cut the very jobs it wanted.\n"
        "And Tom Baxter, the mayor, knows it too.”"
    )
    assert "Tom Baxter" not in [quote.speaker for quote in quotes(text)]
