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

from newsfacts.plugin import COUNTRY_NAMES, PLACE_BODY_FIELDS, read_words
from newsfacts_organizations.lexicon import (
    PACKAGE,
    POSSESSIVE_ENDINGS,
    STATE_NAMES,
    TWO_WORD_STATES,
    key_of,
)
from newsfacts_organizations.rules import HEAD_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence

BEFORE = "before"
_SAY_NOTHING = "-"


def _fields(side: str) -> dict[tuple[str, ...], str | None]:
    """The fields' words (as units) written on ``side`` of the place -> their bodies' kind."""
    return {
        key_of(words): None if kind == _SAY_NOTHING else kind
        for words, where, kind in PLACE_BODY_FIELDS
        if where == side
    }


#: Fields written before the place ("Health Canada"), after it ("Kentucky Power") and before
#: "for" and the place ("Transport for Wales")
FIELDS_BEFORE = _fields(BEFORE)
FIELDS_AFTER = _fields("after")
FIELDS_FOR = _fields("for")
#: The words that may open or end such a name, for the rule's quick test of a chunk
FIELD_WORDS = frozenset(key[0] for key in (*FIELDS_BEFORE, *FIELDS_FOR)) | frozenset(
    word + ending for (word,) in FIELDS_AFTER for ending in ("", *POSSESSIVE_ENDINGS)
)
#: The places a body may be named after, as units
PLACES = frozenset(
    map(
        key_of,
        COUNTRY_NAMES.keys() | STATE_NAMES | TWO_WORD_STATES | read_words(PACKAGE, "provinces.txt"),
    )
)
_LONGEST_FIELD = max(map(len, FIELDS_BEFORE))
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
    kind = FIELDS_AFTER.get((word,), _SAY_NOTHING)
    if kind != _SAY_NOTHING and tuple(texts[run_start : run_end - 1]) in PLACES:
        yield make(sentence, run_start, run_end, None, kind, HEAD_RULE, possessive)
        return
    for length in range(1, _LONGEST_FIELD + 1):
        field = tuple(texts[run_start : run_start + length])
        if field in FIELDS_FOR and _served(texts[run_start + length : run_end]):
            yield make(sentence, run_start, run_end, None, FIELDS_FOR[field], HEAD_RULE)
        if field not in FIELDS_BEFORE:
            continue
        place = _place(texts[run_start + length : run_end])
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


def _place(words: list[str]) -> bool | None:
    """Whether ``words`` name a place with its possessive ("Canada's": True) or without it
    (False); None when they name no listed place."""
    if not words:
        return None
    if tuple(words) in PLACES:
        return False
    last = words[-1]
    if last.endswith(POSSESSIVE_ENDINGS) and (*words[:-1], last[:-2]) in PLACES:
        return True
    return None
