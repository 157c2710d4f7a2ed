"""A cue after a quote does not attribute it when the words between open with a verb and go
on past its auxiliaries and adverbs: the quote ended inside the sentence's subject, and the
words after it are the sentence's predicate ("Trump, who has postured himself as the “law
and order candidate,” has taken a hardline stance ... since the ... terrorist attacks": the
noun "attacks" is no cue of the quote). A capitalized name that is also a verb ("Will
Estrada") opens no predicate.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

ROWS: list[Row] = [
    # (was "San Bernardino", with "attacks")
    (
        "Trump, who has postured himself as the “law and order candidate,” has taken a"
        " hardline stance against Islamic terrorism since the San Bernardino and Paris"
        " terrorist attacks.",
        "law and order candidate,",
        "Trump",
        None,
        "Trump",
    ),
    # a name, as before
    (
        "“We have got to win Loudoun,” Will Estrada, the chairman for the county party, said"
        " of the encounter.",
        "We have got to win Loudoun,",
        "Will Estrada",
        "said",
        "Will Estrada",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_predicate_after_the_quote(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


def test_a_saying_is_no_speaker() -> None:
    # (was the speaker "one common", with the noun "saying" for a cue)
    text = "“In 2030, we'll all wake up and find ourselves speaking Chinese,” is one common saying."
    assert [(quote.speaker, quote.cue) for quote in quotes(text)] == [(None, None)]
