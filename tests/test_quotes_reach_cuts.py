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
