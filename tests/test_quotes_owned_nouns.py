"""A cue's word after a preposition and a possessive ("in his attacks", "during her remarks")
is the noun of a phrase, not the quote's cue when a cue stands before it in the sentence: the
earlier cue gives the speaker. A possessive's noun after a verb still is its owner's cue
("renewed her call for “...”").

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was no speaker, with "attacks")
    (
        "The governor strode out with a stiff smile. His wife had warned him against harsh"
        " jabs, to sound “presidential,” but he said he ignored her.",
        "presidential,",
        "wife",
        "warned",
        "wife",
    ),
    # (was "attacks")
    (
        "Melania Trump had warned him not to be so harsh in his attacks, to sound “statesmanlike.”",
        "statesmanlike.",
        "Melania Trump",
        "warned",
        "Melania Trump",
    ),
    # after a verb, its owner's cue, as before
    (
        "Ana Ruiz renewed her call for “a full inquiry.”",
        "a full inquiry.",
        "Ana Ruiz",
        "call",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_noun_after_a_preposition_and_a_possessive(
    text: str, words: str, speaker: str | None, cue: str, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
