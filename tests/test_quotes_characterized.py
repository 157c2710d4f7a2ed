"""A quote right after a verb's object and "as" is the subject's characterization of that
object, though no verb of speech stands there ('Ana Ruiz defended her deputy as a “fine
public servant”'): the check ``characterized-as``, evidence "as", no cue. Not after a
comparison ("such as", "as well as"), a verb with no object ("serves as", "known as"), a
participle or gerund ("billed as", "acting as"), a passive or a copula ("was listed
as"), nor in single marks (a headline's style).."""

from __future__ import annotations

import pytest

import newsfacts
from quote_checks import check, quotes

CHARACTERIZED = [
    # (text, quoted words, speaker, the words the speaker offsets point at)
    (
        "Mayor Ana Ruiz defended her deputy as a “fine public servant” on Monday.",
        "fine public servant",
        "Ana Ruiz",
        "Ana Ruiz",
    ),
    (
        "In recent weeks, Tom Lee has gone after his rival as a “career politician” and a"
        " “coward.”",
        "career politician",
        "Tom Lee",
        "Tom Lee",
    ),
    # the second quote of the phrase goes on with the first
    (
        "In recent weeks, Tom Lee has gone after his rival as a “career politician” and a"
        " “coward.”",
        "coward.",
        "Tom Lee",
        "Tom Lee",
    ),
    # "being" after "as"
    (
        "Senator Dana Kirby later shrugged off the audit as being “sloppy.”",
        "sloppy.",
        "Dana Kirby",
        "Dana Kirby",
    ),
    # the verb's subject, not the person the sentence named first (was "Ana Ruiz")
    (
        "The vote revived the harbor plan of Mayor Ana Ruiz, a plan Tom Lee brushed aside as"
        " “a fantasy” last year.",
        "a fantasy",
        "Tom Lee",
        "Tom Lee",
    ),
    # an adverb after the object
    (
        "Ana Ruiz met the minister at noon, addressing him warmly as “the professor” all"
        " through lunch.",
        "the professor",
        "Ana Ruiz",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "mention"), CHARACTERIZED)
def test_the_subject_characterizes_the_object(
    text: str, words: str, speaker: str, mention: str
) -> None:
    check(text, words, speaker, None, mention)


NOT_CHARACTERIZED = [
    # a passive: the subject is named so
    ("The driver, Ana Ruiz, was listed as a “person of interest” after the crash.",),
    # a participle with no object
    ("Tom Lee spoke at a rally billed as a “festival of ideas” in the park.",),
    # a gerund
    ("Tom Lee is back on stage, acting as the “voice of reason” for the tour.",),
    # a comparison
    ("Ana Ruiz listed words such as “maybe” and “soon” in her notes.",),
    # a verb of the table, no object
    ("Ana Ruiz, known locally as “the teacher,” runs the shelter.",),
    # single marks: a headline's style
    ("Ruiz backs pact as ‘real progress’ for farmers.",),
]


@pytest.mark.parametrize(("text",), NOT_CHARACTERIZED)
def test_no_characterization_no_quote(text: str) -> None:
    assert quotes(text) == []


def test_a_cue_before_keeps_its_name() -> None:
    # "described" is a cue: the cue before the quote in its sentence holds first
    check(
        "Ana Ruiz described the budget as “reckless.”",
        "reckless.",
        "Ana Ruiz",
        "described",
        "Ana Ruiz",
    )


def test_the_trace_shows_the_check() -> None:
    result = newsfacts.Extractor(["quotes"], trace=True).extract(
        "Tom Lee openly admires the new coach as a “true leader” of the club."
    )
    [decision] = [step for step in result.trace if step.reason == "characterized-as"]
    assert (decision.text, decision.outcome) == ("true leader", "attributed")
    assert decision.steps[-1].evidence == "as"
