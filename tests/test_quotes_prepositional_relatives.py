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
        "Earlier, Maricopa County Sheriff Joe Arpaio vouched for Trump's proposal to build a"
        ' wall. He said, "Donald Trump will build the wall" - at which point the crowd chanted'
        ' "Build the wall!" - "and restore law and order."',
        "Build the wall!",
        "crowd",
        "chanted",
        "crowd",
    ),
    (
        "This sentiment was reflected in another question that asked Democrats how likely"
        " Clinton was to defeat Trump in the general election, to which 21 percent said “not"
        " too likely” and 14 percent said “not at all likely.”",
        "not too likely",
        "21 percent",
        "said",
        "21 percent",
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
