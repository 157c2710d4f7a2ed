"""A "he" or "she" that speaks with no one named before it whom it fits goes on with a lone
capitalized word that opened a sentence said to speak in some manner ("Kganyago was blunt.
‘We will not cut rates,’ he said" is Kganyago's quote): a surname the people field does not
find without a cue, of ``data/manner_adjectives.txt``; not "Everyone was adamant", nor a
word written in lower case elsewhere in the text."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "Kganyago was blunt. ‘We will not cut rates while inflation expectations remain above"
        " target,’ he said.",
        "We will not cut rates while inflation expectations remain above target,",
        "Kganyago",
        "said",
        "he",
    ),
    (
        "Tanaka was defiant.\n\n“We are not going anywhere,” she said. “This factory has been"
        " here for 60 years.”",
        "This factory has been here for 60 years.",
        "Tanaka",
        "said",
        "she",
    ),
    (
        "Okonjo was typically forthright. “The plan is a mess,” she told reporters.",
        "The plan is a mess,",
        "Okonjo",
        "told reporters",
        "she",
    ),
    # no name: the pronoun stays unresolved
    (
        "Everyone was adamant. “We will stay,” she said.",
        "We will stay,",
        None,
        "said",
        "she",
    ),
    # the person named before, as before
    (
        "Mark Benson leads the union. Benson was blunt. “This is a betrayal,” he said.",
        "This is a betrayal,",
        "Mark Benson",
        "said",
        "he",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_pronoun_after_a_name_said_to_speak_in_some_manner(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
