"""A role named with a state or body ("the Ohio governor") is the article's one
person of that role when those words were never written next to the holder's name."""

from __future__ import annotations

import pytest

from quote_checks import check


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention"),
    [
        # the one governor of the article, past Walsh, named between with no role
        (
            "Ohio Gov. Mark Santos accused Walsh of backing the city's mass"
            ' storage of licence plates for electoral, not practical, reasons. "He took'
            " the cheap popular stance at a moment when it seemed like a safe thing to"
            ' say," the Ohio governor said.',
            "He took the cheap popular stance at a moment when it seemed like a safe thing to say,",
            "Mark Santos",
            "said",
            "Ohio governor",
        ),
        # two governors: the text does not say which, the role stays the speaker
        (
            "Gov. Mark Santos and Gov. Paul Weber accused Walsh of backing the city's mass"
            ' storage of licence plates. "He took the cheap popular stance," the Ohio'
            " governor said.",
            "He took the cheap popular stance,",
            "Ohio governor",
            "said",
            "Ohio governor",
        ),
    ],
)
def test_placed_role_is_its_one_holder(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
