"""Towns the gazetteer lacks, read from the way news writes them: "Red Oak, Iowa".

A run of one to three capitalized words, a comma and a state or country names a place even
when the gazetteer does not know it ("ALLENDALE, N.J. --", "in Tavildara, Tajikistan"). The run
must open a dateline or follow a preposition of place, and no capitalized word may follow the
state, so that "John Smith, Texas Republican" is not read as a town. Such a town gets its
state's (or country's) point.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsfacts.plugin import Segment
from newsfacts_locations import words
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.matching import Candidate

MAX_WORDS = 3


def _town_word(text: str) -> bool:
    return (
        text[:1].isupper()
        and text.replace(".", "").replace("-", "").replace("'", "").isalpha()
        and text not in words.NAME_WORDS
        and text not in words.PERSON_TITLES
    )


def unknown_towns(
    tokens: Sequence[Segment], found: Sequence[Candidate], text: str, dateline: int
) -> Iterator[tuple[int, int, Place]]:
    """(start, end, place) for each unknown town qualified by a known state or country;
    ``dateline``: how many tokens open the sentence as a dateline."""
    covered: set[int] | None = None  # the tokens of the names found, made when first asked
    for candidate in found:
        comma = candidate.first - 1
        if comma < 1 or tokens[comma].text != ",":
            continue
        qualifier = _qualifying_place(candidate.places)
        after = tokens[candidate.last + 1].text if candidate.last + 1 < len(tokens) else ""
        if qualifier is None or (after[:1].isupper() and after not in words.ROLE_WORDS):
            continue  # "Smith, Texas Republican"
        if covered is None:
            covered = {index for c in found for index in range(c.first, c.last + 1)}
        first = comma
        while (
            first > 0
            and comma - first < MAX_WORDS
            and first - 1 not in covered
            and _town_word(tokens[first - 1].text)
        ):
            first -= 1
        if first == comma:
            continue
        before = tokens[first - 1].text.lower() if first > 0 else ""
        if before not in words.PREPOSITIONS and not (first == 0 and comma < dateline):
            continue
        start, end = tokens[first].start, tokens[comma - 1].end
        name = " ".join(text[start:end].split())
        if name.isupper():
            name = name.title()
        yield start, end, qualifier._replace(geonames_id=None, kind="city", name=name)


def _qualifying_place(places: Sequence[Place]) -> Place | None:
    """The division (else the country) a qualifier names."""
    for kinds in (("admin",), ("country",)):
        for place in places:
            if place.kind in kinds:
                return place
    return None
