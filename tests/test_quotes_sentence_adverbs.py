"""A quote with no cue is spoken by the noun phrase opening its sentence before a verb; a
capitalized word set off by a comma before that phrase is a sentence adverb, no part of it
("Instead, the report turned to ..." is the report's, not "Instead, the report"'s), unless
it names someone. Nor does "There's" or "Here's" open a speaker phrase: "There's still time
for Ana Ortiz to ..., even after dismissing" is Ana Ortiz's.

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


# (were the speakers "There’s" and "Here’s what the mayor")
EXPLETIVES: list[Row] = [
    (
        "There’s still time for Ana Ortiz to mend fences with the council, even after"
        " dismissing them as the “downtown club.”",
        "downtown club.",
        "Ana Ortiz",
        "dismissing",
        "Ana Ortiz",
    ),
    (
        "Here’s what the mayor said on Monday: “We are not going anywhere.”",
        "We are not going anywhere.",
        "mayor",
        "said",
        "mayor",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), EXPLETIVES)
def test_there_is_no_speaker(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_sentence_adverb_is_no_speaker(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
