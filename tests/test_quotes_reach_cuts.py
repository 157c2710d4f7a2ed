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
    # The quote's 250 characters start inside the cue's sentence, after its subject: the
    # subject is read back from the cue (it was no one, or the words the reach left).
    text = (
        "Though the council says it has now put the upgrade of the sewage plant first, a row"
        " with the environment department over funding has delayed the works. Local fishermen"
        " questioned the council's planning policy on Monday and say dirty water is now"
        " flowing straight into the river, a tributary of the Moy. Before it was polluted,"
        " the river was known for its brown trout and was also an important salmon spawning"
        ' river. "It appears the council has put building before the environment, and the'
        ' past 15 years have seen the decline of fish stocks."'
    )
    opening = text.index('"It')
    assert text.index("Local") < opening - 250 < text.index(" say dirty")
    [quote] = quotes(text)
    assert (quote.speaker, quote.cue) == ("Local fishermen", "say")
