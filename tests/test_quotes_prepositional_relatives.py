"""A clause opened by a preposition and "which" ("during which", "at which point", "to
which"): the cue's subject follows the "which", which names no one who speaks.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

PREPOSITIONAL_RELATIVES: list[Row] = [
    (
        "Earlier, county Sheriff Tom Briggs praised Walsh's plan for new street lights."
        ' He said, "Peter Walsh will light the streets" - at which point the audience chanted'
        ' "Light them up!" - "and keep us safe."',
        "Light them up!",
        "audience",
        "chanted",
        "audience",
    ),
    (
        "The mood showed in a further question that asked members how likely"
        " Finch was to beat Walsh in the spring vote, to which 31 percent said “not"
        " very likely” and 12 percent said “not likely at all.”",
        "not very likely",
        "31 percent",
        "said",
        "31 percent",
    ),
    (
        "Ana Ruiz spoke for an hour, at which point protesters shouted “Go home!”",
        "Go home!",
        "protesters",
        "shouted",
        "protesters",
    ),
    # a pronoun after the "which" speaks, as before
    (
        "Gov. Ana Ruiz released a statement on Monday, in which she said “we will not back down.”",
        "we will not back down.",
        "Ana Ruiz",
        "said",
        "she",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), PREPOSITIONAL_RELATIVES)
def test_the_subject_after_a_prepositions_which_speaks(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
