"""Words a crowd chants, after a noun of chanting ("their chants of “...”", "the chant
“...”"): quoted speech with no cue verb, spoken by the noun's owner,
the subject of the verb whose object the chant is, or no one the sentence names.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

CHANTS: list[Row] = [
    # the owner: "their" stands for a crowd no field names, and marks it
    (
        "About 400 Walsh fans cheered when Ohio was called for Peter Walsh an hour after"
        " the last polls closed. But their chants of “Pete! Pete! Pete! Pete” were drowned out"
        " when the screens cut a moment later to Laura Finch’s speech.",
        "Pete! Pete! Pete! Pete",
        None,
        "chants",
        "their",
    ),
    # the subject of the verb whose object the chant is, adverbs aside
    (
        "Jeers rose when Walsh named the former mayor, and at one point"
        " the crowd loudly repeated the angry chant “Send him home! Send him home!” that"
        " had echoed around the hall all weekend.",
        "Send him home! Send him home!",
        "crowd",
        "chant",
        "crowd",
    ),
    (
        "Finch supporters answered with chants of “Four more years” until Finch herself spoke.",
        "Four more years",
        "Finch supporters",
        "chants",
        "Finch supporters",
    ),
    # heard, not chanted, by the subject: no one named
    (
        "On May 9, a soccer side from Ridgeway High, a school more diverse than most in the"
        " county, was met with loud chants of “Walsh, Walsh, Walsh” and taunts about Walsh’s"
        " plan to close the border.",
        "Walsh, Walsh, Walsh",
        None,
        "chants",
        None,
    ),
    (
        'Stepping into the hall to chants of "Laura! Laura!," the senator said her campaign'
        ' there was "finishing very well."',
        "Laura! Laura!,",
        None,
        "chants",
        None,
    ),
    (
        'And there were steady calls of "Go, Laura, go" and "We love you, Laura" as she'
        " walked past, along with horns of support from cars on the road.",
        "Go, Laura, go",
        None,
        "calls",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), CHANTS)
def test_words_chanted_are_quoted(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)


def test_a_noun_of_chanting_that_is_a_verb_before_a_quote_is_a_cue() -> None:
    # "calls" with no "of": the verb, its subject speaks
    check(
        "Walsh calls it “a complete failure” for the city.",
        "a complete failure",
        "Walsh",
        "calls",
        "Walsh",
    )


def test_a_title_after_a_verb_of_naming_stays_a_title() -> None:
    # only a noun of chanting makes capitalized words speech: 'wrote “Tough Choices”' stays
    texts = [quote.text for quote in quotes("She wrote “Tough Choices” in 2014.")]
    assert texts == []
