"""Who speaks a quote, named after it, in the next sentence or paragraphs on: one table per
way news text names the speaker.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at): the speaker is resolved to the person the article names, and its offsets point at the
mention that attributes the quote (a pronoun stays a pronoun there). The speakers named before
the quote, with the cue: ``test_quotes_speakers_before.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

AFTER_THE_QUOTE: list[Row] = [
    (
        "“The bridge will open in May,” Maria Lopez, the county engineer, told reporters.",
        "The bridge will open in May,",
        "Maria Lopez",
        "told reporters",
        "Maria Lopez",
    ),
    (
        "The budget is “a disaster for schools,” Maria Lopez said in a statement.",
        "a disaster for schools,",
        "Maria Lopez",
        "said",
        "Maria Lopez",
    ),
    # A question goes on in the writer's sentence when a lowercase word follows it.
    (
        "“Who will pay for the new roof?” a parent at the back of the hall asked.",
        "Who will pay for the new roof?",
        "parent",
        "asked",
        "parent",
    ),
    # A fragment opening a sentence, attributed at its last comma.
    (
        "Maria Lopez took questions.\n\n“We cannot win that way” without the rural vote, she said.",
        "We cannot win that way",
        "Maria Lopez",
        "said",
        "she",
    ),
    # A name after the speaker's noun and a preposition only describes the speaker.
    (
        "“The plan is dead,” said a longtime aide to Mayor Karen Bell.",
        "The plan is dead,",
        "longtime aide to Mayor Karen Bell",
        "said",
        "longtime aide to Mayor Karen Bell",
    ),
    # Any verb after a name hands the quote to it, at the sentence's end too, and after an
    # article and the words describing the name.
    (
        "Ana Ruiz spoke first. “Paris is not for sale,” Pierre Dubois retaliated.",
        "Paris is not for sale,",
        "Pierre Dubois",
        "retaliated",
        "Pierre Dubois",
    ),
    (
        "Ana Ruiz spoke first. “Paris is not for sale,” an angry Pierre Dubois retaliated.",
        "Paris is not for sale,",
        "Pierre Dubois",
        "retaliated",
        "Pierre Dubois",
    ),
    # A person's name goes on past a middle initial's full stop.
    (
        "“The plan is dead,” said Alderman Omar J. Reyes, who voted no.",
        "The plan is dead,",
        "Omar J. Reyes",
        "said",
        "Omar J. Reyes",
    ),
]


NEXT_SENTENCE: list[Row] = [
    (
        "“The water is safe to drink.” David Chen, the utility’s director, said on Monday.",
        "The water is safe to drink.",
        "David Chen",
        "said",
        "David Chen",
    ),
    # The next sentence goes on with the speech of a quote attributed after it.
    (
        "“We will rebuild the school,” said David Chen. “Classes resume in the autumn.”",
        "Classes resume in the autumn.",
        "David Chen",
        "said",
        "David Chen",
    ),
    # ... right after the sentence that attributes it, which may be one of its own ...
    (
        "“I’m not being paid!” Ana Ruiz declared, a point she likes to make on the radio."
        " “I make my own money.”",
        "I make my own money.",
        "Ana Ruiz",
        "declared",
        "Ana Ruiz",
    ),
    # ... not past a sentence of the writer's between them.
    (
        "“I try hard to coach my own,” Frank Moran laughs. His son Tom Moran explains"
        " he raised the money online. He won a scholarship in London. “The teachers are great.”",
        "The teachers are great.",
        "Tom Moran",
        "explains",
        "Tom Moran",
    ),
    # A speaker phrase does not reach back past the end of the sentence before the cue's.
    (
        'The police issued a statement. "The child was hurt," the statement read. The'
        ' statement added that the police would investigate. "Several photographers were in'
        ' the area."',
        "Several photographers were in the area.",
        "statement",
        "added",
        "statement",
    ),
    # ... but a cue followed by what it reports starts a speech of its own.
    (
        "Maria Lopez said the plan was “far too costly.” David Chen added that he agreed.",
        "far too costly.",
        "Maria Lopez",
        "said",
        "Maria Lopez",
    ),
    # ... even after a quote with no cue of its own: the subject of its sentence speaks
    (
        "Treasurer David Janetzki handed down a budget, blaming Labor for “a decade of waste.”"
        " Opposition leader Steven Miles said the budget broke promises.",
        "a decade of waste.",
        "David Janetzki",
        None,
        "David Janetzki",
    ),
    # ... and so does a cue whose sentence reports anew after a quote that ended its own:
    # the quote goes on with the speech before it
    (
        "“This is a dark day for our town,” Mayor Ana Ruiz said on Monday. “We will find who"
        " did this.” Police Chief Tom Reyes said detectives were studying video footage.",
        "We will find who did this.",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    (
        "“The rain stopped,” said David Chen. “The river did not.” He added, “We must leave.”",
        "The river did not.",
        "David Chen",
        "said",
        "David Chen",
    ),
    # ... nor a cue whose clause goes on with an infinitive: what it reports is new
    (
        "“We cannot keep raising fares,” the director of transit warned. “The choice is the"
        " council’s.” Councillor Ben Hale threatened to cut the transit budget.",
        "The choice is the council’s.",
        "director of transit",
        "warned",
        "director of transit",
    ),
    (
        "“Our shops need more buyers,” said Nora Vance, who chairs the market board. “Prices"
        " alone will not bring them.” Several grocers have pledged to extend their hours.",
        "Prices alone will not bring them.",
        "Nora Vance",
        "said",
        "Nora Vance",
    ),
    (
        "“The count took us all night,” Nora Vance said. “Every vote was checked.” She went on"
        " to say:\n\n“We will publish the results on Monday.”",
        "Every vote was checked.",
        "Nora Vance",
        "said",
        "Nora Vance",
    ),
    # ... nor a cue whose clause opens in capitals: a name's possessive, or a clause after a day
    (
        "“We lack housing. We lack workers,” Dr. Ana Ortiz said. “The two are connected.” Ben"
        " Hale, an economist at a local bank, said Tulsa’s growth has lagged for a decade.",
        "The two are connected.",
        "Ana Ortiz",
        "said",
        "Dr. Ana Ortiz",
    ),
    (
        "“The vote is final,” Ortiz said on Friday. “We will not reopen it.” Councillor Ben"
        " Hale said Sunday that the council would appeal.",
        "We will not reopen it.",
        "Ortiz",
        "said",
        "Ortiz",
    ),
    # ... but not a short attribution closing the next sentence
    (
        "“The bridge is closed.” Maria Lopez said on Tuesday.",
        "The bridge is closed.",
        "Maria Lopez",
        "said",
        "Maria Lopez",
    ),
    (
        "“The bridge is closed.” Maria Lopez told reporters.",
        "The bridge is closed.",
        "Maria Lopez",
        "told reporters",
        "Maria Lopez",
    ),
    (
        "“The bridge is closed.” Maria Lopez said Sunday.",
        "The bridge is closed.",
        "Maria Lopez",
        "said",
        "Maria Lopez",
    ),
    (
        "“The bridge is closed.” Maria Lopez told Tulsa’s council.",
        "The bridge is closed.",
        "Maria Lopez",
        "told",
        "Maria Lopez",
    ),
    (
        "“The bridge is closed.” Maria Lopez said to the crowd.",
        "The bridge is closed.",
        "Maria Lopez",
        "said",
        "Maria Lopez",
    ),
]


PRONOUN_ACROSS_PARAGRAPHS: list[Row] = [
    (
        "Maria Lopez met David Chen on Monday.\n\nThe talks ran late into the night.\n\n"
        "“We made real progress,” she said.",
        "We made real progress,",
        "Maria Lopez",
        "said",
        "she",
    ),
    (
        "Maria Lopez met David Chen on Monday.\n\nThe talks ran late into the night.\n\n"
        "“We made real progress,” he said.",
        "We made real progress,",
        "David Chen",
        "said",
        "he",
    ),
    # The pronoun right before the cue is its subject, adverbs aside.
    (
        "Two weeks after David Chen lost the vote, as he angrily said, “We will be back.”",
        "We will be back.",
        "David Chen",
        "said",
        "he",
    ),
]


ACCORDING_TO: list[Row] = [
    (
        "According to Maria Lopez, the budget is “a disaster for schools.”",
        "a disaster for schools.",
        "Maria Lopez",
        "according to",
        "Maria Lopez",
    ),
    (
        "According to the city treasurer, the plan is “fully funded.”",
        "fully funded.",
        "city treasurer",
        "according to",
        "city treasurer",
    ),
]


CONTINUATION_PARAGRAPHS: list[Row] = [
    (
        "David Chen said:\n\n“The roads are closed.\n\n“The schools will open on Monday.”",
        "The schools will open on Monday.",
        "David Chen",
        "said",
        "David Chen",
    ),
    (
        "“The roads are closed.\n\n“The schools will open on Monday,” David Chen said.",
        "The roads are closed.",
        "David Chen",
        "said",
        "David Chen",
    ),
    # A signature in the paragraph after a quote.
    (
        "“We will rebuild the school.”\n\n— Maria Lopez, head teacher",
        "We will rebuild the school.",
        "Maria Lopez",
        None,
        "Maria Lopez",
    ),
    # A middle initial's point does not cut the name that signs the quote.
    (
        "“The harbour will be open by spring.” ― Tomas K. Brandt, 52",
        "The harbour will be open by spring.",
        "Tomas K. Brandt",
        None,
        "Tomas K. Brandt",
    ),
    (
        "“Nobody asked the fishermen.”\n\n— Lena M. Okafor Reyes.",
        "Nobody asked the fishermen.",
        "Lena M. Okafor Reyes",
        None,
        "Lena M. Okafor Reyes",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), AFTER_THE_QUOTE)
def test_speaker_after_the_quote(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), NEXT_SENTENCE)
def test_speaker_in_the_next_sentence(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), PRONOUN_ACROSS_PARAGRAPHS)
def test_pronoun_across_paragraphs(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ACCORDING_TO)
def test_according_to(text: str, words: str, speaker: str, cue: str | None, mention: str) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), CONTINUATION_PARAGRAPHS)
def test_continuation_paragraphs(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


def test_continued_quote_has_one_speaker_in_every_paragraph() -> None:
    text = (
        "David Chen said:\n\n“The roads are closed.\n\n“The schools will open on Monday.\n\n"
        "“Buses will run as usual.”"
    )
    assert [(quote.text, quote.speaker) for quote in quotes(text)] == [
        ("The roads are closed.", "David Chen"),
        ("The schools will open on Monday.", "David Chen"),
        ("Buses will run as usual.", "David Chen"),
    ]


def test_titles_stay_titles_when_a_cue_follows() -> None:
    text = "On the radio show “Morning Edition,” Maria Lopez said the vote was close."
    assert quotes(text) == []


def test_a_heading_in_single_marks_is_no_quote() -> None:
    text = "The council met on Monday.\n\n‘A Long Night.’\n\nThe vote came after midnight."
    assert quotes(text) == []
