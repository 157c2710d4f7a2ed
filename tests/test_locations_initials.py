"""The locations field on a country's or a state's initials, which news writes alone once
the article names the place, in full or by a place it holds ("Limpopo ... SA", "Rockingham
... WA", "British Columbia ... B.C."): :mod:`newsfacts_locations.initials`. Initials inside a
name ("Nestlé SA", "SA Rugby"), after a number ("500 B.C."), before a currency's sign ("NZ
$99"), shared by two places named ("South Africa" and "Saudi Arabia") or of no place named
are none. Sentences of South African, Australian, Canadian and American news."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts_locations import gazetteer, initials

EXTRACTOR = newsfacts.Extractor(["locations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Platinum mining has transformed rural communities in Limpopo. That SA holds "
            "the richest seams of the metal is well known, and no chief in SA has faced "
            "more lawsuits.",
            [
                ("Limpopo", "Limpopo", 53),
                ("SA", "South Africa", 67),
                ("SA", "South Africa", 138),
            ],
        ),
        (
            "The treatment plant at Rockingham releases its effluent two kilometres offshore. "
            "Wastewater in WA is treated in three stages before release.",
            [("Rockingham", "Rockingham", 23), ("WA", "Western Australia", 95)],
        ),
        (
            "British Columbia brought in its carbon tax in 2008. Hold the B.C. carbon tax at "
            "today's rate for now, the panel said.",
            [("British Columbia", "British Columbia", 0), ("B.C.", "British Columbia", 61)],
        ),
        (
            "Hillary Clinton won the South Carolina primary by a wide margin. No surprise "
            "Hillary won SC.",
            [("South Carolina", "South Carolina", 24), ("SC", "South Carolina", 89)],
        ),
    ],
)
def test_initials_of_a_place_the_article_names_are_the_place(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    found = EXTRACTOR.extract(text).locations
    assert [(fact.text, fact.name, fact.start) for fact in found] == expected
    assert all(text[fact.start : fact.end] == fact.text for fact in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inside a company's or a body's name
        ("Nestlé SA said sales in South Africa fell.", ["South Africa"]),
        ("SA Rugby named its squad for the tour of South Africa.", ["South Africa"]),
        # a year, a currency
        ("The site in British Columbia was settled in 500 B.C. by fishers.", ["British Columbia"]),
        ("A subscription in New Zealand costs NZ $99.99 a year.", ["New Zealand"]),
        # two places with the same initials, and none named
        (
            "Exports from South Africa and Saudi Arabia rose; SA led.",
            ["South Africa", "Saudi Arabia"],
        ),
        ("He moved to SA last year.", []),
        # initials more often something else
        ("The Madhya Pradesh assembly heard that an MP had resigned.", ["Madhya Pradesh"]),
    ],
)
def test_initials_that_are_no_place(text: str, expected: list[str]) -> None:
    assert [fact.name for fact in EXTRACTOR.extract(text).locations] == expected


def test_the_shipped_divisions_kept_on_disk_are_those_of_its_places() -> None:
    """The divisions of the shipped gazetteer come from a table of their rows kept on disk:
    the same places, under the same codes, as those read from its places of kind "admin"."""
    shipped = gazetteer.load()
    assert isinstance(shipped.places, gazetteer.PackedPlaces)
    rows = initials._division_rows("gazetteer.packed")
    kept = {key: shipped.places.place_at(offset) for key, offset in rows.items()}
    assert kept == initials._divisions(shipped)
    assert len(kept) > 2000
    california = initials._division(shipped, "US", "CA")
    assert california is not None and california.name == "California"
    assert initials._division(shipped, "ZA", "no such code") is None
