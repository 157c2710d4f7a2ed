"""Quotes signed on the line below: a quote closing its paragraph, its source's name after a
dash in the next ('“We will rebuild.”' then '— Ana Ruiz, 34'); and a quote set apart as a
block, its source on the line below inside its marks: '“We will rebuild the port.' left open
at its paragraph's end, then 'Ana Ruiz, Civic Institute.”' closing it (both read by the
``signed-below`` check of :mod:`newsfacts_quotes.extract`)."""

from __future__ import annotations

import regex

import newsfacts
from newsfacts.plugin import Segment, compiled
from newsfacts_quotes import stretches as st
from newsfacts_quotes.attribution import Attribution, Attributor
from newsfacts_quotes.marks import Span
from newsfacts_quotes.phrases import NOT_SPEAKERS

# What may follow a quote that closes its paragraph: '“We will rebuild.” .'
_CLOSING_TAIL = compiled(r"[.,;: \u00a0]*+")

# The line naming who said the quote left open above it, the quote's closing mark after it: a
# name (a capitalized word last), maybe a comma and what the speaker is, maybe a stop ("Ana
# Ruiz, Civic Institute.”"); not a sentence going on with the speech ("And nobody agrees.”")
_MAX_NAME_WORDS = 6
_SIGNED_LINE = compiled(
    r"""(?P<name>\p{Lu}[^,\n"“”]{0,60}?\p{Lu}[\p{L}\p{M}.’'\-]*+)  # "Former mayor Ana Ruiz"
    (?:,[^\n"“”]{1,80}?)?  # ", Civic Institute", ", a former mayor"
    [.]?[ \u00a0]*+["”][ \u00a0]*+""",
    regex.VERBOSE,
)


def signed_inside(attributor: Attributor, span: Span) -> Attribution | None:
    """Who the line after a quote left open at its paragraph's end names, when that line
    ends with the quote's closing mark: the person named there, else its capitalized words."""
    document, text = attributor.document, attributor.text
    paragraph = document.paragraph_at(span.open)
    if paragraph is None or span.close != paragraph.end:
        return None
    following = _next_paragraph(document, paragraph)
    if following is None:
        return None
    line = _SIGNED_LINE.fullmatch(text, following.start, following.end)
    if line is None:
        return None
    low, high = line.span("name")
    words = text[low:high].split()
    # ("And Tom Baxter, the mayor, knows it too.”": a conjunction opens no name)
    if len(words) > _MAX_NAME_WORDS or words[0].lower() in NOT_SPEAKERS:
        return None
    speakers = attributor.speakers
    speaker = speakers.first_speaker(low, high) or speakers.signature(low, high)
    return Attribution(None, speaker, None, False) if speaker is not None else None


def signed_below(attributor: Attributor, span: Span) -> Attribution | None:
    """A quote closing its paragraph, signed in the next one: '“We will rebuild.”' then
    '— Ana Ruiz, 34'."""
    document, text = attributor.document, attributor.text
    paragraph = document.paragraph_at(span.open)
    if paragraph is None or not st.only(_CLOSING_TAIL, text, span.close_end, paragraph.end):
        return None
    below = _next_paragraph(document, paragraph)
    return attributor.signature(below.start, below.end) if below is not None else None


def _next_paragraph(document: newsfacts.Document, paragraph: Segment) -> Segment | None:
    """The paragraph after ``paragraph``, past the blank lines between them."""
    text, start = document.text, paragraph.end
    while start < len(text) and text[start].isspace():
        start += 1
    following = document.paragraph_at(start)
    return following if following is not None and following.start > paragraph.start else None
