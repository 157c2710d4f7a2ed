"""A "that" right before the cue stands for the noun before it, when a participle, a verb in
the past or a preposition opens that noun: the thing that says the words speaks ("Toting
banners that said “...”" is "banners", not "Carrying banners"). The speaker's offsets are
those of the "that", as a pronoun's are (``test_quotes_restrictive_relatives.py``).

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "Parents in Millbrook rallied against the library cuts. Carrying banners that said"
        " “Keep our shelves full” and “Books for every child,” about 150 people filled the square.",
        "Keep our shelves full",
        "banners",
        "said",
        "that",
    ),
    (
        "Marta Lindqvist was named as the cyclist, wearing a jacket that read “Bikes belong here.”",
        "Bikes belong here.",
        "jacket",
        "read",
        "that",
    ),
    (
        "Shoppers trying to order shoes were greeted on Friday by a message that said, “Sorry, the"
        " item you want is no longer in stock.”",
        "Sorry, the item you want is no longer in stock.",
        "message",
        "said",
        "that",
    ),
    # (no participle, verb or preposition before the noun: the phrase as before)
    (
        "The sign that read “No trespassing after dark” was taken down on Monday.",
        "No trespassing after dark",
        "sign",
        "read",
        "that",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_that_stands_for_the_noun(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
