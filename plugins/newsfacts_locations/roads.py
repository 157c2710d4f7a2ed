"""Roads named by a number ("Interstate 45", "I-75", "County Road 2120") and the roads of
Britain and Ireland named by a letter and a number ("the A120", "the M6"), read from the whole
text by pattern (the other streets are read from their last word:
:mod:`newsfacts_locations.streets`)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsfacts.plugin import compiled

# Roads named by a number: "Interstate 45", "State Route 9", "County Road 2120", "Hwy. 30",
# "I-75", "FM 645", "U.S. 17" after a preposition of place, with a direction after it
# ("Interstate 64 East").
NUMBERED_ROAD = compiled(
    r"""
    (?<![\p{L}\d.-])
    (?:
        (?:(?:State|County|U\.S\.|Farm[ -]to[ -]Market)[ ]+)?
        (?:Interstate|Highway|Route|Road)[ ]            # "Interstate 45", "County Road 2120"
      | Hwy\.?[ ]                                       # "Hwy. 30"
      | I-                                              # "I-75"
      | (?:CR|FM|SR)[ -]                                # "CR 2202", "FM 645"
      | (?<=\b(?:on|along|off|onto|via|near|at)[ ])       # "along U.S. 17", "on US 101"
        U\.?S\.?[ ](?=\d{1,3}[A-Z]?(?![\d-]))             #   (not "the U.S. 10-year")
    )
    \d{1,4}[A-Z]?
    (?:[ ](?:North|South|East|West)(?![\p{L}]))?       # "Interstate 64 West"
    (?![\p{L}\d]|[.,]\d)
    """,
    regex.VERBOSE,
)


def numbered_roads(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each road named by its number: "Highway 30", "I-75"."""
    for match in NUMBERED_ROAD.finditer(text):
        yield match.span()


# Roads of Britain and Ireland named by a letter and a number after "the", and those listed
# after one: "a crash on the A120", "via the A436, A40 and A429", "the M6", "the N7"; not
# "levels B1 and B2", "the Audi A4" (read only in a text with a word of such roads: see
# LETTERED_ROAD_HINTS).
_LETTERED = r"[ABMN]\d{1,4}(?:\(M\))?(?![\p{L}\d/(-]|[.,]\d)"
LETTERED_ROAD = compiled(_LETTERED)
LETTERED_ROADS = compiled(
    rf"(?<=\b[Tt]he[ ]){_LETTERED}(?:(?:,[ ]|,?[ ](?:and|or)[ ]){_LETTERED})*"
)
# Words of the roads of Britain and Ireland, one of which a text must hold for
# LETTERED_ROADS: an "A380" in a text of none is an aircraft, an "M4" a rifle.
LETTERED_ROAD_HINTS = frozenset(
    {"carriageway", "motorway", "roundabout", "junction", "lorry", "lorries", "diversion"}
) | {"southbound", "northbound", "eastbound", "westbound"}


def lettered_roads(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each road of Britain or Ireland named by its letter and number: "the
    A120", "the M6" (see :data:`LETTERED_ROADS`)."""
    if any(map(text.__contains__, LETTERED_ROAD_HINTS)):
        for roads in LETTERED_ROADS.finditer(text):
            for road in LETTERED_ROAD.finditer(text, *roads.span()):
                yield road.span()
