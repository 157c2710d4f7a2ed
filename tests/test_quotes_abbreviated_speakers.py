"""A speaker phrase after its cue reads past the point of an abbreviation ("U.S.", "Gov.")
when a word in lower case follows it: the phrase goes on ("said a former U.S. law
enforcement official" was "former U", "said former Pennsylvania Gov. and ... Ed Rendell"
"former Pennsylvania Gov"). A point before a capital still ends it.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "“For his offense there isn't a whole lot you can do,” said a former U.S. law"
        " enforcement official who oversaw counterintelligence investigations.",
        "For his offense there isn't a whole lot you can do,",
        "former U.S. law enforcement official",
        "said",
        "former U.S. law enforcement official",
    ),
    (
        "“Saddam is afraid we'll find him, or that internal enemies will,” says one U.S."
        " official. The unpredictability of Iraq's leader worries the allies.",
        "Saddam is afraid we'll find him, or that internal enemies will,",
        "one U.S. official",
        "says",
        "one U.S. official",
    ),
    (
        "“He’s reprising that role,” said former Pennsylvania Gov. and Democratic National"
        " Committee Chairman Ed Rendell.",
        "He’s reprising that role,",
        "Ed Rendell",
        "said",
        "Ed Rendell",
    ),
    # (a point before a capital: a title's, the name read as before)
    (
        "“We are ready,” said Gen. Tom Lee.",
        "We are ready,",
        "Tom Lee",
        "said",
        "Gen. Tom Lee",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_phrase_reads_past_abbreviation(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
