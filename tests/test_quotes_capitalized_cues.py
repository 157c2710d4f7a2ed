"""A cue capitalized at the start of a sentence, before the speaker: "Stated Walsh:"."""

from __future__ import annotations

import pytest

from quote_checks import check


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention"),
    [
        (
            "Walsh gave his views on “The Morning Desk Show,” aired on Chicago’s WXYZ"
            " 890.\n\nStated Walsh:\n\n“I believe that the risks are so great that they"
            " would say anything at all to keep their seats.”",
            "I believe that the risks are so great that they would say anything at all to"
            " keep their seats.",
            "Walsh",
            "stated",
            "Walsh",
        ),
        (
            "Walsh gave his views on the radio on Friday.\n\nContinued Walsh: “So I believe"
            " it’s a serious worry.”",
            "So I believe it’s a serious worry.",
            "Walsh",
            "continued",
            "Walsh",
        ),
        (
            "Peter Walsh gave his views on the radio on Friday.\n\nStated Walsh:\n\n“I"
            " believe that the risks are so great.”\n\nContinued Walsh: “So I believe it’s a"
            " serious worry.”",
            "So I believe it’s a serious worry.",
            "Peter Walsh",
            "continued",
            "Walsh",
        ),
        (
            "Peter Walsh gave his views on the radio on Friday.\n\nStated Walsh:\n\n“I"
            " believe that the risks are so great.”",
            "I believe that the risks are so great.",
            "Peter Walsh",
            "stated",
            "Walsh",
        ),
        (
            "“We like to hold friendly races,” said Laura Finch, who started the group."
            "\n\nSaid Finch, “All at once, the race feels special.”",
            "All at once, the race feels special.",
            "Laura Finch",
            "said",
            "Finch",
        ),
    ],
)
def test_capitalized_cue_before_speaker(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
