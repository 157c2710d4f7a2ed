"""Capitalized words in quote marks right after a verb's object and "as" are the name someone
gives that object, not a work's title ('Ana Ruiz describes her brother as “Big Mike.”',
'hailed his coach as “The Quiet Giant”'): they are kept as a quote. Not after a verb with
no object or a participle ("known as", "billed as"), whose capitalized words stay a
title."""

from __future__ import annotations

import pytest

from quote_checks import check, quotes

NAMED_AS = [
    # (text, quoted words, speaker, cue, the words the speaker offsets point at)
    (
        "Ana Ruiz describes her brother as “Big Mike.” The two run a bakery together.",
        "Big Mike.",
        "Ana Ruiz",
        "describes",
        "Ana Ruiz",
    ),
    (
        "Tom Lee hailed his old coach as “The Quiet Giant” in a speech on Friday.",
        "The Quiet Giant",
        "Tom Lee",
        "hailed",
        "Tom Lee",
    ),
    # an article between "as" and the mark; no cue: the characterization's subject
    (
        "Ana Ruiz sized up the new tower as the “Glass Needle” at the meeting.",
        "Glass Needle",
        "Ana Ruiz",
        None,
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), NAMED_AS)
def test_a_name_given_is_no_title(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Lee hosts a show known as “Late Night Live” on Fridays.",
        "Ana Ruiz spoke at a gala billed as “Nights of Gold” in the old theater.",
    ],
)
def test_a_title_after_a_participle_stays_one(text: str) -> None:
    assert quotes(text) == []
