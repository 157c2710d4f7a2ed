"""A quote with no cue: the noun phrase opening its sentence speaks when a verb follows it,
not when a form of "be" says what the phrase is."""

from __future__ import annotations

import pytest

from quote_checks import check


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention"),
    [
        # a street is what a sentence describes, no one who speaks
        (
            "The shops stand near the Harbor Point crossing. Canal Street was the"
            " last stop of the “ferry called Hope,” after it sailed past the mill and"
            " the old docks.",
            "ferry called Hope,",
            None,
            None,
            None,
        ),
        # the "she" and cue closing the sentence (tests/test_quotes_closing_subjects.py),
        # not "new desk"
        (
            'Maria Lopez, stage manager, said the old "badly outdated"'
            " sound desk was bought 25 years ago. The new desk is"
            ' "fully modern" and will be simpler to run and fix, she said.',
            "fully modern",
            "Maria Lopez",
            "said",
            "she",
        ),
        # "are" and a participle make a verb's voice: the phrase still speaks
        (
            'Respondents are obliged to answer: "In which year did this person first move to'
            ' Canada?" If this person moved more than once, they give the most recent year.',
            "In which year did this person first move to Canada?",
            "Respondents",
            None,
            "Respondents",
        ),
    ],
)
def test_being_names_no_speaker(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
