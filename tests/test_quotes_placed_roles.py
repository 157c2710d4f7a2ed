"""A role named with a state or body ("the New Jersey governor") is the article's one
person of that role when those words were never written next to the holder's name."""

from __future__ import annotations

import pytest

from quote_checks import check


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention"),
    [
        # the one governor of the article, past Cruz, named between with no role
        (
            "New Jersey Gov. Chris Christie accused Cruz of opposing the NSA's bulk"
            ' collection of metadata for political, not philosophical, reasons. "He went for'
            " the easy political vote at a time when it looked like it was a popular thing to"
            ' do," the New Jersey governor said.',
            "He went for the easy political vote at a time when it looked like it was a"
            " popular thing to do,",
            "Chris Christie",
            "said",
            "New Jersey governor",
        ),
        # two governors: the text does not say which, the role stays the speaker
        (
            "Gov. Chris Christie and Gov. John Kasich accused Cruz of opposing the NSA's bulk"
            ' collection of metadata. "He went for the easy political vote," the New Jersey'
            " governor said.",
            "He went for the easy political vote,",
            "New Jersey governor",
            "said",
            "New Jersey governor",
        ),
    ],
)
def test_placed_role_is_its_one_holder(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
