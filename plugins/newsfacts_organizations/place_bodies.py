"""Bodies named by their field and the place they serve: "Health Canada", "Statistics
Canada", "Police Scotland", "Energy Queensland", "Public Health England", "Kentucky Power".

A word of a field of government or of a utility (the core's ``PLACE_BODY_FIELDS``,
``newsfacts/data/place_bodies.tsv``, which the people field reads too) before or after
the name of a country (the core's table), a state of the United States or a province or
state elsewhere (``data/provinces.txt``) is one body's name when the two are the whole run
of capitalized words: "Health Canada said", "Statistics Canada data", "Energy Queensland's
crews", "Georgia Power customers", "Queensland Health"; not a field before or after a longer
name ("Health Department", "the Clean Power Plan": the place must be the rest of the run).
A field written "for" a place names it with "for" and the place's capitalized words, of any
place ("Transport for Wales", "Transport for Greater Manchester", "Transport for the North").
The field's word gives the kind: ``government``, ``company`` for a utility, ``sports`` for a
sport's governing body ("Cricket Australia"), or none.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts_organizations.lexicon import POSSESSIVE_ENDINGS
from newsfacts_organizations.place_fields import (
    FIELD_WORDS,
    FIELDS_AFTER,
    FIELDS_BEFORE,
    FIELDS_FOR,
    LONGEST_FIELD,
    PLACES,
    SAY_NOTHING,
    place_named,
)
from newsfacts_organizations.rules import HEAD_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence

# How many words the place after "for" may have: "Transport for the West Midlands"
_LONGEST_PLACE = 4


def place_bodies(sentence: Sentence) -> Iterator[Candidate]:
    """The bodies of ``sentence`` named by a field and a place."""
    if sentence.caps or sentence.title or FIELD_WORDS.isdisjoint(sentence.texts):
        return
    for run_start, run_end in sentence.runs:
        yield from _bodies(sentence, run_start, run_end)
        if "and" in sentence.texts[run_start:run_end]:
            for start, end in _joined(sentence.texts, run_start, run_end):
                yield from _bodies(sentence, start, end)


def _joined(texts: list[str], run_start: int, run_end: int) -> Iterator[tuple[int, int]]:
    """The names "and" joins in a run: "Netball Victoria and Ambulance Victoria" (a run whose
    whole is one name, "Fisheries and Oceans Canada", is read whole first)."""
    start = run_start
    for index in range(run_start, run_end):
        if texts[index] == "and":
            yield start, index
            start = index + 1
    yield start, run_end


def _bodies(sentence: Sentence, run_start: int, run_end: int) -> Iterator[Candidate]:
    """The body named by a field and a place in the whole of ``run_start``..``run_end``."""
    texts = sentence.texts
    if run_end - run_start < 2:
        return
    last = texts[run_end - 1]
    possessive = last.endswith(POSSESSIVE_ENDINGS)
    word = last[:-2] if possessive else last
    kind = FIELDS_AFTER.get((word,), SAY_NOTHING)
    if kind != SAY_NOTHING and tuple(texts[run_start : run_end - 1]) in PLACES:
        yield make(sentence, run_start, run_end, None, kind, HEAD_RULE, possessive)
        return
    for length in range(1, LONGEST_FIELD + 1):
        field = tuple(texts[run_start : run_start + length])
        if field in FIELDS_FOR and _served(texts[run_start + length : run_end]):
            yield make(sentence, run_start, run_end, None, FIELDS_FOR[field], HEAD_RULE)
        if field not in FIELDS_BEFORE:
            continue
        place = place_named(texts[run_start + length : run_end])
        if place is not None:
            yield make(sentence, run_start, run_end, None, FIELDS_BEFORE[field], HEAD_RULE, place)


def _served(words: list[str]) -> bool:
    """Whether ``words`` are "for" and a place's capitalized words: "for Wales", "for the
    North" (not "for Mr Smith"'s title, a word ending in a full stop)."""
    place = words[2:] if words[1:2] == ["the"] else words[1:]
    return (
        words[:1] == ["for"]
        and 0 < len(place) <= _LONGEST_PLACE
        and all(word[:1].isupper() and not word.endswith(".") for word in place)
    )
