"""A compass word standing alone after "the" names a part of the world or of a country:
"trade between China and the West", "the South accepted Seoul's offer", "its image in
the West".

Only before no capitalized word nor "of", which go on with a longer name ("the West Bank",
"the South China Sea", "the East of England"), and never in a sentence of a sports report,
where it names a conference ("Texas's lead in the West"). Such a part of the world is a
``region`` with no point nor country: which West, which South, the article says, not the word.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsfacts.plugin import Segment
from newsfacts_locations.gazetteer import Place

_POINTS = ("West", "East", "North", "South")
#: The compass words as a sentence's tokens spell them, with a possessive too ("the West's")
TRIGGERS = frozenset(_POINTS) | {point + ending for point in _POINTS for ending in ("'s", "’s")}


def compass_regions(tokens: Sequence[Segment]) -> Iterator[tuple[int, int, Place]]:
    """(start, end, region) for each compass word after "the" that ends a name there."""
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.text not in TRIGGERS or tokens[index - 1].text.lower() != "the":
            continue
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if following[:1].isupper() or following == "of":
            continue  # "the West Bank", "the East of England"
        name = token.text.removesuffix("'s").removesuffix("’s")  # "the West's response"
        yield (
            token.start,
            token.start + len(name),
            Place(None, "region", name, None, None, None, 0, ""),
        )
