"""Nouns that end in -ly ("family", "ally", "assembly") are no adverbs before a cue: "the
Okafor family said" is the family's, not the name's before it (data/ly_nouns.txt); an
adverb there is still dropped ("the director further stated")."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "The statement from the Okafor family read: “We are heartbroken by the loss of our son.”",
        "We are heartbroken by the loss of our son.",
        "Okafor family",
        "read",
        "Okafor family",
    ),
    (
        "“We thank everyone for their kindness,” said the Brennan family.",
        "We thank everyone for their kindness,",
        "Brennan family",
        "said",
        "Brennan family",
    ),
    (
        "Senator Ana Ruiz spoke on Friday. Her closest ally said: “She will run again.”",
        "She will run again.",
        "closest ally",
        "said",
        "closest ally",
    ),
    # an adverb before the cue is still no part of the speaker
    (
        "“We did our job,” the assembly firmly said.",
        "We did our job,",
        "assembly",
        "said",
        "assembly",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_ly_noun_speakers(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
