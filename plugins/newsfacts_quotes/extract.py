"""Quotes of one document: pair the marks, attribute each quote, inherit across a speech."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

import newsfacts
from newsfacts.plugin import Quote
from newsfacts_quotes.attribution import Attribution, Attributor, is_partial, trim
from newsfacts_quotes.marks import Span, article_quotes
from newsfacts_quotes.speakers import Speakers

# A quote nobody is said to speak is kept only when it reads as speech, not as scare quotes
# or a title: a few words ending like a sentence.
_MIN_UNATTRIBUTED_WORDS = 3
# A quote opening a paragraph continues the speech of an attributed quote just before it,
# when at most the attribution ('” Trump said.') stands between them.
_MAX_WORDS_BETWEEN = 8
_MAX_TITLE_WORDS = 8
_MAX_GAP = 200  # white space looked through between two paragraphs


def extract_quotes(
    document: newsfacts.Document,
    people: Sequence[newsfacts.Fact],
    organizations: Sequence[newsfacts.Fact],
) -> list[Quote]:
    """The quotes of ``document``, speakers resolved with its people and organizations."""
    text = document.text
    spans = [span for span in article_quotes(text, document.paragraphs) if span.depth == 0]
    quoted = [(span.start, span.close) for span in spans]
    attributor = Attributor(document, Speakers(text, people, organizations, quoted))
    attributions: list[Attribution | None] = []
    floors: list[int] = []
    for index, span in enumerate(spans):
        paragraph = document.paragraph_at(span.open)
        assert paragraph is not None  # a quote mark is never outside a paragraph
        following = spans[index + 1].open if index + 1 < len(spans) else len(text)
        floor = paragraph.start
        if index > 0 and spans[index - 1].close >= paragraph.start:
            floor = spans[index - 1].close_end
        attribution = None
        if span.closed:
            attribution = attributor.after(span, min(following, paragraph.end))
        if attribution is None:
            attribution = attributor.before(span.open, floor)
        if attribution is None and span.open == paragraph.start:
            attribution = _introduced(text, document, attributor, paragraph.start)
        if attribution is None and index > 0:
            attribution = _inherited(text, spans, index, attributions, paragraph.start)
        attributions.append(attribution)
        floors.append(floor)
    _fill_continued(spans, attributions)
    for index, span in enumerate(spans):
        if attributions[index] is None:
            attributions[index] = attributor.guess(span, floors[index]) or _recent(
                document, spans, attributions, index
            )
    return [
        quote
        for span, attribution in zip(spans, attributions, strict=True)
        if (quote := _quote(text, span, attribution)) is not None
    ]


def _introduced(
    text: str, document: newsfacts.Document, attributor: Attributor, start: int
) -> Attribution | None:
    """The attribution of a paragraph-long quote introduced by 'Warren said:' just before."""
    index = start - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    if index < 0 or text[index] != ":":
        return None
    previous = document.paragraph_at(index)
    return attributor.before(index, previous.start) if previous else None


def _inherited(
    text: str,
    spans: Sequence[Span],
    index: int,
    attributions: Sequence[Attribution | None],
    paragraph_start: int,
) -> Attribution | None:
    previous, inherited = spans[index - 1], attributions[index - 1]
    if inherited is None:
        return None
    if previous.continues or previous.close >= paragraph_start:
        return inherited
    # A quote opening the paragraph right after an attributed quote goes on with that speech.
    between = text[previous.close_end : spans[index].open]
    if spans[index].open == paragraph_start and len(between.split()) <= _MAX_WORDS_BETWEEN:
        return inherited
    return None


def _is_title(text: str, span: Span, start: int, end: int) -> bool:
    """A title in quote marks inside the writer's sentence: 'on CNN’s “New Day,”'."""
    words = text[start:end].split()
    if len(words) > _MAX_TITLE_WORDS:
        return False
    offset = span.open - 1
    while offset >= 0 and text[offset] in " \u00a0":
        offset -= 1
    if offset < 0 or not text[offset].isalnum():
        return False
    long_words = [word for word in words if len(word) > 3 or word[:1].isupper()]
    return bool(long_words) and all(word[:1].isupper() for word in long_words)


def _recent(
    document: newsfacts.Document,
    spans: Sequence[Span],
    attributions: Sequence[Attribution | None],
    index: int,
) -> Attribution | None:
    """The speaker of the quote just before, in this paragraph or the one before: a guess
    for a quote nobody is said to speak, in a run of one person's quotes."""
    previous = attributions[index - 1] if index else None
    if previous is None:
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
    return attrs.evolve(previous, guessed=True)


def _fill_continued(spans: Sequence[Span], attributions: list[Attribution | None]) -> None:
    # A speech running over several paragraphs is often attributed only in its last one.
    for index in range(len(spans) - 2, -1, -1):
        if spans[index].continues and attributions[index] is None:
            attributions[index] = attributions[index + 1]


def _quote(text: str, span: Span, attribution: Attribution | None) -> Quote | None:
    start, end = trim(text, span.start, span.close)
    # Doubled apostrophes are recognized so that they are not taken for single marks, but
    # like single marks they are too ambiguous to report (the gold corpora skip them too).
    if start >= end or span.doubled:
        return None
    unattributed = attribution is None or attribution.guessed
    in_sentence = unattributed or (attribution is not None and attribution.before)
    if in_sentence and _is_title(text, span, start, end):
        return None
    if unattributed:
        words = text[start:end].split()
        if span.single or len(words) < _MIN_UNATTRIBUTED_WORDS or text[end - 1] not in ".!?,":
            return None
    speaker = attribution.speaker if attribution else None
    return Quote.at(
        text,
        start,
        end,
        speaker=speaker.name if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=attribution.cue if attribution else None,
        channel=attribution.channel if attribution else None,
        partial=is_partial(text, span, start, end),
    )
