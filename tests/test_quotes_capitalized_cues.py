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
        (
            "Roger Stone made his remarks on the radio on Sunday.\n\nStated Stone:\n\n“I"
            " think that the stakes are so high.”\n\nContinued Stone: “So I think it’s a very"
            " real problem.”",
            "So I think it’s a very real problem.",
            "Roger Stone",
            "continued",
            "Stone",
        ),
        (
            "Roger Stone made his remarks on the radio on Sunday.\n\nStated Stone:\n\n“I"
            " think that the stakes are so high.”",
            "I think that the stakes are so high.",
            "Roger Stone",
            "stated",
            "Stone",
        ),
        (
            "“We like to run progressive events,” said Jeremy Allen, who founded the club."
            "\n\nSaid Allen, “Suddenly, the event becomes memorable.”",
            "Suddenly, the event becomes memorable.",
            "Jeremy Allen",
            "said",
            "Allen",
        ),
    ],
)
def test_capitalized_cue_before_speaker(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
