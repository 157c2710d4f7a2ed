"""The scan: find time expressions in an article, read them, join ranges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import NamedTuple

import regex

from newsfacts import Document
from newsfacts_dates import anchor
from newsfacts_dates.amounts import Reading
from newsfacts_dates.grammar import (
    DISPATCH,
    HEADS,
    PHRASES,
    PHRASES_BY_FIRST,
    RULES,
    STARTERS,
    WORD,
)
from newsfacts_dates.normalize import NORMALIZERS, Context

# A regex that runs away on hostile text raises instead of hanging (the core records it).
TIMEOUT = 2.0

Found = tuple[int, int, Reading]


def _phrase_at(text: str, start: int, first: str) -> tuple[int, str] | None:
    """The longest fixed phrase starting at ``start`` whose first word is ``first``."""
    for phrase in PHRASES_BY_FIRST.get(first, ()):
        end = start + len(phrase)
        if text[start:end].lower() == phrase and not text[end : end + 1].isalnum():
            return end, phrase
    return None


def _phrase_reading(phrase: str, published: dt.date | None) -> Reading | None:
    kind, value = PHRASES[phrase]
    if not value.startswith(("day:", "week:")):
        return Reading(kind, value)
    unit, offset, *code = value.split(":")
    if published is None:
        placeholder = "XXXX-XX-XX" if unit == "day" else "XXXX-WXX"
        return Reading(
            kind, placeholder + (f"T{code[0]}" if code and unit == "day" else ""), resolved=False
        )
    if unit == "week":
        return Reading(kind, anchor.week(published + dt.timedelta(weeks=int(offset))) + "-WE")
    date = anchor.day(published + dt.timedelta(days=int(offset)))
    return Reading(kind, date + (f"T{code[0]}" if code else ""))


def scan(document: Document) -> Iterator[Found]:
    """Every time expression of ``document``, in text order, none overlapping."""
    text = document.text
    published = document.published
    tenses: dict[tuple[int, int], anchor.Tense] = {}

    def tense_of(start: int, end: int) -> anchor.Tense:
        if (start, end) not in tenses:
            tenses[(start, end)] = anchor.tense_near(document, start, end)
        return tenses[(start, end)]

    context = Context(text, published, tense_of)
    words = WORD.findall(text, timeout=TIMEOUT)
    starts = [match.start() for match in WORD.finditer(text, timeout=TIMEOUT)]
    keys = [_key(word) for word in words]
    # For each word, the index of the nearest head word at or after it: an expression always
    # holds one (a month, a unit, a digit...), so a start with no head close by is skipped
    # without trying any rule.
    count = len(keys)
    next_head = [count] * (count + 1)
    for index in range(count - 1, -1, -1):
        next_head[index] = index if keys[index] in HEADS else next_head[index + 1]
    covered = 0
    for index, key in enumerate(keys):
        start = starts[index]
        if start < covered or key not in STARTERS:
            continue
        head = next_head[index]
        if head - index > _HEAD_REACH_WORDS or head == count:
            continue
        if starts[head] - start > _HEAD_REACH_CHARS:
            continue
        found = _match_rules(text, start, key, context)
        if found is None:
            phrase = _phrase_at(text, start, key)
            if phrase is not None:
                reading = _phrase_reading(phrase[1], published)
                if reading is not None:
                    found = (start, phrase[0], reading)
        if found is not None:
            covered = found[1]
            yield found


# "at least the past 18 months": the head ("18") may come five words after the start.
_HEAD_REACH_WORDS = 5
_HEAD_REACH_CHARS = 40


def _key(word: str) -> str:
    if word.isdigit():
        return "#digit"
    return "#apostrophe" if word[0] in "'’" else word.lower()


def _match_rules(text: str, start: int, key: str, context: Context) -> Found | None:
    for rule in DISPATCH.get(key, ()):
        match = RULES[rule].match(text, start, timeout=TIMEOUT)
        if match is None:
            continue
        reading = NORMALIZERS[rule](match, context)
        if reading is not None:
            return _trimmed(text, match, rule), _end(text, match), reading
    return None


def _trimmed(text: str, match: regex.Match[str], rule: str) -> int:
    # "the 10-hour barrage": a hyphenated duration is an adjective, its article is not part
    # of the time expression ("the past two weeks" keeps its "the").
    if rule == "duration" and text[match.end("num") : match.end("num") + 1] == "-":
        return match.start("num")
    return match.start()


_ABBREVIATED = regex.compile(r"(?:\b\w{1,4}|[ap]\.m)\.$", regex.IGNORECASE)


def _end(text: str, match: regex.Match[str]) -> int:
    end = match.end()
    # A full stop after a full word ends the sentence, not an abbreviation ("in March.").
    if text[end - 1] == "." and not _ABBREVIATED.search(text, match.start(), end):
        end -= 1
    return end


_OPENER = regex.compile(r"(?:between|from)\s+$", regex.IGNORECASE)
_JOINERS = frozenset(["and", "to", "until", "till", "through", "-", "–"])


class Span(NamedTuple):
    """A found expression; ``range`` holds both ends' values of a joined range."""

    start: int
    end: int
    reading: Reading
    range: tuple[str, str] | None = None


def join_ranges(text: str, found: list[Found]) -> list[Span]:
    """ "between Wednesday and Thursday": one fact with a range instead of two."""
    spans: list[Span] = []
    index = 0
    while index < len(found):
        start, end, reading = found[index]
        if index + 1 < len(found):
            next_start, next_end, next_reading = found[index + 1]
            joiner = text[end:next_start].strip().lower()
            if (
                joiner in _JOINERS
                and next_start - end <= 9
                and reading.type == next_reading.type
                and _OPENER.search(text, max(0, start - 12), start)
            ):
                spans.append(Span(start, next_end, reading, (reading.value, next_reading.value)))
                index += 2
                continue
        spans.append(Span(start, end, reading))
        index += 1
    return spans
