"""A quote inside a sentence with no cue before it is attributed by a cue and a capitalized
word right after it (a name, a title) after the sentence's last comma, the writer's sentence
being what that speaker said: ", said Boston College professor Nora Castillo.". A cue
after its subject there ("..., Ana Ruiz said.") attributes only a quote opening the sentence,
as before.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

ROWS: list[Row] = [
    # (was no quote: unattributed, not read as speech)
    (
        "Walsh “did very well among young, rural voters” in the 2019 race,"
        " said Boston College professor Nora Castillo.",
        "did very well among young, rural voters",
        "Nora Castillo",
        "said",
        "Nora Castillo",
    ),
    # (was the speaker of the quote before, "Vargas")
    (
        "“A turning point was the arrival of the mural crews,” said Vargas. The town's art"
        " program began six years ago. The idea is to paint a wall that is a frequent"
        " victim of “tagging” - spraying a name or sign - and to have the"
        " painter teach local teens, said Helen Marsh with the county Arts Council.",
        "tagging",
        "Helen Marsh",
        "said",
        "Helen Marsh",
    ),
    # a cue of its own ("added")
    (
        "The heart of the club's aims is to foster young players' “hunger” to become the"
        " next Pele, added Omar Haddad.",
        "hunger",
        "Omar Haddad",
        "added",
        "Omar Haddad",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_name_after_the_last_comma(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


def test_a_subject_before_the_cue_attributes_only_an_opening_quote() -> None:
    # (a scare quote nobody is said to speak: no quote, as before)
    text = "The plan drew “a lot of interest” in the county last year, Ana Ruiz said."
    assert quotes(text) == []
