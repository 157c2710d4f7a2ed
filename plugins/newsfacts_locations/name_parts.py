"""Does a place's name stand where the article also uses it as part of a person's name (the
"Graham" of a "Lindsey Graham" earlier or later)? Only with support around it or as a
well-known place (:data:`NAME_PART_CHECKS`, shown by the explain trace)."""

from __future__ import annotations

from newsfacts.plugin import Check, decide
from newsfacts_locations import context
from newsfacts_locations.readings import Mention


def _mention_supported(m: Mention) -> bool:
    return m.supported


def _mention_well_known(m: Mention) -> bool:
    return any(context.well_known(p) for p in m.candidate.places)


#: Does a kept name stand when the article also uses it as a part of a person's name (the
#: "Graham" of a "Lindsey Graham" earlier or later)?
NAME_PART_CHECKS: tuple[Check[Mention], ...] = (
    Check("supported", _mention_supported, "keep", 'support around this mention: "in Graham"'),
    Check("well-known", _mention_well_known, "keep", "a country, division or big city"),
)


def kept(mention: Mention) -> bool:
    """Whether a name the article also uses in a person's name stands here as a place."""
    candidate = mention.candidate
    outcome = decide(
        NAME_PART_CHECKS, mention, default="drop", start=candidate.start, end=candidate.end
    )
    return outcome == "keep"
