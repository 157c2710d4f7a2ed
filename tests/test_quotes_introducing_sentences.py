"""A paragraph that is all quote, after a paragraph whose last sentence names who speaks:
the subject of that sentence's main clause, not a name in a phrase opening it and set off by
a comma ("In an Instagram video, Carla Nunez said ...", "When Walter Greene died, ...")."""

from __future__ import annotations

from quote_checks import only_speaker


def test_a_prepositions_phrase_opening_the_sentence_names_no_speaker() -> None:
    # (was "Instagram", the organization first named in the sentence)
    text = (
        "In an Instagram video on Monday, Carla Nunez suggested that the fire might have been"
        " set on purpose.\n\n“Two cans of petrol were found by the back door. Could be"
        " arson.”"
    )
    assert only_speaker(text) == "Carla Nunez"


def test_a_clause_opening_the_sentence_names_no_speaker() -> None:
    # (was George Wallace, who died)
    text = (
        "When Walter Greene died in 2004, Governor Helen Marsh issued the following"
        " statement:\n\n“My husband and I send our sympathy to the widow and children of"
        " Walter Greene.”"
    )
    assert only_speaker(text) == "Helen Marsh"


def test_the_subject_opening_the_sentence_speaks() -> None:
    text = "Ana Ruiz was blunt about the budget.\n\n“We cannot pay for it.”"
    assert only_speaker(text) == "Ana Ruiz"
