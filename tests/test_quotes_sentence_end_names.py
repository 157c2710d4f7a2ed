"""A quote inside a sentence with no cue before it is attributed by a cue and a capitalized
word right after it (a name, a title) after the sentence's last comma, the writer's sentence
being what that speaker said: ", said Ohio State University professor Paul Beck.". A cue
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
        "Clinton “drew quite well from white, working-class Democrats” in the 2008 primary,"
        " said Ohio State University professor Paul Beck.",
        "drew quite well from white, working-class Democrats",
        "Paul Beck",
        "said",
        "Paul Beck",
    ),
    # (was the speaker of the quote before, "Prin")
    (
        "“A key milestone has been the work of Banksy,” said Prin. The city's murals project"
        " started a decade ago. The idea is to cover a wall that is the frequent target of"
        " illegal “tagging” - spray-painting a name or logo - while also having the artist"
        " work with local youth, said Jeffrey Scott with the D.C. Commission on the Arts.",
        "tagging",
        "Jeffrey Scott",
        "said",
        "Jeffrey Scott",
    ),
    # a cue of its own ("added")
    (
        "The core of the academy's values is to encourage children's “ambition” to become the"
        " next Salah, added Mohamed Khaled.",
        "ambition",
        "Mohamed Khaled",
        "added",
        "Mohamed Khaled",
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
