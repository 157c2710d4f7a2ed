"""Which quotes are kept: the marks of a title or a heading, and scare quotes nobody is said
to speak, are no quote; the others become `Quote` facts."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.plugin import Quote
from newsfacts_quotes.attribution import Attribution
from newsfacts_quotes.marks import Span
from newsfacts_quotes.stretches import is_partial, trim
from newsfacts_quotes.titles import is_heading, is_title

# A quote nobody is said to speak is kept only when it reads as speech, not as scare quotes
# or a title: a few words ending like a sentence.
_MIN_UNATTRIBUTED_WORDS = 3
_MAX_DIRECTION_WORDS = 4


def kept_quote(
    text: str, spans: Sequence[Span], index: int, attribution: Attribution | None
) -> Quote | None:
    """The quote of ``spans[index]``, or None where its marks hold a title, a heading or
    words nobody is said to speak that do not read as speech."""
    span = spans[index]
    start, end = trim(text, span.start, span.close)
    # Doubled apostrophes are recognized so that they are not taken for single marks, but
    # like single marks they are too ambiguous to report (the gold corpora skip them too).
    if start >= end or span.doubled or _direction(text, start, end):
        return None
    unattributed = attribution is None or attribution.guessed
    # A title stays a title when a cue follows it: 'On ABC’s “This Week,” Ms Ortiz said'.
    # (A short paragraph of a speech in single marks is no heading: "'Staff will be kept.'")
    heading = span.single and not _in_speech(spans, index) and is_heading(text, span)
    if is_title(text, span, start, end) or heading:
        return None
    if unattributed:
        words = text[start:end].split()
        if span.single or len(words) < _MIN_UNATTRIBUTED_WORDS or text[end - 1] not in ".!?,":
            return None
    speaker = attribution.speaker if attribution else None
    # The class itself, not Quote.at: one call fewer for each of a text's quotes.
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        speaker=speaker.name if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=attribution.cue if attribution else None,
        channel=attribution.channel if attribution else None,
        partial=is_partial(text, span, start, end),
    )


def _direction(text: str, start: int, end: int) -> bool:
    """A few words all in one pair of brackets, a transcript's direction, not speech:
    '"(CROSSTALK.)' between two turns, "(APPLAUSE)", "(BEGIN VIDEO CLIP)"; not a tweet's
    aside ("(Turned down by three colleges with straight A's . . . who knew?)")."""
    if text[start] != "(":
        return False
    words = text[start:end].rstrip(".")
    return (
        words.endswith(")")
        and words.count("(") == words.count(")") == 1
        and len(words.split()) <= _MAX_DIRECTION_WORDS
    )


def _in_speech(spans: Sequence[Span], index: int) -> bool:
    """Whether the quote is a paragraph of a speech over several: left open for the next
    paragraph, or going on with the one before."""
    return spans[index].continues or (index > 0 and spans[index - 1].continues)
