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
            "The houses stand near the Elysian Fields intersection. Royal Street was the"
            " return route of the “streetcar named Desire,” after it rolled down Bourbon and"
            " Dauphine streets.",
            "streetcar named Desire,",
            None,
            None,
            None,
        ),
        # the speaker (and cue) of the quote before in the paragraph, not "new system"
        (
            'Chad LaBumbard, technical director, said the current "extremely antiquated"'
            " lighting control system was installed 30 years ago. The new system is"
            ' "industry standard" and will be easier to maintain and repair, he said.',
            "industry standard",
            "Chad LaBumbard",
            "said",
            "Chad LaBumbard",
        ),
        # "are" and a participle make a verb's voice: the phrase still speaks
        (
            'Respondents are obliged to disclose: "When did this person come to live in the'
            ' United States?" If this person came more than once, they print the latest year.',
            "When did this person come to live in the United States?",
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
