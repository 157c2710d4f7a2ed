"""The scans the locations field makes only where a word of theirs is written, so that a
long article, which always holds one somewhere, costs no more than its length (issue 15):
the rivers after "the" (``rivers._named_after_the``, ``rivers._lower_case_names``) read
only the lines that hold a river's name or " river"; a town named again
(``towns.towns_again``) looks only at the tokens of its first word; and a reading's
neighbours (``nearby.Neighbours.near``) are told by their latitude alone when that puts them
out of reach. Each gives what the scan of the whole text, or the full distance, gave.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Collection, Iterator

import pytest

from location_checks import places
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.nearby import NEAR_KM, Neighbours, km
from newsfacts_locations.rivers import (
    _AFTER_THE,
    _LOWER_RIVERS,
    _NAME,
    _lines_with,
    _lower_case_names,
    _named_after_the,
)
from newsfacts_locations.towns import _places_of

_RIVER_TEXTS = [
    "Barges moved on the Elk and Gauley rivers.\nThe Wainganga river rose overnight.",
    # a river's word glued to a number, a list across a line break, the text's last words
    "the Kosi river9 ran high\nthe Tigris, Euphrates\nand Karun rivers\nthe Thames river",
    "the Tigris, Euphrates and Karun rivers flooded.\n\nNo river here.\nthe Yamuna river",
    "Nothing of the kind is written in this text at all.",
]


def _lower_case_scanned(text: str) -> Iterator[tuple[int, int]]:
    """The names before a lower-case "river", read by one scan of the whole text: the
    look-up the lines replaced."""
    for match in _LOWER_RIVERS.finditer(text):
        if match.group("one"):
            yield match.span("one")
        else:
            yield from (name.span() for name in _NAME.finditer(text, *match.span("list")))


@pytest.mark.parametrize("text", _RIVER_TEXTS)
def test_the_lower_case_rivers_of_its_lines_are_the_texts(text: str) -> None:
    assert list(_lower_case_names(text)) == list(_lower_case_scanned(text))


def test_the_lower_case_rivers_named() -> None:
    text = _RIVER_TEXTS[0]
    assert [text[start:end] for start, end in _lower_case_names(text)] == [
        "Elk",
        "Gauley",
        "Wainganga",
    ]


def _after_the_scanned(text: str, names: Collection[str]) -> Iterator[tuple[int, int, str]]:
    """The names right after "the", read by one scan of the whole text."""
    for match in _AFTER_THE.finditer(text):
        words = match.group(1).split(" ")
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            if name in names:
                yield match.start(1), match.start(1) + len(name), name
                break


_AFTER_THE_TEXT = (
    "Boats sail the Rio Grande Valley waters.\nThe Neches forms the boundary, and the The "
    "Neches line was misprinted.\nA line without them.\nthe Rio Grande"
)


def test_the_rivers_after_the_of_its_lines_are_the_texts() -> None:
    names = {"Neches", "Rio Grande", "Hudson"}
    found = list(_named_after_the(_AFTER_THE_TEXT, names))
    assert found == list(_after_the_scanned(_AFTER_THE_TEXT, names))
    assert [name for _, _, name in found] == ["Rio Grande", "Neches", "Rio Grande"]


def test_the_lines_read_are_those_holding_a_word_each_once() -> None:
    text = "the Elk river\nno such word\nthe Kosi river and the Tapti river\n"
    assert [text[start:end] for start, end in _lines_with(text, (" river",))] == [
        "the Elk river",
        "the Kosi river and the Tapti river",
    ]
    # however long the text, only the lines with the word are read
    long = "Ten words of a quiet paragraph with no water in it.\n" * 1000 + text
    assert len(_lines_with(long, (" river", "Elk"))) == 2
    assert _lines_with("", ("",)) == [(0, 0)]


def test_the_places_of_a_towns_first_word() -> None:
    texts = ["Dorvanka", "is", "quiet", ";", "Dorvanka", "Road", "and", "Old", "Kellby"]
    assert _places_of(texts, {"Dorvanka", "Old", "Nowhere"}) == [0, 4, 7]
    assert _places_of(texts, set()) == []


def test_a_town_named_again_alone_is_found_in_a_long_article() -> None:
    # the town again far from where its set form named it
    filler = " ".join(["The council met again on Monday and talked for hours."] * 200)
    text = f"The village of Dorvanka lies 12 km west of Kharkiv. {filler} Dorvanka is quiet now."
    found = [(fact.text, fact.start) for fact in places(text) if fact.text == "Dorvanka"]
    assert [start for _, start in found] == [text.index("Dorvanka"), text.rindex("Dorvanka")]


def _town(latitude: float, longitude: float) -> Place:
    return Place(1, "city", "Sometown", "US", latitude, longitude, 5_000, "TX", "48181")


@pytest.mark.parametrize(
    ("latitude", "longitude", "near"),
    [
        (33.3, -97.0, True),  # some 33 km north
        (33.5, -97.0, False),  # some 56 km north: out of reach by its latitude alone
        (32.5, -97.0, False),  # the same to the south
        (33.0, -96.5, True),  # some 47 km east
        (33.0, -96.4, False),  # some 56 km east: told by the distance itself
        (33.4, -96.7, False),  # north and east within reach each, not together
    ],
)
def test_a_neighbour_is_near_by_its_distance(latitude: float, longitude: float, near: bool) -> None:
    neighbours = Neighbours()
    neighbours.add("Sherman", _town(33.0, -97.0))
    place = _town(latitude, longitude)
    assert neighbours.near(place, "Gainesville") is near
    assert (km((33.0, -97.0), (latitude, longitude)) <= NEAR_KM) is near
    assert neighbours.names_near(place, "Gainesville") == int(near)
