"""A person named right before a participle, after "of" and a noun of what shows someone
speaking (footage, clip, video), is who speaks ("The ad shows a video of Tom Baker saying,
“...”": Tom Baker, not the ad); after a verb, a name is the object ("Mary Jones thanked Tom
Baker saying" is Mary Jones's), and an account has a source of its own ("Mary Jones gives
an account of Tom Baker telling" is hers).

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was "ad")
    (
        "The ad then shows a video of Tom Baker saying, “We will build it.”",
        "We will build it.",
        "Tom Baker",
        "saying",
        "Tom Baker",
    ),
    # (was "Voters")
    (
        "Voters saw a clip of Tom Baker saying, “That makes me rich.”",
        "That makes me rich.",
        "Tom Baker",
        "saying",
        "Tom Baker",
    ),
    # (was "spot"; the cue after the quote is in a clause of its own)
    (
        "The spot closes on a clip of Tom Baker saying at a rally in May, “That makes"
        " me rich,” when Mary Jones asked him about his taxes.",
        "That makes me rich,",
        "Tom Baker",
        "saying",
        "Tom Baker",
    ),
    # as before: a name after a verb is its object, the subject speaks
    (
        "Mary Jones thanked Tom Baker saying, “We will build it.”",
        "We will build it.",
        "Mary Jones",
        "saying",
        "Mary Jones",
    ),
    # as before: an account has a source of its own
    (
        "Mary Jones gives an account of Tom Baker telling an aide, “Leave now.”",
        "Leave now.",
        "Mary Jones",
        "telling",
        "Mary Jones",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_participle_subjects(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
