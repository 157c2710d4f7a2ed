"""A person's name after "the" and before a noun for a group ("the Lopez family", "the
Trump campaign", "the Biden administration"; data/named_bodies.txt) says whose the group
is: the group speaks, not the person the article named (who may be the one who died)."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "Maria Lopez, 19, was killed on Friday. “She lit up every room,” the Lopez family said.",
        "She lit up every room,",
        "Lopez family",
        "said",
        "Lopez family",
    ),
    (
        "Tom Brennan, 17, died on Friday. The Brennan family wrote in a short note: “He was a"
        " kind boy.”",
        "He was a kind boy.",
        "Brennan family",
        "wrote in",
        "Brennan family",
    ),
    (
        "Dana Whitfield spoke in Ohio. The Whitfield campaign said the poll was “plainly wrong.”",
        "plainly wrong.",
        "Whitfield campaign",
        "said",
        "Whitfield campaign",
    ),
    (
        "Frank Osei spoke in Accra. “The deal is dead,” the Osei administration said on Friday.",
        "The deal is dead,",
        "Osei administration",
        "said",
        "Osei administration",
    ),
    # the person named alone still speaks
    (
        "Dana Whitfield spoke in Ohio. “The poll is plainly wrong,” Whitfield said.",
        "The poll is plainly wrong,",
        "Dana Whitfield",
        "said",
        "Whitfield",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_named_body_speakers(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
