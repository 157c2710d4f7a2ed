"""A "he" or "she" right after ", whom" or ", with whom" is the subject of its sentence's
main clause, never the one "whom" stands for, even when a role rather than a name stands
before "whom": the nearest person of the sentence who opens it or a clause, else the
nearest person who fits, as before.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # a role before "whom": the person it stands for is named before it
    (
        "Labor Secretary Mark Santos spoke on Friday. Santos attacked Peter Walsh and"
        " compared the Democratic senator, whom he described as “reckless,” with Anna"
        " Reed.",
        "reckless,",
        "Mark Santos",
        "described",
        "he",
    ),
    # "with whom"
    (
        "Tom Briggs, Ohio's former governor, also criticized Peter Walsh, with whom he"
        " quarrelled at the forum, calling him a “fraud.”",
        "fraud.",
        "Tom Briggs",
        "calling",
        "he",
    ),
    # no one opens a clause before it: the nearest person who fits, as before
    (
        "Red Cross spokesman Paul Weber said volunteers walked beside the refugees,"
        " whom he described as “exhausted.”",
        "exhausted.",
        "Paul Weber",
        "described",
        "he",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_pronoun_after_whom(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
