"""A compass word standing alone after "the" names a part of the world or of a country:
"trade between China and the West", "the South accepted Seoul's offer", "its image in
the West".

Only before no capitalized word nor "of", which go on with a longer name ("the West Bank",
"the South China Sea", "the East of England"), and never in a sentence of a sports report,
where it names a conference ("Texas's lead in the West"). Such a part of the world is a
``region`` with no point nor country: which West, which South, the article says, not the word.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts_locations.gazetteer import Place
from newsfacts_locations.openers import SentenceTokens

_POINTS = ("West", "East", "North", "South")
#: The compass words as a sentence's tokens spell them, with a possessive too ("the West's")
TRIGGERS = frozenset(_POINTS) | {point + ending for point in _POINTS for ending in ("'s", "’s")}


def compass_regions(tokens: SentenceTokens) -> Iterator[tuple[int, int, Place]]:
    """(start, end, region) for each compass word after "the" that ends a name there (read
    from the sentence's columns: its texts, and a region's start)."""
    texts = tokens.texts
    for index in range(1, len(texts)):
        word = texts[index]
        if word not in TRIGGERS or texts[index - 1].lower() != "the":
            continue
        following = texts[index + 1] if index + 1 < len(texts) else ""
        if following[:1].isupper() or following == "of":
            continue  # "the West Bank", "the East of England"
        name = word.removesuffix("'s").removesuffix("’s")  # "the West's response"
        start = tokens.starts[index]
        yield (start, start + len(name), Place(None, "region", name, None, None, None, 0, ""))
