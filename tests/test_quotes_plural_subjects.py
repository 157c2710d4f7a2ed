"""A word in "-s" right before a verb or an auxiliary is no verb but the plural heading the
subject a sentence opens with: "Several local groups granted ..., saying “...”" is "Several
local groups" (was "Several local", "groups" read as a verb like "says"), "Concerned anglers
have questioned ... and say" "Concerned anglers". A verb in "-s" stays one ("The mayor says",
"She has said").

Every row is (text, quoted words, speaker's full name, cue).
"""

from __future__ import annotations

import pytest

from quote_checks import speaker_and_cue

ROWS = [
    # (was "Several local")
    (
        "Several local groups granted the firm an extension on Monday, saying its budget was"
        " “smaller than expected.”",
        "smaller than expected.",
        "Several local groups",
        "saying",
    ),
    # (was "Concerned")
    (
        "Concerned anglers have questioned the council's planning policy and say dirty water"
        " “is now flowing into the river.”",
        "is now flowing into the river.",
        "Concerned anglers",
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
