"""A "which" or "whom" opening the phrase before a cue is the cue's object, never who
speaks: the noun phrase after it is the subject ("which some have labelled"); with none,
the "which" names no one and the checks after it read the speaker.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # a quantifier after it: the quantifier, kept as written
    (
        "The mining deal lifted the small valley town, which some have labelled “the luckiest"
        " village in Peru,” into a new league.",
        "the luckiest village in Peru,",
        "some",
        "labelled",
        "some",
    ),
    # a noun phrase after it
    (
        "The plan meets the tax gap, which the budget office has called “the most urgent"
        " problem we face.”",
        "the most urgent problem we face.",
        "budget office",
        "called",
        "budget office",
    ),
    # nothing after it: the sentence's subject
    (
        "Ana Ruiz held up a placard — which read “Vote Yes” — and waved it, mouthing “thank"
        " you” toward the crowd.",
        "thank you",
        "Ana Ruiz",
        "read",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_relative_object(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
