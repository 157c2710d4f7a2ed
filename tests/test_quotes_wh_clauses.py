"""A "how", "why", "where" or "whether" in the phrase before a cue opens the cue's own
clause: its subject is the noun phrase after that word, not the sentence's ("Voters asked
why the council had called ..." is the council's)."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

WH_CLAUSES: list[Row] = [
    # (was "Voters")
    (
        "Voters asked why the council had called the vote “a formality.”",
        "a formality.",
        "council",
        "called",
        "council",
    ),
    # (was no one)
    (
        "Few were ready for the moment when they heard how the mayor described the plan:"
        " “a bold step for the city.”",
        "a bold step for the city.",
        "mayor",
        "described",
        "mayor",
    ),
    # (was "slant begins")
    (
        "The slant begins to show when looking at how the site rated this claim:\n\n"
        "“Crime is up by half in two years.”",
        "Crime is up by half in two years.",
        "site",
        "rated",
        "site",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), WH_CLAUSES)
def test_the_subject_after_a_wh_word_speaks(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
