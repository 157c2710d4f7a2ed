"""A height in the speaker's description before the cue: a height's inch mark ("6’2”") inside
a relative clause set off by commas is no quote mark that ends the cue's clause, and a
height set off alone by commas describes the subject ("The guard, 6-foot-2 and broad,
told"). Both were read as the speaker ("tall", "6-foot-2").

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "The guard, who is 6’2” tall, said the door was “never locked.”",
        "never locked.",
        "guard",
        "said",
        "guard",
    ),
    (
        'Tom Baxter, who is 6\'2" tall, said: "I can still reach the top shelf."',
        "I can still reach the top shelf.",
        "Tom Baxter",
        "said",
        "Tom Baxter",
    ),
    (
        "The guard, 6’2” and broad, told reporters: “Nobody got past me.”",
        "Nobody got past me.",
        "guard",
        "told reporters",
        "guard",
    ),
    (
        "Ana Ruiz, 6-foot-1 and a former rower, said: “I have always liked the water.”",
        "I have always liked the water.",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    # (a height after the cue stays out of the speaker too)
    (
        "“I can reach it,” said Tom Baxter, who is 6’2” tall.",
        "I can reach it,",
        "Tom Baxter",
        "said",
        "Tom Baxter",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_height_before_the_cue_describes_the_subject(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
