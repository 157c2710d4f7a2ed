"""A weekday a headline names is the one its story's body names with the same words.

A headline drops the words that tell a weekday's tense ("Heat wave to peak Thursday", "Mayor
to visit Ohio on Tuesday": a plan, in the infinitive a headline writes it in), and a bare
weekday with no cue around it is read as the one gone. The body names the day again with its
tense ("Thursday is forecast to be the hottest day"), so the headline's weekday takes the
reading of the first expression of the body written with the same words.
"""

from __future__ import annotations

from newsfacts.plugin import WEEKDAYS, Document
from newsfacts_dates.reading import Found

# The longest headline read: a line of more words is the story's first sentence.
_HEADLINE_WORDS = 24
# What a paragraph of prose ends with; a headline ends with none of these.
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "'", "’")


def headline_days(document: Document, found: list[Found]) -> list[Found]:
    """``found`` with each weekday expression of the headline (the first paragraph, when it is
    a short line with no mark ending a sentence and a body follows) read as the body's first
    expression of the same words reads it."""
    headline = _headline_end(document)
    if not headline:
        return found
    text = document.text
    body: dict[str, Found] = {}
    for item in found:
        words = text[item[0] : item[1]].lower()
        if item[0] >= headline and words not in body:
            body[words] = item
    read = []
    for start, end, reading in found:
        words = text[start:end].lower()
        same = body.get(words) if start < headline and _weekday(words) else None
        read.append((start, end, same[2]) if same is not None else (start, end, reading))
    return read


def _headline_end(document: Document) -> int:
    """Where the headline ends, 0 when the first paragraph is no headline."""
    paragraphs = document.paragraphs
    if len(paragraphs) < 2:
        return 0
    first = paragraphs[0]
    line = document.text[first.start : first.end].rstrip()
    if not line or line.endswith(_SENTENCE_ENDS) or len(line.split()) > _HEADLINE_WORDS:
        return 0
    return first.end


def _weekday(words: str) -> bool:
    return any(word.strip(".,") in WEEKDAYS for word in words.split())
