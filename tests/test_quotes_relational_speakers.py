"""The quotes field: a speaker named by a noun that belongs to someone ("lawyers", "a
spokesman", "the mother") and the one it belongs to ("for the former executive", "of the
missing teenager") is the whole phrase, however long, after a fronted phrase and its comma
too; lower-case phrases of other nouns stay short."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

RELATIONAL: list[Row] = [
    (
        'In a court filing, lawyers for the former executive wrote that he "acted in good'
        ' faith at all times."',
        "acted in good faith at all times.",
        "lawyers for the former executive",
        "wrote",
        "lawyers for the former executive",
    ),
    (
        "Separately, a spokesman for the state health department said: "
        '"The claims are without merit."',
        "The claims are without merit.",
        "spokesman for the state health department",
        "said",
        "spokesman for the state health department",
    ),
    (
        'On Monday, the mother of the missing teenager said she was "heartbroken."',
        "heartbroken.",
        "mother of the missing teenager",
        "said",
        "mother of the missing teenager",
    ),
    # a diplomat of a body named before the noun: the diplomat, not the body (was "United
    # Nations Security Council")
    (
        "“We will not back the draft,” said a U.N. Security Council diplomat on Monday.",
        "We will not back the draft,",
        "U.N. Security Council diplomat",
        "said",
        "U.N. Security Council diplomat",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), RELATIONAL)
def test_a_relational_speaker_keeps_whom_it_belongs_to(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
