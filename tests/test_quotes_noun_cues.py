"""A cue that is also a plural noun ("states", "reports", "attacks", ``data/noun_cues.txt``)
is the noun when a preposition or a verb of its own follows it ("states have", "reports of",
``data/noun_cue_followers.txt``), unless an owner stands before it ("Trump's claims were"),
when a preposition stands right before it, whose object it is ("in states that hold"),
and when a determiner ("the 2015 attacks", ``data/noun_cue_openers.txt``) or a participle
after a comma (", giving states more room") stands right before it.

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
    # a determiner, then a number, before the noun (was the speaker "review of the 2015",
    # with the cue "attacks")
    "A review of the 2015 attacks found “a pattern of neglect” in the agency.",
]

# (a preposition right before the noun: were the speaker "cheaper loans" and no one, with
# the cue "states")
AFTER_PREPOSITIONS: list[Row] = [
    (
        "The senator's plan includes: cheaper loans by giving grants to states with the most"
        " students, and “lower rates for every borrower.”",
        "lower rates for every borrower.",
        "senator's plan",
        None,
        "senator's plan",
    ),
    (
        "“We have strong teams in every region,” the campaign chief wrote. “We like our odds”"
        " out west and in states that hold caucuses later, the memo stated.",
        "We like our odds",
        "memo",
        "stated",
        "memo",
    ),
]

# (a determiner or a participle after a comma right before the noun: were the speaker "more
# room" with the cue "states", and the cue "reports")
AFTER_OPENERS: list[Row] = [
    (
        "Ana Ruiz said she hopes the bill can be “a fair deal for everyone,” giving states more"
        " room, but still protecting the poorest towns.",
        "a fair deal for everyone,",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    (
        "Several callers dismissed those reports as “idle gossip” on Monday.",
        "idle gossip",
        "Several callers",
        "dismissed",
        "Several callers",
    ),
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


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), AFTER_PREPOSITIONS)
def test_noun_after_preposition(
    text: str, words: str, speaker: str | None, cue: str, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), AFTER_OPENERS)
def test_noun_after_determiner_or_participle(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
