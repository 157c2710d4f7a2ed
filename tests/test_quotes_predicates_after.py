"""A cue after a quote does not attribute it when the words between open with a verb and go
on past its auxiliaries and adverbs: the quote ended inside the sentence's subject, and the
words after it are the sentence's predicate ("Walsh, who has styled himself as the “tough
on crime mayor,” has taken a firm line ... since the ... subway attacks": the noun "attacks"
is no cue of the quote). A capitalized name that is also a verb ("Will Morgan") opens no
predicate.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

ROWS: list[Row] = [
    # (was "Denver", with "attacks"; the quote stands in the relative clause after the name:
    # its verb is the cue, its "who" the mention, see test_quotes_relative_clause_quotes.py)
    (
        "Walsh, who has styled himself as the “tough on crime mayor,” has taken a"
        " firm line against street gangs since the Denver and Boston"
        " subway attacks.",
        "tough on crime mayor,",
        "Walsh",
        "styled",
        "who",
    ),
    # a name, as before
    (
        "“We must carry Fairfax,” Will Morgan, the head of the county party, said of the meeting.",
        "We must carry Fairfax,",
        "Will Morgan",
        "said",
        "Will Morgan",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_predicate_after_the_quote(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


def test_a_saying_is_no_speaker() -> None:
    # (was the speaker "one common", with the noun "saying" for a cue)
    text = "“Sooner or later, every cook burns the rice,” is one common saying."
    assert [(quote.speaker, quote.cue) for quote in quotes(text)] == [(None, None)]
