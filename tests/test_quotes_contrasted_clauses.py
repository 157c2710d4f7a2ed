"""Whose is a quote after a cue that reports a clause ("Rubio suggested that ...") when a
conjunction of contrast ("while", "whereas", "but", "although", "though") after a comma joins a
clause of its own whose cue runs on to the quote: that clause's speaker, named between the
comma and its cue. "and" and "because" may go on with what the first cue reports, and a
clause set off by a comma before the quote is no clause the quote belongs to: the first cue's
speaker, as before.

Every row is (text, quoted words, speaker's full name, cue).
"""

from __future__ import annotations

import pytest

from quote_checks import speaker_and_cue

CONTRASTED_CLAUSES = [
    # (was Laura Finch, "suggested")
    (
        "Laura Finch suggested that a mayor who ducks debates cannot run the city,"
        " while Peter Walsh said that the “risks in this race are too great” for Finch.",
        "risks in this race are too great",
        "Peter Walsh",
        "said",
    ),
    # (was "said")
    (
        "Daniel Levy said on Sunday morning that he would still attend the summit,"
        " although he tweeted that he “rejects Peter Walsh's newest remarks.”",
        "rejects Peter Walsh's newest remarks.",
        "Daniel Levy",
        "tweeted",
    ),
    # what the first cue reports goes on after "and" and "because", as before
    (
        "The newspaper notes that Ann Coulter tweeted about Nikki Haley, and Donald Trump"
        " later called her “very soft on crime.”",
        "very soft on crime.",
        "newspaper",
        "notes",
    ),
    (
        "Laura Finch went on to say that, because Peter Walsh testified that her"
        " replies were “honest,” her public remarks were honest too.",
        "honest,",
        "Laura Finch",
        "went on",
    ),
    # a clause set off by commas before the quote, as before
    (
        "Ana Ruiz said that, while Tom Lee claimed otherwise, the plan was “a mess.”",
        "a mess.",
        "Ana Ruiz",
        "said",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue"), CONTRASTED_CLAUSES)
def test_contrasted_clause_cues(text: str, words: str, speaker: str, cue: str) -> None:
    assert speaker_and_cue(text, words) == (speaker, cue)
