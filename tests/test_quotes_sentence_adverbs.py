"""A quote with no cue is spoken by the noun phrase opening its sentence before a verb; a
capitalized word set off by a comma before that phrase is a sentence adverb, no part of it
("Instead, the report turned to ..." is the report's, not "Instead, the report"'s), unless
it names someone.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was the speaker "Instead, the report")
    (
        "The board met for six hours on Tuesday. Instead, the report turned to the “slow"
        " decline of the harbour trade.”",
        "slow decline of the harbour trade.",
        "report",
        None,
        "report",
    ),
    # a name set off before its description still speaks
    (
        "The board met for six hours on Tuesday. Lena Okafor, the treasurer, spent an hour on"
        " “the numbers nobody wants to see.”",
        "the numbers nobody wants to see.",
        "Lena Okafor",
        None,
        "Lena Okafor",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_sentence_adverb_is_no_speaker(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
