"""Does a place's name stand where the article also uses it as part of a person's name (the
"Graham" of a "Lindsey Graham" earlier or later)? Only with support around it, or as a
well-known place the people field does not claim there (:data:`NAME_PART_CHECKS`, shown by
the explain trace)."""

from __future__ import annotations

from collections.abc import Container

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


def _mention_supported(use: NamePartUse) -> bool:
    return use.mention.supported


def _claimed_by_person(use: NamePartUse) -> bool:
    candidate = use.mention.candidate
    return (candidate.start, candidate.end) in use.people


def _mention_well_known(use: NamePartUse) -> bool:
    return any(context.well_known(p) for p in use.mention.candidate.places)


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
)


def kept(mention: Mention, people: Container[tuple[int, int]]) -> bool:
    """Whether a name the article also uses in a person's name stands here as a place
    (``people``: the exact spans of the people field's names)."""
    candidate = mention.candidate
    use = NamePartUse(mention, people)
    outcome = decide(
        NAME_PART_CHECKS, use, default="drop", start=candidate.start, end=candidate.end
    )
    return outcome == "keep"
