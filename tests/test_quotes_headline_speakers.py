"""A speaker a headline names before the article names anyone ("Hall vows ...", "Mayor
vows ..."): the article's one person of that surname, or its one holder of that role, named
in full only in the body (``SpeakerPhrases._named_after``); the offsets stay on the
headline's words."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

BODY = (
    "\n\nMILLBROOK, Iowa — Mayor Tina Hall stood before the ruined library on Wednesday."
    " “Every home will stand again,” Hall told residents."
)

ROWS: list[Row] = [
    (
        "‘We will rebuild’: Hall vows recovery after tornado" + BODY,
        "We will rebuild",
        "Tina Hall",
        "vows",
        "Hall",
    ),
    (
        "‘We will rebuild’: Mayor vows recovery after tornado" + BODY,
        "We will rebuild",
        "Tina Hall",
        "vows",
        "Mayor",
    ),
    (
        "‘We will rebuild,’ mayor says after tornado" + BODY,
        "We will rebuild,",
        "Tina Hall",
        "says",
        "mayor",
    ),
    # no one of that surname in the body: the headline's word
    (
        "‘We will rebuild’: Moss vows recovery after tornado" + BODY,
        "We will rebuild",
        "Moss",
        "vows",
        "Moss",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_headline_speaker_is_named_in_the_body(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
