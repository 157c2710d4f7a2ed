"""A naming cue after "what" and a word for no one named ("what some call", "what they have
called", ``data/what_namers.txt``) gives the quoted name as the word of the sentence's
subject: that subject speaks, not a name after its verb; a "they" or "it" there stands for
that subject (its offsets the pronoun's), not for a name further up. With no subject
named ("The trust, whose ..., now opposes"), the cue is read as before.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was Tom Baker, the object)
    (
        "Mayor Ana Ruiz met Tom Baker on Monday. Ruiz asked Baker to scrap what some call"
        " the “rain tax” before the summer.",
        "rain tax",
        "Ana Ruiz",
        "call",
        "Ruiz",
    ),
    # (was no one: "they" went back to no one)
    (
        "The Ruiz campaign met Tom Baker’s staff on Monday. The campaign mocks Baker’s budget,"
        " built on what they call his “magic math.”",
        "magic math.",
        "campaign",
        "call",
        "they",
    ),
    # (was no one; an adverb and an auxiliary may stand before the cue)
    (
        "Mayor Ana Ruiz met Tom Baker on Monday. Her campaign attacked Baker for what it has"
        " repeatedly called his “empty promises.”",
        "empty promises.",
        "campaign",
        "called",
        "it",
    ),
    # (was no one)
    (
        "Ana Ruiz met Tom Baker on Monday. The union is urging Baker to reject what it calls"
        " “a giveaway to developers.”",
        "a giveaway to developers.",
        "union",
        "calls",
        "it",
    ),
    # after the quote, "which is what ..." (was "any new fee")
    (
        "Mayor Ana Ruiz met Tom Baker on Monday. First, Ruiz listed the levy as a “cash"
        " grab,” which is what many wrongly call any new fee.",
        "cash grab,",
        "Ana Ruiz",
        "call",
        "Ruiz",
    ),
    # as before: a subject set off by an aside is read by the other checks
    (
        "Tom Baker spoke at the hearing. The Harbor Trust, whose own plan failed, now opposes"
        " what it calls “a giveaway to developers.”",
        "a giveaway to developers.",
        "Harbor Trust",
        "calls",
        "it",
    ),
    # as before: a name after "what" is the one naming
    (
        "Tom Baker spoke at the hearing. The council fought what Ana Ruiz calls “a giveaway"
        " to developers.”",
        "a giveaway to developers.",
        "Ana Ruiz",
        "calls",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_what_some_call(text: str, words: str, speaker: str | None, cue: str, mention: str) -> None:
    check(text, words, speaker, cue, mention)
