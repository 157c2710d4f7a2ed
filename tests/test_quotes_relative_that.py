"""A "that" right before the cue stands for the noun before it, when a participle, a verb in
the past or a preposition opens that noun: the thing that says the words speaks ("Toting
signs that said “...”" is "signs", not "Toting signs").

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "Gainesville residents march in protest of Charter Amendment 1. Toting signs that said"
        " “Vote no on 1” and “Equality for all,” more than 200 people walked downtown.",
        "Vote no on 1",
        "signs",
        "said",
        "signs",
    ),
    (
        "Kelsey Atkinson was identified as the protester, wearing a shirt that read “Animal"
        " liberation now.”",
        "Animal liberation now.",
        "shirt",
        "read",
        "shirt",
    ),
    (
        "Visitors to the auction site were greeted Thursday by a message that said, “Sorry,"
        " but the item you have requested is no longer in the system.”",
        "Sorry, but the item you have requested is no longer in the system.",
        "message",
        "said",
        "message",
    ),
    # (no participle, verb or preposition before the noun: the phrase as before)
    (
        "The sign that read “No trespassing after dark” was taken down on Monday.",
        "No trespassing after dark",
        "sign",
        "read",
        "sign",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_that_stands_for_the_noun(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
