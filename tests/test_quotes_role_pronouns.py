"""A "he" or "she" that speaks after a role noun opened a sentence as the subject of a verb
("The chief constable said ... “...,” she said.", "The Party chief spoke at ..."):
the role's holder the article names, past a person named later in the role's sentence,
else, with no one named before who fits the pronoun, the role's phrase; a role no one
holds after a person named is that person again, unless "a" brings in someone new."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # no one named: the role's phrase, offsets on the pronoun
    (
        "The chief constable said the force had failed the families. “We got this wrong,”"
        " she said.",
        "We got this wrong,",
        "chief constable",
        "said",
        "she",
    ),
    # across a paragraph, an adverb before the cue
    (
        "The head teacher sharply criticised the decision.\n\n“The children deserve better,”"
        " he told parents.",
        "The children deserve better,",
        "head teacher",
        "told",
        "he",
    ),
    # the person named with the role, past someone of another role named between
    (
        "Mayor Tom Ruiz opened the session. Ana Lopez, a local councillor, spoke first. The"
        " mayor said the city would appeal. “We will fight this,” he told reporters.",
        "We will fight this,",
        "Tom Ruiz",
        "told reporters",
        "he",
    ),
    # a role no one is said to hold after a person named: that person, as before
    (
        "Senator Ann Vance has led the inquiry since March. The lawmaker said the report was"
        " late. “We need answers,” she said.",
        "We need answers,",
        "Ann Vance",
        "said",
        "she",
    ),
    # "a" brings in someone new after a person named: the new role's phrase
    (
        "Union leader Ray Dunn blamed the operator. “Enough is enough,” he said.\n\nA"
        " company spokesman said drivers had been offered a rise. “This is a fair offer,”"
        " he said.",
        "This is a fair offer,",
        "company spokesman",
        "said",
        "he",
    ),
    # but not when the person is named in the role's own sentence, after the role
    (
        "A campaign aide said later that Senator Ann Vance had misspoken. “I stand by every"
        " word,” she said.",
        "I stand by every word,",
        "Ann Vance",
        "said",
        "she",
    ),
    # a verb that is no cue after the role; the person named later in its sentence (an
    # object) is no subject
    (
        "Norway wants Canada to play a larger role in the Arctic, Labour Party chief"
        " Erik Lund said on Tuesday. The Party chief spoke at a lunch for"
        " visiting Canadian Minister of Defence Paul Grant in Oslo on March 12. “Norway"
        " has long valued its close friendship with Canada,” he stated.",
        "Norway has long valued its close friendship with Canada,",
        "Erik Lund",
        "stated",
        "he",
    ),
    (
        "Sen. Marco Rubio of Florida spoke in Miami on Tuesday.\n\nThe"
        " Florida senator urged his backers to stay calm, a jab at the scuffles seen at"
        " some of Donald Trump’s rallies.\n\n“We will not give in to anger,” he said.",
        "We will not give in to anger,",
        "Marco Rubio",
        "said",
        "he",
    ),
    # a person named in a sentence after the role's: that person, as before
    (
        "Mayor Tom Ruiz opened the session. The mayor arrived late. Governor Jim Hale spoke"
        " first. “We will fight this,” he told reporters.",
        "We will fight this,",
        "Jim Hale",
        "told reporters",
        "he",
    ),
    # no noun for a person: the pronoun stays unresolved
    (
        "The report said the force had failed. “We got this wrong,” she said.",
        "We got this wrong,",
        None,
        "said",
        "she",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_pronoun_after_role_subject(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


def test_a_name_glued_to_a_compound_does_not_speak_for_its_noun() -> None:
    text = (
        "Nora Vance spoke on Monday. The paper’s anti-tax/Vance cheerleading headline reads:"
        " “Repeat after me: the plan works.”"
    )
    check(
        text,
        "Repeat after me: the plan works.",
        "paper’s anti-tax/Vance cheerleading headline",
        "reads",
        "paper’s anti-tax/Vance cheerleading headline",
    )
