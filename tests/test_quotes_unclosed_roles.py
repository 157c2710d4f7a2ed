"""A name alone before a comma, then a role of one person whose closing comma is left out
("Karim Hadi, the director of the Nile Trust said") is the person who speaks, not the role
nor the body it is of; not after "a" or "an", an aside's subject ("Ruiz, an aide said, is
confident").

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "Karim Hadi, the director of the Nile Water Trust said: “Every village will have a"
        " pump by June.”",
        "Every village will have a pump by June.",
        "Karim Hadi",
        "said",
        "Karim Hadi",
    ),
    # a bare role, the quote before it
    (
        "“Our members cannot absorb another wage rise,” Helen Marsh, president and chief"
        " executive of the Ohio Grocers Association stated.",
        "Our members cannot absorb another wage rise,",
        "Helen Marsh",
        "stated",
        "Helen Marsh",
    ),
    # "an": an aside, the role speaks
    (
        "Mayor Ana Ruiz, an aide said, is “sure of the result” after the debate.",
        "sure of the result",
        "aide",
        "said",
        "aide",
    ),
    # the comma closed, as before
    (
        "Karim Hadi, the director of the Nile Water Trust, said: “Every village will have a"
        " pump by June.”",
        "Every village will have a pump by June.",
        "Karim Hadi",
        "said",
        "Karim Hadi",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_unclosed_role_after_a_name(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
