"""Who speaks a quote named before it, with the cue: a name between the cue and the quote,
a crowd before a participle of its voice, adverbs before the cue, a colon's introduction.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

# A cue before a quote with a name alone between them: the name is the cue's subject
NAMED_BETWEEN_CUE_AND_QUOTE: list[Row] = [
    (
        "Sam Novak worked for the developer for years. But, said Novak, “I would rather stay"
        " neutral.”",
        "I would rather stay neutral.",
        "Sam Novak",
        "said",
        "Novak",
    ),
    (
        "The calendar was set early, explained Ana Rosenberg, “because the party wanted it.”",
        "because the party wanted it.",
        "Ana Rosenberg",
        "explained",
        "Ana Rosenberg",
    ),
    # a title's words in lower case inside the name (was the speaker "plain terms")
    (
        "The panel asked the mayor about the budget. In plain terms, explained NBC moderator"
        " Jane Doe: “Where will the money come from?”",
        "Where will the money come from?",
        "Jane Doe",
        "explained",
        "Jane Doe",
    ),
    # a preposition's phrase after the name is no title: no speaker is read there
    (
        "The panel asked the mayor about the budget. But, wrote Ortiz on Twitter: “Where will"
        " the money come from?”",
        "Where will the money come from?",
        None,
        "wrote",
        None,
    ),
    # the one told is no speaker
    (
        "Tom Reyes, a delegate on the slate, told Politico, “I like the governor best.”",
        "I like the governor best.",
        "Tom Reyes",
        "told",
        "Tom Reyes",
    ),
    # a day is no name: the subject before the cue speaks
    (
        "Mayor Tom Reyes, asked about the bridge, said Tuesday: “We will build it.”",
        "We will build it.",
        "Tom Reyes",
        "said",
        "Tom Reyes",
    ),
]


# A crowd right before a participle of its voice chants or shouts the words
CROWDS: list[Row] = [
    (
        "The march stopped at the bridge, with many walkers and onlookers chanting"
        " “We stand together.”",
        "We stand together.",
        "many walkers and onlookers",
        "chanting",
        "many walkers and onlookers",
    ),
    (
        "Mayor Tom Lee spoke to 300 supporters chanting “Four more years!”",
        "Four more years!",
        "300 supporters",
        "chanting",
        "300 supporters",
    ),
    # "saying" is most often the clause's subject's
    (
        "Mayor Tom Lee thanked residents saying “We did it together.”",
        "We did it together.",
        "Tom Lee",
        "saying",
        "Tom Lee",
    ),
]


# An adverb or a participle before the cue names no one, nor does the owner of the remarks
# the subject characterizes: the subject stands before them.
ADVERBS_BEFORE_THE_CUE: list[Row] = [
    (
        "Council member Maria Lopez, who chaired the meeting, then sharply asked, “Who pays?”",
        "Who pays?",
        "Maria Lopez",
        "asked",
        "Maria Lopez",
    ),
    # A possessed "remarks" is the noun: the quote is the subject's word for them.
    (
        "Mayor Jane Roe spoke on Monday. Governor Tom Hill denounced Roe’s remarks as “reckless.”",
        "reckless.",
        "Tom Hill",
        "denounced",
        "Tom Hill",
    ),
    (
        "“The deal is off,” Maria Lopez said, going on to claim the board “lost a year.”",
        "lost a year.",
        "Maria Lopez",
        "claim",
        "Maria Lopez",
    ),
    # An auxiliary and an adverb set off from the subject by commas name no one.
    (
        "The health minister, Maria Lopez, has just told MPs: “The waiting lists are falling.”",
        "The waiting lists are falling.",
        "Maria Lopez",
        "told",
        "Maria Lopez",
    ),
    (
        "The finance minister has long said: “We will not raise taxes.”",
        "We will not raise taxes.",
        "finance minister",
        "said",
        "finance minister",
    ),
    # A possessive is no verb ending the subject: "minister’s" is not "minister says".
    (
        "“We will meet our targets,” the prime minister’s office said in a statement, adding:"
        " “The plan is on track.”",
        "The plan is on track.",
        "prime minister’s office",
        "adding",
        "prime minister’s office",
    ),
]


COLON_INTRODUCTION: list[Row] = [
    (
        "Maria Lopez was blunt: “We lost the vote.”",
        "We lost the vote.",
        "Maria Lopez",
        None,
        "Maria Lopez",
    ),
    (
        "Maria Lopez was blunt about the result.\n\n“We lost the vote, and we will not hide it.”",
        "We lost the vote, and we will not hide it.",
        "Maria Lopez",
        None,
        "Maria Lopez",
    ),
    # A sentence opening with the owner of what was said: the owner speaks.
    (
        "Maria Lopez met the shareholders on Monday. Her message to investors was blunt:"
        " “We will not cut the dividend.”",
        "We will not cut the dividend.",
        "Maria Lopez",
        None,
        "Her",
    ),
    (
        "The Kremlin’s response was swift: “These claims are absurd.”",
        "These claims are absurd.",
        "Kremlin",
        None,
        "Kremlin",
    ),
    (
        "The Kenyan governor’s reply was that “the budget cannot hold.”",
        "the budget cannot hold.",
        "Kenyan governor",
        None,
        "Kenyan governor",
    ),
]


# A past participle after a conjunction ("when asked", "if pressed") is a passive clause cut
# short: its subject was asked, and the cue before it speaks.
CUT_SHORT_PASSIVE: list[Row] = [
    (
        "Tom Lee told the Senate when asked about the talks, “There is no deal yet.”",
        "There is no deal yet.",
        "Tom Lee",
        "told",
        "Tom Lee",
    ),
    (
        "The mayor told reporters when repeatedly asked about the delay: “We are doing all"
        " we can.”",
        "We are doing all we can.",
        "mayor",
        "told reporters",
        "mayor",
    ),
    (
        "The inquiry is up to Attorney General Ana Ruiz, who told Congress if pressed on the"
        " matter: “Career agents are handling it.”",
        "Career agents are handling it.",
        "Ana Ruiz",
        "told",
        "who",
    ),
    # the only cue before the quote: its subject answers, as before
    (
        "Ana Ruiz smiled when asked about Tom Lee: “He is a friend.”",
        "He is a friend.",
        "Ana Ruiz",
        "asked",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention"), NAMED_BETWEEN_CUE_AND_QUOTE
)
def test_a_name_between_a_cue_and_its_quote_speaks(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), CROWDS)
def test_a_crowd_right_before_a_participle_of_its_voice_speaks(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ADVERBS_BEFORE_THE_CUE)
def test_adverbs_before_the_cue(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), COLON_INTRODUCTION)
def test_colon_introduction(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), CUT_SHORT_PASSIVE)
def test_a_passive_clause_cut_short_is_no_cue_after_another(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


# "cited" and "cites" are cues, their object the words quoted (was no one, no cue)
CITED: list[Row] = [
    (
        "The visiting team cited “broken showers and blocked drains” in its complaint.",
        "broken showers and blocked drains",
        "visiting team",
        "cited",
        "visiting team",
    ),
    (
        "Revenue fell 4% in the quarter. Nordwell Corp. cites “weaker demand from builders in"
        " the region.”",
        "weaker demand from builders in the region.",
        "Nordwell Corp.",
        "cites",
        "Nordwell Corp.",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), CITED)
def test_cited_is_a_cue(text: str, words: str, speaker: str, cue: str, mention: str) -> None:
    check(text, words, speaker, cue, mention)
