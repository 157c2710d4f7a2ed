"""Quotes no check of ``ATTRIBUTION_CHECKS`` attributes (:mod:`newsfacts_quotes.extract`),
read once every quote has had its checks. A speech running over several paragraphs and
attributed only in its last passes that attribution back to its first; otherwise the speaker
is guessed (``guessed=True``): the first person or he/she of the quote's sentence before the
opening mark (that of the main clause first), else the speaker of the quote just before in a
run of one person's quotes, else who the sentence before a paragraph that is all quote
names."""

from __future__ import annotations

from collections.abc import Sequence

import newsfacts
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes import stretches as st
from newsfacts_quotes.attribution import Attribution, Attributor
from newsfacts_quotes.marks import Span
from newsfacts_quotes.mentions import Speaker
from newsfacts_quotes.speaker_checks import BEFORE_REACH
from newsfacts_quotes.stories import new_story

_MAX_GAP = 200  # white space looked through between two paragraphs


def attribute_rest(
    attributor: Attributor,
    spans: Sequence[Span],
    attributions: list[Attribution | None],
    floors: Sequence[int],
    stories: Sequence[int],
) -> None:
    """Fill in ``attributions`` (one per quote of ``spans``, None where no check held);
    ``floors`` are where each quote's checks began to read."""
    _fill_continued(spans, attributions, stories)
    for index, span in enumerate(spans):
        if attributions[index] is None:
            attributions[index] = (
                guess(attributor, span, floors[index])
                or _recent(attributor.document, spans, attributions, index, stories)
                or _introducer(attributor, span)
            )


def guess(attributor: Attributor, span: Span, floor: int) -> Attribution | None:
    """A quote with no cue ('boomed: “Let’s win.”'): the first person or he/she of its
    sentence before the opening mark."""
    speakers = attributor.speakers
    sentence = attributor.document.sentence_at(span.open)
    floor = max(floor, sentence.start if sentence else span.open)
    start = st.reach_start(attributor.text, floor, span.open, BEFORE_REACH)
    opens = sentence is not None and start == sentence.start
    speaker = _first_speaker(attributor, start, span.open, opens=opens)
    if speaker is None and sentence is not None and sentence.start >= start:
        speaker = speakers.speech_owner(sentence.start, span.open) or speakers.opening_subject(
            sentence.start, span.open, acting=True
        )
    return Attribution(None, speaker, None, True, guessed=True) if speaker else None


def _first_speaker(attributor: Attributor, start: int, end: int, *, opens: bool) -> Speaker | None:
    """The first person or he/she of ``start``..``end``, that of the main clause first
    when ``start`` opens a sentence (see :func:`_main_clause`)."""
    main = _main_clause(attributor, start, end) if opens else 0
    return (main and attributor.speakers.first_speaker(main, end)) or (
        attributor.speakers.first_speaker(start, end)
    )


def _main_clause(attributor: Attributor, start: int, end: int) -> int:
    """Where the main clause starts after a phrase opening the sentence at ``start``, set
    off by a comma: a clause of its own ("When Ana Ruiz died, Mayor Tom Lee released a
    statement:"), a preposition's phrase ("Before Tom Lee's speech, ...") or a
    participle's ("Preceded at the lectern by Tom Lee, ...", "Filling in for Tom Lee,
    ..."); 0 if none (not a name opening the sentence: "Manning, ...")."""
    text = attributor.text
    first = lx.WORD.match(text, start, end)
    if first is None or attributor.speakers.people.inside(start, first.end(), spilling=True):
        return 0
    word = first.group()
    lowered = word.lower()
    opener = (
        lowered in lx.SUBORDINATORS
        or lowered in lx.TRAILING_PREPOSITIONS
        or (word[1:].islower() and lowered.endswith(("ing", "ed")))
    )
    comma = text.find(",", first.end(), end) if opener else -1
    return comma + 1 if comma >= 0 else 0


def _introducer(attributor: Attributor, span: Span) -> Attribution | None:
    """A paragraph that is all quote, after a paragraph whose last sentence names who
    speaks: 'Ms Ortiz was blunt about the budget.' then '“We cannot pay for it.”'."""
    text, document = attributor.text, attributor.document
    paragraph = document.paragraph_at(span.open)
    if paragraph is None or not attributor.only_marks(paragraph.start, span.open):
        return None
    end = paragraph.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    sentence = document.sentence_at(end - 1) if end else None
    if sentence is None or st.has_mark(text, sentence.start, end):
        return None
    # "In an Instagram video, Trump said ..." then "“...”": the main clause's subject
    speaker = _first_speaker(
        attributor, sentence.start, end, opens=True
    ) or attributor.speakers.opening_subject(sentence.start, end)
    return Attribution(None, speaker, None, True, guessed=True) if speaker else None


def _recent(
    document: newsfacts.Document,
    spans: Sequence[Span],
    attributions: Sequence[Attribution | None],
    index: int,
    stories: Sequence[int],
) -> Attribution | None:
    """The speaker of the quote just before, in this paragraph or the one before and in the
    same story: a guess for a quote nobody is said to speak, in a run of one person's
    quotes."""
    previous = attributions[index - 1] if index else None
    if previous is None or new_story(stories, spans[index - 1].close, spans[index].open):
        return None
    here = document.paragraph_at(spans[index].open)
    before = document.paragraph_at(spans[index - 1].open)
    if here is None or before is None:
        return None
    gap = document.text[max(0, here.start - _MAX_GAP) : here.start]
    previous_end = here.start - (len(gap) - len(gap.rstrip()))
    previous_paragraph = document.paragraph_at(previous_end - 1) if previous_end else None
    if before != here and before != previous_paragraph:
        return None
    return previous._replace(guessed=True)


def _fill_continued(
    spans: Sequence[Span], attributions: list[Attribution | None], stories: Sequence[int]
) -> None:
    # A speech running over several paragraphs is often attributed only in its last one.
    for index in range(len(spans) - 2, -1, -1):
        if (
            spans[index].continues
            and attributions[index] is None
            and not new_story(stories, spans[index].close, spans[index + 1].open)
        ):
            attributions[index] = attributions[index + 1]
