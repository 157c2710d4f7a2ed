"""A speaker phrase after its cue reads past the point of an abbreviation ("U.S.", "Gov.")
when a word in lower case follows it: the phrase goes on ("said a former U.S. trade
official" was "former U", "said former Ohio Gov. and ... Joan Carver" "former Ohio Gov").
A point before a capital still ends it, but the last point of initials opening the phrase
("said a U.S. Navy officer", "said D.C. Mayor Ana Ruiz" were "U.S" and "D.C"; not
"said an official in the U.S. Ana Ruiz ...", where a sentence may end).

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "“Once the parts have left the port, nobody can call them back,” said a former U.S."
        " trade official who ran export reviews for a decade.",
        "Once the parts have left the port, nobody can call them back,",
        "former U.S. trade official",
        "said",
        "former U.S. trade official",
    ),
    (
        "“The colonel fears we'll catch him, or that his own guards will,” says one U.S."
        " official. The moods of the junta's chief unsettle its neighbours.",
        "The colonel fears we'll catch him, or that his own guards will,",
        "one U.S. official",
        "says",
        "one U.S. official",
    ),
    (
        "“She knows that job better than anyone,” said former Ohio Gov. and Republican State"
        " Committee Chairwoman Joan Carver.",
        "She knows that job better than anyone,",
        "Joan Carver",
        "said",
        "Joan Carver",
    ),
    # initials opening the phrase (were "U.S" and "D.C")
    (
        "“The engine had failed twice before,” said a U.S. Navy officer in Bahrain, who asked"
        " not to be named.",
        "The engine had failed twice before,",
        "U.S. Navy officer",
        "said",
        "U.S. Navy officer",
    ),
    (
        "“We will appeal,” said D.C. Mayor Ana Ruiz.",
        "We will appeal,",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    # (not initials ending the phrase, where its sentence may end)
    (
        "“We are ready,” said an official in the U.S. Ana Ruiz disagreed.",
        "We are ready,",
        "official",
        "said",
        "official",
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
