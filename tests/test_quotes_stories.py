"""A dateline opening a sentence after the first starts a new story ("... he said. BOSTON (AP)
- ..."), as pages of briefs and wire digests string stories together: no quote after it goes
on with the speech of a quote before it, and no pronoun after it resolves to a person named
before it. A speaker's label in a transcript ("TAPPER: ...") starts no story.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

_BEFORE = "“The old pump was bought 25 years ago,” said Mark Ellis, the plant manager. "

ROWS: list[Row] = [
    # a pronoun after the dateline: no one named before it in its story (was Mark Ellis)
    (
        _BEFORE + "BOSTON (AP) - A man was arrested on Friday after a chase through downtown."
        " “We are grateful to the public for their help,” he said.",
        "We are grateful to the public for their help,",
        None,
        "said",
        "he",
    ),
    # a town in capitals after a prefix in its own case opens a dateline too, though its
    # first letters are those of a word in title case ("The", "He", read past untokenized)
    (
        _BEFORE + "DeKALB, Ill. - A man was arrested on Friday after a chase through downtown."
        " “We are grateful to the public for their help,” he said.",
        "We are grateful to the public for their help,",
        None,
        "said",
        "he",
    ),
    # in the story before the dateline, as before
    (
        _BEFORE + "“It breaks down every week,” he said. ROCKFORD - The county wants new offers.",
        "It breaks down every week,",
        "Mark Ellis",
        "said",
        "he",
    ),
    # a transcript's labels are no datelines
    (
        "Governor Ann Barlow spoke to CNN on Sunday.\n\nCOOPER: Has he run a campaign that"
        " unites people?\n\nBARLOW: I believe he is trying. “We need to work together,” she said.",
        "We need to work together,",
        "Ann Barlow",
        "said",
        "she",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_dateline_starts_a_new_story(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


def test_no_speech_goes_on_past_a_dateline() -> None:
    # A quote with no cue of its own after the dateline inherits no speaker (was Mark Ellis):
    # it is dropped, as any unattributed quote that does not read as speech.
    text = (
        _BEFORE + "“It breaks down every week.” ROCKFORD - The county wants new offers for a"
        " modern “stage lighting and sound” rig."
    )
    assert [(quote.text, quote.speaker) for quote in quotes(text)] == [
        ("The old pump was bought 25 years ago,", "Mark Ellis"),
        ("It breaks down every week.", "Mark Ellis"),
    ]
