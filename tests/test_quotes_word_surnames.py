"""A capitalized word alone between a closing mark and the cue is a surname, even one spelled
as a preposition or a verb ("From", "Will"): '“...,” From said' is From's, not no one's.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        'Plenty of voters back then saw the party as "a club for the comfortable few,"'
        ' From said. "The question for us was: What would win them back?"',
        "a club for the comfortable few,",
        "From",
        "said",
        "From",
    ),
    (
        '"This time the anger is aimed at the big banks. It\'s a new era for us," From said.',
        "This time the anger is aimed at the big banks. It's a new era for us,",
        "From",
        "said",
        "From",
    ),
    (
        "“It was a coarse, vulgar and nasty effusion,” Will wrote.",
        "It was a coarse, vulgar and nasty effusion,",
        "Will",
        "wrote",
        "Will",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_lone_capitalized_word_is_a_surname(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
