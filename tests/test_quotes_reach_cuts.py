"""The stretch read back from a quote's opening mark (or a cue) for its speaker, 250
characters at most, starts past the word the reach cuts: its tail is no word of the text
("ccusations" of "accusations" was a speaker, "he" of "the" a pronoun for a person named).
"""

from __future__ import annotations

from newsfacts_quotes import stretches as st
from quote_checks import quotes

# The opening mark stands 250 characters after the "a" of "accusations".
TEXT = (
    "Mayor Karen Doyle’s press secretary, rejecting accusations that a city contractor"
    " had quietly overbilled three public schools, asked why the parents kept silent"
    " for so many weeks, arguing that kindred claims against the retired school board"
    " chairman Peter Walsh were voiced by people who were just “jealous.”"
)


def test_the_reach_starts_at_a_word() -> None:
    opening = TEXT.index("“")
    assert TEXT[opening - 250 : opening - 240] == "ccusations"
    start = st.reach_start(TEXT, 0, opening, 250)
    assert TEXT[start:].startswith(" that a city contractor")
    # (a reach that ends at a word's start, or at the floor, is kept)
    assert st.reach_start(TEXT, 0, opening, 251) == opening - 251
    assert st.reach_start(TEXT, opening - 240, opening, 250) == opening - 240
    # an apostrophe inside a word is the word's: "mayor's" cut after its "r"
    text = "Farmers attacked the mayor's zoning policy"
    assert st.reach_start(text, 0, len(text), len("r's zoning policy")) == text.index(" zoning")


def test_no_speaker_is_the_tail_of_a_word() -> None:
    [quote] = quotes(TEXT)
    assert quote.cue == "arguing"
    assert quote.speaker_start is not None
    assert not TEXT[quote.speaker_start - 1].isalnum()
    assert quote.speaker != "ccusations"


def test_a_cue_whose_sentence_the_reach_cuts_reads_its_speaker_back_from_itself() -> None:
    # The quote's 250 characters start inside the cue's sentence, after its subject's first
    # word: the subject is read back from the cue (it was "old market square").
    text = (
        "After months of talks the board and the city still disagree on who should pay for"
        " the new roof of the old library. Bakers from the old market square at the far end of"
        " Elm Street criticized the council's parking plan on Monday and say the new meters"
        " drive regular customers to the mall. Before the meters came, the square was full of"
        ' shoppers and the cafes did well. "It seems the council has put parking fees before'
        ' the shops, and this year has been the worst we have known."'
    )
    opening = text.index('"It')
    assert text.index("Bakers") < opening - 250 < text.index(" say the new")
    [quote] = quotes(text)
    assert (quote.speaker, quote.cue) == ("Bakers", "say")
