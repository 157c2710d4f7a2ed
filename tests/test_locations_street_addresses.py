"""The locations field in a story that gives a street address as North American news writes
it: a house number, the street's name and its abbreviated kind with a period ("1200 E. Broad
St."), a police blotter's block ("the 400 block of West Cedar Street"), a long house number
before the kind in full ("1450 Oak Street") or a numbered street ("East 9th Street"). Such an
address votes for the US and Canada in the article's locality (``addresses.py``), and its dateline
is a local paper's, not a wire's: the well-known city's bonus of a dateline named alone is
not given. The opening, the addresses and the British forms are written for these tests in
the style of a small Texas paper's local news."""

from __future__ import annotations

import pytest

from location_checks import places
from newsfacts_locations.addresses import _FULL_KIND_WORDS, _KIND_WORDS, north_american

OPENING = (
    "Mansfield council weighs $480,000 loan for new fire truck. MANSFIELD — The fire "
    "department could replace its oldest engine if the City Council approves the "
    "loan tonight. "
)


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        # Mansfield, Texas: the headline's name and the dateline's alike
        (
            "The vote is set for 6 p.m. at City Hall, 1450 E. Oak St.",
            [("Mansfield", "US", 32.5632), ("MANSFIELD", "US", 32.5632)],
        ),
        (
            "The meeting is at the police station in the 400 block of West Cedar Street.",
            [("Mansfield", "US", 32.5632), ("MANSFIELD", "US", 32.5632)],
        ),
        # a long house number before the street's kind in full, a numbered street
        (
            "The vote is set for 6 p.m. at City Hall, 1450 Oak Street.",
            [("Mansfield", "US", 32.5632), ("MANSFIELD", "US", 32.5632)],
        ),
        (
            "The new station will stand at Walnut Avenue and East 9th Street.",
            [("Mansfield", "US", 32.5632), ("MANSFIELD", "US", 32.5632)],
        ),
        # no address, or one written the British way: the English town, as before
        (
            "The vote is set for 6 p.m. at City Hall.",
            [("Mansfield", "GB", 53.1333), ("MANSFIELD", "GB", 53.1333)],
        ),
        (
            "The meeting is at 7pm at the Civic Centre, 12 Chesterfield Rd South.",
            [("Mansfield", "GB", 53.1333), ("MANSFIELD", "GB", 53.1333)],
        ),
        (
            "The meeting is at 7pm at the Civic Centre, 24 Chesterfield Road South.",
            [("Mansfield", "GB", 53.1333), ("MANSFIELD", "GB", 53.1333)],
        ),
    ],
)
def test_a_north_american_address_sets_the_story_there(
    where: str, expected: list[tuple[str, str, float]]
) -> None:
    found = [
        (fact.text, fact.country_code, fact.latitude)
        for fact in places(OPENING + where)
        if fact.name == "Mansfield"
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("John Doe, 44, of 1830 Elm St., Alexandria, was charged.", True),
        ("A kitchen fire at 3125 Lamar Ave. was put out shortly after 10 p.m.", True),
        ("The robbery happened in the 800 block of Willow Drive on Friday.", True),
        ("Jane Roe, 27, 69 Elm St., stood before the judge.", True),
        # a long house number before the street's kind in full, a numbered street after a
        # word of the compass
        ("Residents may drop off branches at the garage at 7120 Mill Creek Road.", True),
        ("The fire began in a home at 4180 Stone Hollow Road on Sunday.", True),
        ("He was shot near Elm Avenue and West 14th Street, police said.", True),
        ("The truck crashed at Northeast 62nd Avenue and County Road 9.", True),
        # British and wire forms: no period, no number, a year before a name
        ("Mr Smith, of 18 High St, Bury, was fined.", False),
        ("The shop on Upper Richmond Road West has put up a sign.", False),
        ("In 2008 St. Louis voters approved the tax.", False),
        ("Mr Smith, of 18 High Street, Bury, was fined.", False),
        ("The cafe at 333 George Street reopened on Monday.", False),
        ("In 2008 Ohio Street was repaved.", False),
        ("The council paid $1,500 Park Road residents for the damage.", False),
    ],
)
def test_a_north_american_address(text: str, expected: bool) -> None:
    assert north_american(text) is expected


@pytest.mark.parametrize("kind", sorted(_KIND_WORDS))
def test_every_abbreviated_kind_of_street_gets_past_the_search_for_hints(kind: str) -> None:
    # (the search for hints turns a text down before the patterns: none may be missing)
    assert north_american(f"A kitchen fire at 3125 Lamar {kind}. was put out.") is True


@pytest.mark.parametrize("kind", sorted(_FULL_KIND_WORDS))
def test_every_kind_of_street_in_full_gets_past_the_search_for_hints(kind: str) -> None:
    assert north_american(f"A kitchen fire at 3125 Lamar {kind} was put out.") is True


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a town's people or services after the name, in a story with such an address: a
        # local paper's town, not the namesake abroad the article names nothing else of
        ("Paris firefighters put out a kitchen fire at 4410 Lamar Ave. on Tuesday.", "US"),
        ("Paris firefighters put out a kitchen fire on Tuesday.", "FR"),
        ("Paris firefighters put out a kitchen fire at 4410 Lamar Avenue on Tuesday.", "US"),
        (
            "Paris police questioned a man from Lyon about a theft at 12 Main St. in Boston.",
            "FR",
        ),
    ],
)
def test_a_town_abroad_is_no_local_papers_town(text: str, country: str) -> None:
    found = [fact.country_code for fact in places(text) if fact.text == "Paris"]
    assert found == [country]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # the abbreviation's full stop ends the sentence too: the street was dropped as a
        # saint's "St." going on with a name
        (
            "Crews razed the house at 212 W. Elm St. One of its walls had collapsed in May.",
            "W. Elm St.",
        ),
        ("The clinic is at 40 E. Pine St.Parking is free on weekends.", "E. Pine St."),
    ],
)
def test_a_house_address_ends_at_its_street_abbreviation(text: str, street: str) -> None:
    assert [fact.text for fact in places(text) if fact.kind == "feature"] == [street]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # no house number before it: a saint's name goes on
        ("He climbed Mount St. Helens in May.", ["Mount St. Helens"]),
        ("The team flew from Oak Park to St. Louis on Friday.", ["Oak Park", "St. Louis"]),
    ],
)
def test_a_saints_abbreviation_without_an_address_goes_on(text: str, found: list[str]) -> None:
    assert [fact.text for fact in places(text)] == found
