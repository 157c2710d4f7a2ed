"""Where a quote meets its cue at its marks: the cue a closing comma hands it over to, a cue
ending right before its opening mark, and a clause about what was said that opens its
sentence (read by :mod:`newsfacts_quotes.extract` before attributing)."""

from __future__ import annotations

import regex

from newsfacts.plugin import Segment, read_words
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes import stretches as st
from newsfacts_quotes.marks import Span

# A quote ending in a comma is handed to a cue after it when at most this many words (in
# this many characters) stand before that cue: '“...,” the former senator said'.
_HANDOVER_WORDS = 4
_HANDOVER_REACH = 60

_SAID_HEADS = read_words("newsfacts_quotes", "said_heads.txt")
_MAX_SAID_WORDS = 6  # "Nothing| the former mayor| said": the word, a subject and the cue


def past_said_clause(text: str, opening: int, floor: int, sentence: Segment | None) -> int:
    """Where a quote's attribution is read from: its opening mark, past a word for what was
    said opening its ``sentence``, a subject and a cue right before it (data/said_heads.txt:
    "Nothing the mayor said “made any sense,” the senator said", no part of what the mayor
    said: the cue after it or the speech it goes on with gives its speaker); else ``floor``."""
    # (Most quotes: no cue's last letter right before the mark, no words to read.)
    before = text[max(floor, opening - 3) : opening].rstrip(" \u00a0,:")
    if not before[-1:].isalpha():
        return floor
    if sentence is None or sentence.start < floor:
        return floor
    words = text[sentence.start : opening].split(None, _MAX_SAID_WORDS)
    if not (2 < len(words) <= _MAX_SAID_WORDS and words[0].lower() in _SAID_HEADS):
        return floor
    cue = lx.find_cue(text, sentence.start, opening)
    if cue is None or not opened_by(text, opening, cue.group()):
        return floor
    return opening


def opened_by(text: str, opening: int, cue: str) -> bool:
    """Whether the cue word ends right before the opening mark, a comma or colon between."""
    before = text[max(0, opening - len(cue) - 4) : opening].rstrip(" \u00a0,:")
    return before.lower().endswith(cue.lower()) and not before[: -len(cue)][-1:].isalpha()


def hands_over(text: str, span: Span) -> regex.Match[str] | None:
    """The cue after the quote that a comma (or a question or exclamation mark) at its end
    hands it over to, if any."""
    last = span.close - 1
    while last > span.start and text[last].isspace():
        last -= 1
    if not (text[last] in ",?!" or text.startswith(",", span.close_end)):
        return None
    # Only to a cue a few words on: '“...,” the former senator said', '“...,” said Ms Ortiz'.
    reach = min(len(text), span.close_end + _HANDOVER_REACH)
    cue = lx.find_cue(text, span.close_end, reach)
    if cue is None:
        return None
    # Not to a participle ('“...,” adding that'), whose subject is the quoting sentence's,
    # nor to a cue of a clause of its own ('“...,” but pledged').
    between = text[span.close_end : cue.start()]
    words = between.lower().split()
    handed = (
        not cue.group().endswith("ing")
        and len(words) <= _HANDOVER_WORDS
        and not any(word in lx.CLAUSE_OPENERS or word == "and" for word in words)
        and not any(mark in between for mark in '.;:“”"')
        # ('“...,” described the financial toll as': the cue's object, no speaker)
        and (bool(words) or not st.object_as(text, cue.group(), cue.end(), reach))
    )
    return cue if handed else None
