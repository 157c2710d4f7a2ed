"""A cue capitalized at the start of a sentence, before the speaker: "Stated Stone:"."""

from __future__ import annotations

import pytest

from quote_checks import check


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention"),
    [
        (
            "Stone made his remarks on “Aaron Klein Investigative Radio,” broadcast on New"
            " York’s AM 970 The Answer.\n\nStated Stone:\n\n“I think that the stakes are so"
            " high that they would do anything necessary to remain in power.”",
            "I think that the stakes are so high that they would do anything necessary to"
            " remain in power.",
            "Stone",
            "stated",
            "Stone",
        ),
        (
            "Stone made his remarks on the radio on Sunday.\n\nContinued Stone: “So I think"
            " it’s a very real problem.”",
            "So I think it’s a very real problem.",
            "Stone",
            "continued",
            "Stone",
        ),
    ],
)
def test_capitalized_cue_before_speaker(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
