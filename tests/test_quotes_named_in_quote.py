"""A "he" or "she" that speaks a quote is not the person the quote itself names: the
nearest person before it whose last name the quote does not say and whose gender fits.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # the rival attacked is named in the quote: the one attacking says it
    (
        "Governor Paul Hendricks also took aim at his rival, Mark Dalton.\n\n"
        "“The whole county mocks Dalton, who wasted $40 million and still trails in the"
        " polls,” he wrote on Sunday.",
        "The whole county mocks Dalton, who wasted $40 million and still trails in the polls,",
        "Paul Hendricks",
        "wrote",
        "he",
    ),
    # a possessive of the name in the quote
    (
        "Councillor Maria Lenz spoke after Mayor Ruth Ostrowski left the meeting. “Ostrowski’s"
        " budget leaves the harbour without a ferry,” she said.",
        "Ostrowski’s budget leaves the harbour without a ferry,",
        "Maria Lenz",
        "said",
        "she",
    ),
    # a quote that names no one goes on with the nearest person, as before
    (
        "Councillor Maria Lenz spoke after Mayor Ruth Ostrowski left the meeting. “The budget"
        " leaves the harbour without a ferry,” she said.",
        "The budget leaves the harbour without a ferry,",
        "Ruth Ostrowski",
        "said",
        "she",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_pronoun_not_named_in_quote(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
