"""An "it" that speaks after a thing that spoke ("the newspaper admitted", "the email
read") goes on with the thing, not the organization named last before it."""

from __future__ import annotations

import pytest

from quote_checks import check


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention"),
    [
        # the newspaper, not the Supreme Court named in the sentence before
        (
            "Walsh should choose on grounds other than the effect on the Supreme"
            " Court.\n\n“Vermont is a small state with few seats in Congress,” the"
            " newspaper admitted.\n\n“But Vermont’s floods should be a test of decency"
            " and care, not the cold arithmetic of seat counts,” it added.",
            "But Vermont’s floods should be a test of decency and care, not the cold"
            " arithmetic of seat counts,",
            "newspaper",
            "added",
            "it",
        ),
        # the email, not the PAC named before it
        (
            "A super PAC backing Laura Finch sent a donors' email on Tuesday.\n\n\"Friend, I"
            ' will be honest. I can beat Peter Walsh," the email read. It said that Walsh'
            ' favors "Walsh-style taxes" and more.',
            "Walsh-style taxes",
            "email",
            "said",
            "It",
        ),
        # an organization's noun is no thing: "it" is the company the article named
        (
            'ShopRight.com removed the item. "No one at the store has any tie to'
            ' Henderson," the company wrote in its statement.\n\nIt added, "We want no'
            ' part in selling this item on our site."',
            "We want no part in selling this item on our site.",
            "ShopRight.com",
            "added",
            "It",
        ),
    ],
)
def test_it_goes_on_with_a_thing_that_spoke(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
