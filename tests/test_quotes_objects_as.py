"""After a quote, a cue whose object and "as" follow it ('“...,” described the emotional
impact as', 'denounced her record as') names no speaker after it, nor takes the quote over
from a cue before it; the cues whose subject may follow them ("said", "added" ...) still
do ('“...,” said the mayor as she left')."""

from __future__ import annotations

import pytest

from quote_checks import quotes

OBJECTS_AS = [
    # the subject of the sentence speaks (was "record")
    (
        "Donald Trump further summed up Hillary Clinton as “terrible,” denounced her record as"
        " secretary of state and said she should not run.",
        "terrible,",
        "Donald Trump",
    ),
    # the person the relative clause describes (was "emotional impact", twice)
    (
        "Marvin Roffman, who estimates that his legal costs were “in the seven figures,”"
        " described the emotional impact as “horrendous. It really affects your mental"
        " health.”",
        "in the seven figures,",
        "Marvin Roffman",
    ),
    (
        "Marvin Roffman, who estimates that his legal costs were “in the seven figures,”"
        " described the emotional impact as “horrendous. It really affects your mental"
        " health.”",
        "horrendous. It really affects your mental health.",
        "Marvin Roffman",
    ),
    # a subject before the cue takes the quote over, as before
    (
        "From his call for a federal “deportation force,” George Will described Trump as a"
        " “caricature of democracy.”",
        "deportation force,",
        "George Will",
    ),
    # a cue whose subject may follow it: "as" opens a clause of its own
    ("“We will appeal,” said Mayor Ana Ruiz as she left the court.", "We will appeal,", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OBJECTS_AS)
def test_an_object_before_as_is_no_speaker(text: str, words: str, speaker: str) -> None:
    [quote] = [quote for quote in quotes(text) if quote.text == words]
    assert quote.speaker == speaker
