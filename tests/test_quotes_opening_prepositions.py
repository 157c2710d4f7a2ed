"""A preposition's phrase opening a sentence is no part of its subject: the speaker is read
after it, at the first determiner that is not the preposition's object's ("At one point| the
mayor said"), and none is read in the object itself ("In the past 48 hours" named "past 48").
A number or "least" after the preposition makes it an approximation of the subject ("About
four in 10 voters say"), a pronoun a clause ("after she attacked"), and "From the report:"
names where the words come from: those are read as before.

Every row is (text, quoted words, speaker's full name, cue).
"""

from __future__ import annotations

import pytest

from quote_checks import speaker_and_cue

OPENING_PREPOSITIONS = [
    # the subject after the preposition's phrase (was "one point the mayor")
    (
        "Mayor Karen Bass spoke for an hour. At one point the mayor said, “We will not back"
        " down from this fight.”",
        "We will not back down from this fight.",
        "Karen Bass",
        "said",
    ),
    # (were no one)
    (
        "In the past 48 hours the health agency said it had seen “no new cases at all.”",
        "no new cases at all.",
        "health agency",
        "said",
    ),
    (
        "At the end of the day the senator told reporters it was “a good deal for Ohio.”",
        "a good deal for Ohio.",
        "senator",
        "told reporters",
    ),
    # a preposition's phrase set off inside an appositive (was "slow rise of talk radio")
    (
        "Nora Castillo is a lecturer at Boston College. Castillo, the author of"
        ' "Loud Rooms," about the slow rise of talk radio, said the years when the country'
        ' shared "one common newspaper" are over.',
        "one common newspaper",
        "Nora Castillo",
        "said",
    ),
    # as before: an approximation, a clause, a source
    (
        "About four in 10 voters say the economy is “the most important issue.”",
        "the most important issue.",
        "four in 10 voters",
        "say",
    ),
    (
        "About 200 protesters gathered outside, chanting “Dump Trump.”",
        "Dump Trump.",
        "200 protesters",
        "chanting",
    ),
    (
        "Ohio Gov. Mark Santos described Anna Reed as a “failure” after she"
        " attacked the state's teachers and blamed low scores on “weak discipline” in"
        " schools.",
        "weak discipline",
        "Anna Reed",
        "blamed",
    ),
    (
        "From the report: “Not every online survey can be trusted.”",
        "Not every online survey can be trusted.",
        "report",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue"), OPENING_PREPOSITIONS)
def test_opening_prepositions(text: str, words: str, speaker: str, cue: str | None) -> None:
    assert speaker_and_cue(text, words) == (speaker, cue)


def test_a_prepositions_object_opening_the_sentence_is_no_subject() -> None:
    # the subject read at the sentence's opening for a quote with no cue (was "past 48")
    words = "We are very worried about what comes next."
    text = f"In the past 48 hours, the virus has spread: “{words}”"
    assert speaker_and_cue(text, words) == (None, None)
