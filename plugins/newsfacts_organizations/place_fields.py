"""The fields of government of the core's :data:`newsfacts.plugin.PLACE_BODY_FIELDS` and the
places they are named after, read by the rule of bodies named by field and place
(``place_bodies.py``) and by the rule of head words, whose complement ends before such a body
after "and" ("the Department of Health and Ambulance Victoria" are two)."""

from __future__ import annotations

from newsfacts.plugin import COUNTRY_NAMES, PLACE_BODY_FIELDS, read_words
from newsfacts_organizations.lexicon import (
    PACKAGE,
    POSSESSIVE_ENDINGS,
    STATE_NAMES,
    TWO_WORD_STATES,
    key_of,
)

BEFORE = "before"
#: The kind column's "no kind" ("-"), also the lookups' "no such field"
SAY_NOTHING = "-"


def _fields(side: str) -> dict[tuple[str, ...], str | None]:
    """The fields' words (as units) written on ``side`` of the place -> their bodies' kind."""
    return {
        key_of(words): None if kind == SAY_NOTHING else kind
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
LONGEST_FIELD = max(map(len, FIELDS_BEFORE))


def place_named(words: list[str]) -> bool | None:
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


def names_field_and_place(words: list[str]) -> bool:
    """Whether ``words`` are a field written before a place, the place with or without its
    possessive: "Ambulance Victoria", "Health Canada's"."""
    return any(
        tuple(words[:length]) in FIELDS_BEFORE and place_named(words[length:]) is not None
        for length in range(1, LONGEST_FIELD + 1)
    )
