"""The ``quotes`` field: a quote whose sentence goes on in the writer's words, then a comma
and a cue its subject follows: the name after the cue speaks, not a noun of the words
before the comma ('“It is high time” the pier was rebuilt, said Ana Ruiz')."""

from __future__ import annotations

import pytest

from quote_checks import quotes


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "“It is high time” the pier was rebuilt, said Ana Ruiz, the harbor master.",
            "It is high time",
            "Ana Ruiz",
        ),
        (
            "“Our mills could not keep up with” demand for paper, said Tom Okafor, the chairman.",
            "Our mills could not keep up with",
            "Tom Okafor",
        ),
        # (as before: words opening with a preposition)
        ("“This will be hard” for the council, said Ana Ruiz.", "This will be hard", "Ana Ruiz"),
    ],
)
def test_the_name_after_the_cue_speaks(text: str, said: str, speaker: str) -> None:
    [quote] = quotes(text)
    assert (quote.text, quote.speaker, quote.cue) == (said, speaker, "said")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a subject set off before the cue, a time after it: the subject speaks
        ("“We will appeal,” Ana Ruiz, the harbor master, said Tuesday.", "Ana Ruiz"),
        ("“We will appeal,” the harbor master, Ana Ruiz, said Tuesday.", "Ana Ruiz"),
    ],
)
def test_a_subject_set_off_before_the_cue_still_speaks(text: str, speaker: str) -> None:
    [quote] = quotes(text)
    assert quote.speaker == speaker
