"""An "it" that speaks after a thing that spoke ("the newspaper admitted", "the email
read") goes on with the thing, not the organization named last before it."""

from __future__ import annotations

import pytest

from quote_checks import check


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention"),
    [
        # the newspaper, not the Electoral College named in the sentence before
        (
            "Clinton should decide on a basis other than its impact on the Electoral"
            " College.\n\n“Louisiana is a reliably red state with few electoral votes,” the"
            " newspaper admitted.\n\n“But Louisiana’s crisis should be a call to conscience"
            " and compassion, not the cold calculus of electoral math,” it added.",
            "But Louisiana’s crisis should be a call to conscience and compassion, not the"
            " cold calculus of electoral math,",
            "newspaper",
            "added",
            "it",
        ),
        # the email, not the PAC named before it
        (
            'A super PAC backing Ted Cruz sent a fundraising email Wednesday.\n\n"Friend, let'
            ' me be blunt. I can beat Hillary Clinton," the email read. It said that Trump'
            ' supports "Hillary-style healthcare" and more.',
            "Hillary-style healthcare",
            "email",
            "said",
            "It",
        ),
        # an organization's noun is no thing: "it" is the company the article named
        (
            'GunBroker.com pulled the listing. "No one at the website has any relationship'
            ' with Zimmerman," the company wrote in its statement.\n\nIt added, "We want no'
            ' part in the listing on our web site."',
            "We want no part in the listing on our web site.",
            "GunBroker.com",
            "added",
            "It",
        ),
    ],
)
def test_it_goes_on_with_a_thing_that_spoke(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
