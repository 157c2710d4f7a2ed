"""A cue that is also a plural noun ("states", "reports", "attacks", ``data/noun_cues.txt``)
is the noun when a preposition or a verb of its own follows it ("states have", "reports of",
``data/noun_cue_followers.txt``), unless an owner stands before it ("Trump's claims were").

Every kept row is (text, quoted words, speaker's full name, cue, words the speaker offsets
point at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

# (were quotes of the words before the noun: "Setting aside politics", "hour of initial",
# and "He" with the cue "attacks")
NOUNS: list[str] = [
    "Setting aside politics and taxes, states have widely different subsidy rules, and there"
    " would be “immediate” concerns about how the plan would work.",
    "Within half an hour of initial reports of the blast, Facebook had switched on its “safety"
    " check” feature for people in the city.",
    "He has won the nomination despite unprecedented attacks from both the liberal and"
    " “conservative” media.",
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
