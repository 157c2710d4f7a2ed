"""A paragraph that is all quote, after a paragraph whose last sentence names who speaks:
the subject of that sentence's main clause, not a name in a phrase opening it and set off by
a comma ("In an Instagram video, Donald Trump said ...", "When George Wallace died, ...")."""

from __future__ import annotations

from quote_checks import only_speaker


def test_a_prepositions_phrase_opening_the_sentence_names_no_speaker() -> None:
    # (was "Instagram", the organization first named in the sentence)
    text = (
        "In an Instagram video on Thursday, Donald Trump speculated that the men could be part"
        " of the Islamic State.\n\n“Syrians are now being caught at the southern border. Could"
        " be ISIS.”"
    )
    assert only_speaker(text) == "Donald Trump"


def test_a_clause_opening_the_sentence_names_no_speaker() -> None:
    # (was George Wallace, who died)
    text = (
        "When George Wallace died in 1998, President Bill Clinton released the following"
        " statement:\n\n“Hillary and I offer our condolences to the family and friends of"
        " George Wallace.”"
    )
    assert only_speaker(text) == "Bill Clinton"


def test_the_subject_opening_the_sentence_speaks() -> None:
    text = "Ana Ruiz was blunt about the budget.\n\n“We cannot pay for it.”"
    assert only_speaker(text) == "Ana Ruiz"
