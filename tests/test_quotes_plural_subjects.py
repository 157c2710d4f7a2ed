"""A word in "-s" right before a verb or an auxiliary is no verb but the plural heading the
subject a sentence opens with: "Several neighborhood clubs gave ..., saying “...”" is
"Several neighborhood clubs" (was "Several neighborhood", "clubs" read as a verb like
"says"), "Small bakeries have criticized ... and say" "Small bakeries". A verb in "-s" stays
one ("The mayor says", "She has said").

Every row is (text, quoted words, speaker's full name, cue).
"""

from __future__ import annotations

import pytest

from quote_checks import speaker_and_cue

ROWS = [
    # (was "Several neighborhood")
    (
        "Several neighborhood clubs gave the city more time on Tuesday, saying its plan was"
        " “better than feared.”",
        "better than feared.",
        "Several neighborhood clubs",
        "saying",
    ),
    # (was "Small")
    (
        "Small bakeries have criticized the city's parking policy and say the new fees"
        " “will drive customers away.”",
        "will drive customers away.",
        "Small bakeries",
        "say",
    ),
    # as before: a verb in "-s"
    ("The mayor says the new plan “will work.”", "will work.", "mayor", "says"),
    (
        "Tom Lee spoke on Monday. He has said the new plan “will work.”",
        "will work.",
        "Tom Lee",
        "said",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue"), ROWS)
def test_plural_subjects(text: str, words: str, speaker: str, cue: str | None) -> None:
    assert speaker_and_cue(text, words) == (speaker, cue)
