"""Does a place's name stand where the article also uses it as part of a person's name (the
"Graham" of a "Lindsey Graham" earlier or later)? Only with support around it, or as a
well-known place or a division the article writes with its noun the people field does not
claim there (:data:`NAME_PART_CHECKS`, shown by the explain trace)."""

from __future__ import annotations

import re
from collections.abc import Collection, Container

import attrs

from newsfacts.plugin import Check, decide
from newsfacts_locations import context
from newsfacts_locations.readings import Mention


@attrs.frozen(repr=False, eq=False)
class NamePartUse:
    """A kept name that the article also uses as a part of a person's name."""

    mention: Mention
    #: the exact spans of the people field's names
    people: Container[tuple[int, int]]
    #: the names the article also writes with a division's noun (see :func:`divisions_written`)
    divisions: Container[str] = frozenset()


def _mention_supported(use: NamePartUse) -> bool:
    return use.mention.supported


def _claimed_by_person(use: NamePartUse) -> bool:
    candidate = use.mention.candidate
    return (candidate.start, candidate.end) in use.people


def _mention_well_known(use: NamePartUse) -> bool:
    return any(context.well_known(p) for p in use.mention.candidate.places)


def _division_written(use: NamePartUse) -> bool:
    return use.mention.candidate.key in use.divisions


#: The nouns that make the name right before them a division's ("DeKalb County",
#: "Cameron Parish"); not "State" nor "Region", also a university's or a company's ("Kent
#: State", "Graham Region Realty").
_DIVISION_WORDS = ("County", "Parish", "Province", "Oblast", "Governorate", "Prefecture")


#: A division's noun after a space, as a word: where a name may end right before it
_DIVISION_NOUN = re.compile(rf"(?<= )(?:{'|'.join(_DIVISION_WORDS)})\b")
_WORD_CHAR = re.compile(r"\w")


def divisions_written(text: str, keys: Collection[str]) -> frozenset[str]:
    """The names of ``keys`` that ``text`` also writes with a division's noun right after
    ("Chatham County"): a glued name before one of them elsewhere ("KeepIt Chatham", a group's
    name) makes it no person's name."""
    # One pass over the text's division nouns, then a look-up of the text right before each
    # by the keys' lengths: a search of the whole text per key was quadratic in a long text
    wanted = set(keys)
    lengths = {len(key) for key in wanted}
    found: set[str] = set()
    for noun in _DIVISION_NOUN.finditer(text):
        end = noun.start() - 1  # the space before the noun
        for start in (end - length for length in lengths if length <= end):
            name = text[start:end]
            if name in wanted and not (start and _WORD_CHAR.match(text, start - 1)):
                found.add(name)
    return frozenset(found)


#: Does a kept name stand when the article also uses it as a part of a person's name (the
#: "Graham" of a "Lindsey Graham" earlier or later)?
NAME_PART_CHECKS: tuple[Check[NamePartUse], ...] = (
    Check("supported", _mention_supported, "keep", 'support around this mention: "in Graham"'),
    Check(
        "claimed-by-person",
        _claimed_by_person,
        "drop",
        "the people field names a person here too, even a big place's name: \"her daughter, "
        'Brittany, ... giving Brittany a dose"',
    ),
    Check("well-known", _mention_well_known, "keep", "a country, division or big city"),
    Check(
        "division-written",
        _division_written,
        "keep",
        "the article writes the name with a division's noun too: \"Chatham County\" (a group's "
        '"KeepIt Chatham" made it a name part)',
    ),
)


def kept(
    mention: Mention,
    people: Container[tuple[int, int]],
    divisions: Container[str] = frozenset(),
) -> bool:
    """Whether a name the article also uses in a person's name stands here as a place
    (``people``: the exact spans of the people field's names; ``divisions``: the names it
    also writes with a division's noun, :func:`divisions_written`)."""
    candidate = mention.candidate
    use = NamePartUse(mention, people, divisions)
    outcome = decide(
        NAME_PART_CHECKS, use, default="drop", start=candidate.start, end=candidate.end
    )
    return outcome == "keep"
