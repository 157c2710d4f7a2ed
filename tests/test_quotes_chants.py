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
        "More than 500 Cruz supporters roared when Texas was called for Ted Cruz moments after"
        " statewide polls closed. But their chants of “Ted! Ted! Ted! Ted” were cut short when"
        " news feeds shifted a few seconds later to Marco Rubio’s speech.",
        "Ted! Ted! Ted! Ted",
        None,
        "chants",
        "their",
    ),
    # the subject of the verb whose object the chant is, adverbs aside
    (
        "Boos rained down when Trump mentioned the former secretary of state, and at one point"
        " the crowd loudly reprised the caustic chant “Lock her up! Lock her up!” that"
        " ricocheted through the arena throughout the week.",
        "Lock her up! Lock her up!",
        "crowd",
        "chant",
        "crowd",
    ),
    (
        "Clinton supporters responded with chants of “I’m with her” until Clinton herself spoke.",
        "I’m with her",
        "Clinton supporters",
        "chants",
        "Clinton supporters",
    ),
    # heard, not chanted, by the subject: no one named
    (
        "On Feb. 22, a basketball team from Perry High, a school unusually diverse for the"
        " region, was met with chants of “Trump, Trump, Trump” and direct quotes about Trump’s"
        " plan to deport immigrants.",
        "Trump, Trump, Trump",
        None,
        "chants",
        None,
    ),
    (
        'Walking into the office to chants of "Marco! Marco!," the senator said his campaign'
        ' here was "closing really strong."',
        "Marco! Marco!,",
        None,
        "chants",
        None,
    ),
    (
        'And there were near-constant calls of "Feel the Bern" and "Love you, Bernie" as he'
        " passed by, along with honks of approval from cars on the street.",
        "Feel the Bern",
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
        "Trump calls it “a total disaster” for the party.",
        "a total disaster",
        "Trump",
        "calls",
        "Trump",
    )


def test_a_title_after_a_verb_of_naming_stays_a_title() -> None:
    # only a noun of chanting makes capitalized words speech: 'wrote “Tough Choices”' stays
    texts = [quote.text for quote in quotes("She wrote “Tough Choices” in 2014.")]
    assert texts == []
