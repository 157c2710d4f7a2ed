"""The locations field on a common name that an article writes as a place more than once:
"a fire in Troy" and "the Troy Fire Department" make the bare "Troy" of "Troy has two fire
stations" the town too (check ``name-standing``,
:func:`newsfacts_locations.readings.placed_names`); once is not enough, nor a possessive
("in Jackson's office" is a person's), nor a name the article gives one of its people
("the director Sam Jordan"). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

STORY = (
    "A fire in Troy destroyed a warehouse on Monday. The Troy Fire Department sent four "
    "trucks, the chief said. Troy has two fire stations."
)


def _places(text: str) -> list[tuple[str, int]]:
    """(text, start) of the locations field's facts, the fields it reads run too."""
    result = newsfacts.Extractor(["locations"]).extract({"text": text})
    return [(fact.text, fact.start) for fact in result.facts["locations"]]


def test_a_common_name_written_twice_as_a_place_stands_bare() -> None:
    assert _places(STORY) == [("Troy", 10), ("Troy", 52), ("Troy", 107)]


def test_the_bare_mention_is_read_as_the_others_are() -> None:
    result = newsfacts.Extractor(["locations"]).extract({"text": STORY})
    found = [fact for fact in result.locations if isinstance(fact, newsfacts.Location)]
    assert len({(fact.name, fact.country_code, fact.latitude) for fact in found}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # once with support: the bare mention stays unsure, as before
        (
            "A fire in Troy destroyed a warehouse on Monday. Troy has two fire stations.",
            [("Troy", 10)],
        ),
        # a possessive is a person's: "in Jackson's office" twice makes no place of "Jackson"
        (
            "Aides waited in Jackson's office. Papers piled up in Jackson's office too. "
            "Jackson said nothing.",
            [("Jackson", 16), ("Jackson", 53)],
        ),
        # a name the article gives a person: "Jordan praised" is the director, not the country
        (
            "The director Sam Jordan filmed in Jordan last spring. He went back to Jordan in "
            "May. Jordan praised the crew.",
            [("Jordan", 34), ("Jordan", 70)],
        ),
    ],
)
def test_the_bare_mention_stays_unsure(text: str, expected: list[tuple[str, int]]) -> None:
    assert _places(text) == expected


def test_the_trace_names_the_check() -> None:
    extractor = newsfacts.Extractor(["locations"], trace=True)
    trace = extractor.extract({"text": STORY}).trace
    reasons = [d.reason for d in trace if d.field == "locations" and d.start == 107]
    assert reasons == ["ambiguous-unsupported", "name-standing"]
