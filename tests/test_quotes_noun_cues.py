"""A cue that is also a plural noun ("states", "reports", "attacks", ``data/noun_cues.txt``)
is the noun when a preposition or a verb of its own follows it ("states have", "reports of",
``data/noun_cue_followers.txt``), unless an owner stands before it ("Trump's claims were").

Every kept row is (text, quoted words, speaker's full name, cue, words the speaker offsets
point at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

# (were quotes of the words before the noun: "Leaving aside cost", "minutes of early",
# and "She" with the cue "attacks")
NOUNS: list[str] = [
    "Leaving aside cost and staffing, states have very different licensing rules, and there"
    " would be “serious” doubts about how the scheme would run.",
    "Within minutes of early reports of the flood, the council had opened its “emergency"
    " line” for people in the valley.",
    "She has kept her seat despite constant attacks from both the local and “national” press.",
]

ROWS: list[Row] = [
    # the cue, as before: a verb, or a noun its owner speaks through
    (
        "The audit was released on Monday. The report states, “Bids for materials must be"
        " obtained from three vendors.”",
        "Bids for materials must be obtained from three vendors.",
        "report",
        "states",
        "report",
    ),
    (
        "Donald Trump spent the week defending his remarks about Obama. Trump’s claims were"
        " “sarcasm” all along.",
        "sarcasm",
        "Donald Trump",
        "claims",
        "Trump",
    ),
]


@pytest.mark.parametrize("text", NOUNS)
def test_plural_noun_is_no_cue(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_cue_stays(text: str, words: str, speaker: str | None, cue: str, mention: str) -> None:
    check(text, words, speaker, cue, mention)
