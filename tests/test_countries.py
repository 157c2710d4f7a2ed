"""The core's table of countries (``newsfacts/data/countries.tsv``): well formed, the one
place countries are listed (no field's word list repeats one), and read alike by the
fields."""

from __future__ import annotations

import doctest
from collections import Counter

import pytest

import newsfacts
from field_lists import listed
from newsfacts import countries
from newsfacts.plugin import (
    CARDINAL_WORDS,
    COMPASS_ADJECTIVES,
    COMPASS_WORDS,
    COUNTRIES,
    COUNTRY_NAMES,
    LOCATIONS,
    NATIONALITY_NOUNS,
    ORGANIZATIONS,
    PEOPLE,
    US_STATE_WORDS,
    US_STATES,
)


def test_the_module_examples_run() -> None:
    assert doctest.testmod(countries).failed == 0


def test_every_name_names_one_country() -> None:
    names = Counter(name for country in COUNTRIES for name in country.names)
    assert [name for name, count in names.items() if count > 1] == []
    assert len(COUNTRY_NAMES) == sum(names.values())


def test_every_code_is_two_capital_letters() -> None:
    for country in COUNTRIES:
        assert len(country.code) == 2 and country.code.isascii() and country.code.isupper()


def test_a_code_is_one_countrys_but_the_united_kingdoms() -> None:
    codes = Counter(country.code for country in COUNTRIES)
    shared = {code: count for code, count in codes.items() if count > 1}
    assert shared == {"GB": 5}  # the United Kingdom, England, Scotland, Wales, N. Ireland
    assert COUNTRY_NAMES["Scotland"].code == COUNTRY_NAMES["UK"].code == "GB"


def test_names_and_adjectives_are_written_as_news_writes_them() -> None:
    for country in COUNTRIES:
        for word in (*country.names, *country.adjectives):
            assert word == word.strip() and "  " not in word and word[:1].isupper(), word
        assert country.name not in country.other_names


@pytest.mark.parametrize(
    ("name", "code", "listed_as"),
    [
        ("Britain", "GB", "United Kingdom"),
        ("U.S.", "US", "United States"),
        ("Czech Republic", "CZ", "Czechia"),
        ("Côte d'Ivoire", "CI", "Ivory Coast"),
        ("Burma", "MM", "Myanmar"),
        ("Kosovo", "XK", "Kosovo"),
        ("Faroes", "FO", "Faroe Islands"),
    ],
)
def test_other_names_lead_to_the_country(name: str, code: str, listed_as: str) -> None:
    assert (COUNTRY_NAMES[name].code, COUNTRY_NAMES[name].name) == (code, listed_as)


# The word lists of the fields that read the core's countries keep their own places only;
# the people field keeps its own choice of adjectives (many are surnames too: "Moldovan").
FIELD_LISTS = [
    ("newsfacts_organizations/data/owner_places.txt", True),
    ("newsfacts_organizations/data/demonyms.txt", True),
    ("newsfacts_organizations/data/joined_teams.txt", True),
    ("newsfacts_organizations/data/non_org_acronyms.txt", False),
    ("newsfacts_people/data/places.txt", False),
]


@pytest.mark.parametrize(("path", "adjectives_too"), FIELD_LISTS)
def test_no_field_list_repeats_a_country(path: str, adjectives_too: bool) -> None:
    words = listed(path)
    adjectives = {adjective for country in COUNTRIES for adjective in country.adjectives}
    repeated = words & (COUNTRY_NAMES.keys() | (adjectives if adjectives_too else set()))
    assert sorted(repeated) == []


# The locations field reads a choice of the countries' adjectives (data/demonyms.txt) and the
# country of each from the core's table: a word of the choice is the adjective of one country.
def test_the_locations_fields_adjectives_are_the_cores() -> None:
    countries = Counter(a for country in COUNTRIES for a in set(country.adjectives))
    chosen = listed("newsfacts_locations/data/demonyms.txt")
    assert sorted(word for word in chosen if countries[word] != 1) == []


def test_a_country_adjective_before_a_place_noun_is_its_country() -> None:
    text = "Shelling hit Ukrainian cities overnight, and Swiss villages voted."
    result = newsfacts.Extractor(["locations"]).extract(text)
    places = [(fact.text, fact.country_code, fact.adjectival) for fact in result[LOCATIONS]]
    assert places == [("Ukrainian", "UA", True), ("Swiss", "CH", True)]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # countries no field listed before the core's table
        ("Shares in Togo's Zorvane Telecom rose 4% on Monday.", "Zorvane Telecom"),
        ("Burma's Kyaltel Holdings said its profit fell.", "Kyaltel Holdings"),
        ("Shares in Britain's Marlow Brands fell 2% on Friday.", "Marlow Brands"),
    ],
)
def test_a_countrys_possessive_is_no_part_of_a_companys_name(text: str, company: str) -> None:
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.text for fact in result.facts[ORGANIZATIONS]] == [company]


def test_a_countrys_name_in_capitals_is_no_organizations() -> None:
    text = "Fighting in eastern DRC displaced 10,000 people, the UAE said."
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.text for fact in result.facts[ORGANIZATIONS]] == []


def test_america_s_possessive_stays_in_a_name() -> None:
    text = "America's Voice, an advocacy group, said on Monday the plan would fail."
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.text for fact in result.facts[ORGANIZATIONS]] == ["America's Voice"]


def test_a_countrys_name_with_and_is_one_team() -> None:
    text = (
        "Saint Vincent and the Grenadines beat Guyana 2-1 in a World Cup qualifier on "
        "Tuesday, the coach said after the match."
    )
    result = newsfacts.Extractor(["organizations"]).extract(text)
    teams = [fact.text for fact in result.facts[ORGANIZATIONS]]
    assert teams == ["Saint Vincent and the Grenadines", "Guyana"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # countries the field did not list before the core's table
        ("Top scorer: Victor Osimhen Nigeria 5 goals.", ["Victor Osimhen"]),
        ("Winners: Naomi Kiprop Kenya, Lars Berg Norway.", ["Naomi Kiprop", "Lars Berg"]),
    ],
)
def test_a_country_ends_a_persons_name(text: str, people: list[str]) -> None:
    result = newsfacts.Extractor(["people"]).extract(text)
    assert [fact.text for fact in result.facts[PEOPLE]] == people


def test_every_state_has_a_two_letter_code_and_a_name() -> None:
    assert len(US_STATES) == 51  # the fifty states and the District of Columbia
    for code, name in US_STATES.items():
        assert len(code) == 2 and code.isascii() and code.isupper() and name[:1].isupper()


# The locations field's abbreviations after a town keep its own only: the AP forms ("Ind."),
# Canada's and Australia's ("Ont.", "NSW").
def test_no_field_list_repeats_a_states_code() -> None:
    words = listed("newsfacts_locations/data/qualifier_abbreviations.tsv")
    assert sorted(words & US_STATES.keys()) == []


def test_the_words_of_the_states_names_open_no_other_place() -> None:
    assert {"Ohio", "Carolina", "Jersey", "Rhode", "Island"} <= US_STATE_WORDS
    assert US_STATE_WORDS.isdisjoint({"New", "North", "South", "West", "District", "of"})


# The fields' lists of places keep their own only: the names of the United States
# ("America"), cities and regions.
STATE_WORD_LISTS = [
    "newsfacts_organizations/data/us_names.txt",
    "newsfacts_people/data/places.txt",
]


@pytest.mark.parametrize("path", STATE_WORD_LISTS)
def test_no_field_list_repeats_a_word_of_a_states_name(path: str) -> None:
    assert sorted(listed(path) & US_STATE_WORDS) == []


def test_a_word_of_a_states_name_ends_a_persons_name() -> None:
    text = "Top scorers: Lars Berg Vermont, Ana Ruiz Dakota."
    result = newsfacts.Extractor(["people"]).extract(text)
    assert [fact.text for fact in result.facts[PEOPLE]] == ["Lars Berg", "Ana Ruiz"]


def test_a_states_code_after_a_town_is_the_state_and_no_organization() -> None:
    text = "Police in Berea, OH, arrested two men on Monday."
    result = newsfacts.Extractor(["locations", "organizations"]).extract(text)
    assert [fact.name for fact in result.facts[LOCATIONS]] == ["Berea", "Ohio"]
    assert result.facts[ORGANIZATIONS] == ()


def test_the_compass_has_sixteen_words_half_of_them_adjectives() -> None:
    assert (len(COMPASS_WORDS), len(CARDINAL_WORDS), len(COMPASS_ADJECTIVES)) == (16, 8, 8)
    assert CARDINAL_WORDS | COMPASS_ADJECTIVES < COMPASS_WORDS


# The fields' lists of words around places keep their own only ("Greater", "rural", "tropical").
COMPASS_LISTS = [
    "newsfacts_locations/data/directions.txt",
    "newsfacts_locations/data/region_words.txt",
    "newsfacts_organizations/data/region_words.txt",
    "newsfacts_organizations/data/name_adjectives.txt",
    "newsfacts_people/data/places.txt",
]


@pytest.mark.parametrize("path", COMPASS_LISTS)
def test_no_field_list_repeats_a_compass_word(path: str) -> None:
    words = {word.lower() for word in listed(path)}
    assert sorted(words & COMPASS_WORDS) == []


def test_a_compass_word_joins_a_place_or_stands_before_one() -> None:
    text = "New Hope in southwestern Jamaica flooded, and Southern California burned."
    result = newsfacts.Extractor(["locations"]).extract(text)
    places = [(fact.text, fact.name) for fact in result.facts[LOCATIONS]]
    assert places == [
        ("New Hope", "New Hope"),
        ("Jamaica", "Jamaica"),
        ("Southern California", "California"),
    ]


@pytest.mark.parametrize(
    ("noun", "country"),
    [("Spaniard", "Spain"), ("Briton", "United Kingdom"), ("New Zealander", "New Zealand")],
)
def test_a_noun_for_a_person_of_a_country_leads_to_it(noun: str, country: str) -> None:
    assert NATIONALITY_NOUNS[noun].name == country


def test_a_territory_with_its_own_team_is_a_country_in_a_headline() -> None:
    # the short name in capitals is the team the body names in full
    text = (
        "SOCCER - NORWAY BEAT FAROES IN EURO QUALIFIER .\nOSLO 2024-03-12\n"
        "Norway beat the Faroe Islands 4-0 in a European Championship qualifier on Tuesday."
    )
    result = newsfacts.Extractor(["organizations"]).extract(text)
    teams = [(fact.text, fact.kind) for fact in result.facts[ORGANIZATIONS]]
    assert teams == [
        ("NORWAY", "sports"),
        ("FAROES", "sports"),
        ("Norway", "sports"),
        ("Faroe Islands", "sports"),
    ]
