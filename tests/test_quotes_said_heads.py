"""A word for what was said opening a sentence, then a clause with a subject and a cue of its
own right before a quote ("Nothing the mayor said “...,” the senator said"; data/said_heads.txt):
the clause describes the word, the quote goes on with the sentence's predicate, and a comma
at its end hands it to the cue after it (it was the speaker "Nothing the mayor"). With no
cue after it, the quote is read as if it opened its sentence: it goes on with the speech
before it, or no one is said to speak it (it was "Nothing the mayor" too).

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "Nothing the mayor said “will ease the fears of families on the east side,” the"
        " senator said.",
        "will ease the fears of families on the east side,",
        "senator",
        "said",
        "senator",
    ),
    (
        "What Tom Baxter said “was simply not true,” Ana Ruiz told reporters on Monday.",
        "was simply not true,",
        "Ana Ruiz",
        "told reporters",
        "Ana Ruiz",
    ),
    # (a cue of its own sentence before the quote keeps it, a comma at its end or not)
    (
        "Ana Ruiz said “the plan will work,” Tom Baxter added.",
        "the plan will work,",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_quote_after_what_was_said_is_the_cue_afters(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


# No cue after the quote: what the clause's subject said is no speaker of it.
GOING_ON = [
    (
        "“We were misled from the start,” Ana Ruiz said. Nothing the mayor said “made any sense.”",
        "made any sense.",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    (
        "“The figures were wrong,” Tom Baxter told the council. Everything Mayor Ana Ruiz"
        " said “was meant to calm people down.”",
        "was meant to calm people down.",
        "Tom Baxter",
        "told",
        "Tom Baxter",
    ),
    (
        "Nothing the mayor said “made any sense to the families.”",
        "made any sense to the families.",
        None,
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), GOING_ON)
def test_a_quote_after_what_was_said_with_no_cue_after_it_goes_on_with_the_speech(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
