"""A pronoun that speaks with an auxiliary, adverb or contracted verb between it and its cue
("he did say", "she will say", "he's said"): the person it stands for, as for "he said"; an
"it" so far from its cue stays unresolved, its offsets on the pronoun. An object pronoun
alone where the one who speaks is named ("According to him,", "quoted her as saying", "by
her") is read as "he" or "she".

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # an auxiliary between the pronoun and its cue
    (
        "While Sheldon Adelson did not disclose how much he would give, he did say he found"
        " the candidate “very charming.”",
        "very charming.",
        "Sheldon Adelson",
        "say",
        "he",
    ),
    (
        "Michelle Obama will speak on Monday night. “We cannot afford to sit this one out,”"
        " she will say.",
        "We cannot afford to sit this one out,",
        "Michelle Obama",
        "say",
        "she",
    ),
    # a verb contracted onto the pronoun
    (
        "Ever since Bernie Sanders joined the contest, he's said one line at each stop:"
        " “It's not about me.”",
        "It's not about me.",
        "Bernie Sanders",
        "said",
        "he",
    ),
    # "all but" before the cue
    (
        "Look at Senator Tom Hale. In 2013, he had all but accused the Fed of trying to"
        " “debase” the dollar.",
        "debase",
        "Tom Hale",
        "accused",
        "he",
    ),
    # an "it" with an adverb before its cue: unresolved, not the organization named last
    (
        "Senator Ana Ruiz met the Senate Finance Committee. On her campaign website, “This is"
        " your movement,” it now says.",
        "This is your movement,",
        None,
        "says",
        "it",
    ),
]


# A pronoun opening its sentence before a verb, read as the subject of a quote with no cue
# or of a participle: as above
OPENING_ROWS: list[Row] = [
    (
        "President Donald Trump ordered new tariffs on Thursday. He's also instructed his"
        " trade secretary “to draw up a plan to shield our growers.”",
        "to draw up a plan to shield our growers.",
        "Donald Trump",
        None,
        "He",
    ),
    (
        "The lawsuit was filed against the State Department on Monday. It goes on to fault its"
        " email policy, saying the records were “compromised.”",
        "compromised.",
        None,
        "saying",
        "It",
    ),
    # the writer's "I": unresolved
    (
        "I spent Monday writing to an editor without saying, “This is the thinnest"
        " plot I have ever read.”",
        "This is the thinnest plot I have ever read.",
        None,
        "saying",
        "I",
    ),
    # a "they", "we" or "I" before a verb with no ending to read: the pronoun, unresolved
    # (was the speaker "They feel", "We believe")
    (
        "Voters care about jobs. They feel the gains in pay are real.\n\n"
        '"Behind this debate is a dispute about the past."',
        "Behind this debate is a dispute about the past.",
        None,
        None,
        "They",
    ),
    (
        "The union met on Monday. We believe the deal is fair.\n\n“It protects every worker.”",
        "It protects every worker.",
        None,
        None,
        "We",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), OPENING_ROWS)
def test_pronoun_opening_sentence(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


OBJECT_ROWS: list[Row] = [
    (
        "Defence chief Tukur Buratai addressed the new cadets on Thursday. According to him,"
        " “when you train the police well, you make the streets safer.”",
        "when you train the police well, you make the streets safer.",
        "Tukur Buratai",
        "according to",
        "him",
    ),
    (
        "Anna Petrova phoned her sister in Omsk. “All is well, nobody was hurt,”"
        " Interfax quoted her as saying.",
        "All is well, nobody was hurt,",
        "Anna Petrova",
        "saying",
        "her",
    ),
    (
        "Tom Baxter met Senator Ana Ruiz in March. He was later called “a disgrace” by her.",
        "a disgrace",
        "Ana Ruiz",
        "called",
        "her",
    ),
    # "them": no organization is guessed
    (
        "The cadets met Ana Ruiz and the Nigerian Air Force. According to them, “the training"
        " was the hardest of our lives.”",
        "the training was the hardest of our lives.",
        None,
        "according to",
        "them",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), OBJECT_ROWS)
def test_object_pronoun_alone(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_pronoun_before_auxiliary(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
