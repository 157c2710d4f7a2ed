"""A quote inside a relative clause set off after a person's name (", who expects ... “...”")
is that person's: the clause's verb is its cue and its "who" the speaker's mention, as a
pronoun's is, whatever cue the main clause has. Not when the clause has a subject of its own
("who she said was “...”"), when "by" names who used the words ("who was called “...” by the
mayor"), nor for a name the clause gives ("who goes by “Benny,”").

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

ROWS: list[Row] = [
    # the main clause's cue after the quote is not its attribution
    (
        "Mayor Ana Ortiz, who expects the repairs to run “well into the millions,” described"
        " the damage as severe.",
        "well into the millions,",
        "Ana Ortiz",
        "expects",
        "who",
    ),
    # ... nor is the cue before the name, which attributes the quote before
    (
        "“The roads are a mess,” said council member Ben Hale, who believes the city “should"
        " have fixed them years ago.”",
        "should have fixed them years ago.",
        "Ben Hale",
        "believes",
        "who",
    ),
    # adverbs and "has" before the clause's verb
    (
        "Ben Hale, who has long called himself the “people’s mayor,” ran again in 2020.",
        "people’s mayor,",
        "Ben Hale",
        "called",
        "who",
    ),
    # not: "by" after the quote names who used the words
    (
        "Ana Ortiz, who was called “a fraud” by the mayor, ran again.",
        "a fraud",
        "mayor",
        "called",
        "mayor",
    ),
    # not: the clause has a subject of its own
    (
        "Ana Ortiz thanked Ben Hale, who she said was “a tireless worker.”",
        "a tireless worker.",
        "Ana Ortiz",
        "said",
        "she",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_relative_clause_quotes(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)


def test_a_name_the_clause_gives_attributes_nothing() -> None:
    # The nickname is a name, no quote; the quote after it inherits no speaker from it.
    assert quotes("Ben Hale, who goes by “Benny,” was among the “old guard” of the council.") == []
