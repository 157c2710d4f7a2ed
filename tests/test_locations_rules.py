"""The locations field: bodies and places inside their names, streets, villages, landmarks."""

from __future__ import annotations

import pytest

import newsfacts
from location_checks import by_text, places
from newsfacts_locations import extract


def test_a_person_named_with_a_title_is_no_place_after_a_preposition() -> None:
    """Obama is a town in Japan; "in Obama's plan" is the president's plan."""
    extractor = newsfacts.Extractor(["people", "organizations", "locations"])
    result = extractor.extract("President Obama spoke. Critics found little in Obama's plan.")
    assert [fact.text for fact in result["locations"]] == []
    assert [fact.start for fact in result["people"]] == [10, 47]


def test_a_person_named_like_a_region_is_the_person_wherever_the_people_field_names_her() -> None:
    """Brittany is a French region; after "his niece, Brittany," the people field names
    her at each mention, and a mention without support is hers."""
    extractor = newsfacts.Extractor(["people", "organizations", "locations"])
    text = "He scolded his niece, Brittany, in June. He later drove Brittany to Rennes."
    result = extractor.extract(text)
    assert [fact.text for fact in result["locations"]] == ["Rennes"]
    assert [fact.start for fact in result["people"]] == [22, 56]


def test_a_name_glued_to_a_groups_word_stays_a_place_the_article_writes_with_county() -> None:
    """The group's name "KeepIt Chatham" makes Chatham a name part; the article writes
    "Chatham County" too, so an unsupported "Chatham" is the county all the same."""
    extractor = newsfacts.Extractor(["people", "organizations", "locations"])
    text = (
        "The Chatham County Board of Commissioners voted on Tuesday. Farmland in unincorporated"
        " Chatham could be rezoned under Chatham's new plan. Residents, led by KeepIt Chatham,"
        " are opposed."
    )
    result = extractor.extract(text)
    found = [(fact.text, fact.start, getattr(fact, "name", None)) for fact in result["locations"]]
    assert found == [
        ("Chatham County", 4, "Chatham County"),
        ("Chatham", 87, "Chatham County"),
        ("Chatham", 118, "Chatham County"),
    ]


def test_a_name_glued_to_a_groups_word_is_no_place_without_its_division_written() -> None:
    extractor = newsfacts.Extractor(["people", "organizations", "locations"])
    text = "Farmland in unincorporated Chatham may be rezoned. KeepIt Chatham objects."
    assert extractor.extract(text)["locations"] == ()


def test_a_place_after_an_owner_in_the_possessive_is_a_place() -> None:
    """A word in the possessive owns what follows: no person's first name."""
    extractor = newsfacts.Extractor(["people", "organizations", "locations"])
    text = "Acme's Tennessee plant will close, and Ana's Miami relatives are upset."
    found = [
        (fact.text, getattr(fact, "name", None)) for fact in extractor.extract(text)["locations"]
    ]
    assert found == [("Tennessee", "Tennessee"), ("Miami", "Miami")]


def test_a_plural_in_the_possessive_goes_on_with_a_name() -> None:
    extractor = newsfacts.Extractor(["people", "organizations", "locations"])
    text = "“We call on the Democratic People’s Republic of Korea to stop,” he said."
    assert extractor.extract(text)["locations"] == ()


def test_a_common_name_kept_once_with_its_state_is_the_town_where_it_stands_alone() -> None:
    """Norman is a given name and a city of Oklahoma; after "Norman, Okla." the bare
    "Norman house" is the city too."""
    extractor = newsfacts.Extractor(["people", "organizations", "locations"])
    text = (
        "Dale Ruiz grew up in Norman, Okla., and moved to Dallas. He sold his Norman house in May."
    )
    found = [
        (fact.text, fact.start, getattr(fact, "country_code", None))
        for fact in extractor.extract(text)["locations"]
    ]
    assert found == [
        ("Norman", 21, "US"),
        ("Okla.", 29, "US"),
        ("Dallas", 49, "US"),
        ("Norman", 69, "US"),
    ]


def test_a_university_named_like_a_place_is_the_university() -> None:
    """A place in Massachusetts bears the name; the organizations field's claim holds."""
    extractor = newsfacts.Extractor(["people", "organizations", "locations"])
    result = extractor.extract("She is an epidemiologist at Tufts University's nutrition school.")
    assert [fact.text for fact in result["organizations"]] == ["Tufts University"]
    assert result["locations"] == ()


def test_a_delegates_title_before_a_name_is_no_state() -> None:
    extractor = newsfacts.Extractor(["people", "organizations", "locations"])
    result = extractor.extract("Former Del. Ann K. Loring met voters in Dover, Del., on Monday.")
    assert [(fact.text, getattr(fact, "name", None)) for fact in result["locations"]] == [
        ("Dover", "Dover"),
        ("Del.", "Delaware"),
    ]


def test_nested_place_in_organization_fact_is_dropped() -> None:
    text = "Staff of Acme Kyiv Bakery met."
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    organization = newsfacts.Fact.at(text, 9, 26)
    assert extract(document, organizations=[organization]) == []
    assert [fact.text for fact in extract(document)] == []  # neighbours are names too


def claimed(text: str, organization: str) -> list[tuple[str, str | None]]:
    """The places found when the organizations field claims ``organization``."""
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    start = text.index(organization)
    claim = newsfacts.Fact.at(text, start, start + len(organization))
    return [(f.text, f.country_code) for f in extract(document, organizations=[claim])]


@pytest.mark.parametrize(
    ("text", "organization", "expected"),
    [
        # a town where the body sits, after "in" at the end of its name
        (
            "He teaches at the Guildhall School of Music in London today.",
            "Guildhall School of Music in London",
            [("London", "GB")],
        ),
        # not a country it works for
        ("A director of Human Rights in China said so.", "Human Rights in China", []),
        # a big city or a division before a public body's word
        (
            "According to the Houston Police Department, glass struck a car.",
            "Houston Police Department",
            [("Houston", "US")],
        ),
        # not a football club
        ("Tom Baxter of Norwich City signed on Friday.", "Norwich City", []),
        # a shorter name inside a place's longer one: the place's
        (
            "Schools in the Australian Capital Territory will close early.",
            "Australian Capital",
            [("Australian Capital Territory", "AU")],
        ),
    ],
)
def test_places_in_organization_names(
    text: str, organization: str, expected: list[tuple[str, str | None]]
) -> None:
    assert claimed(text, organization) == expected


def test_state_beats_a_smaller_city_of_its_name() -> None:
    assert by_text("A federal judge in Wyoming halted the rule.")["Wyoming"].kind == "admin"
    assert by_text("Officials in Washington said so.")["Washington"].kind == "city"


def test_a_division_noun_after_a_list_names_divisions() -> None:
    found = by_text("Gunmen attacked villages in Zamfara and Katsina states.")
    assert [(fact.name, fact.kind) for fact in found.values()] == [
        ("Zamfara", "admin"),
        ("Katsina", "admin"),
    ]


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("The shop at Bridge Street, Ballymote, was robbed on Monday.", "Ballymote"),
        ("Tom Reilly, 52, of Ballymote, was charged.", "Ballymote"),
        ("Mary Kane, 34, from Ballymote, won the race.", "Ballymote"),
    ],
)
def test_a_village_stands_at_an_address_or_a_residents_home(text: str, village: str) -> None:
    assert by_text(text)[village].country_code == "IE"


def test_a_word_rarely_a_place_is_one_after_a_name_and_an_age() -> None:
    found = by_text("The car was driven by Kevin Alvarez, 41, of Bend, police said.")
    assert (found["Bend"].name, found["Bend"].country_code) == ("Bend", "US")


def test_a_village_stands_after_a_persons_name_and_of() -> None:
    result = newsfacts.Extractor().extract("Survivors include a sister, Mary Kane of Ballymote.")
    assert [(fact.text, fact.country_code) for fact in result.locations] == [("Ballymote", "IE")]


def test_of_after_a_persons_name_supports_a_town() -> None:
    result = newsfacts.Extractor().extract("Tom Reilly of Nelson was riding a scooter.")
    assert [fact.text for fact in result.locations] == ["Nelson"]
    assert newsfacts.Extractor().extract("Nelson was driving a pickup.").locations == ()


def test_dc_alone_is_washington() -> None:
    found = by_text("The veteran will ride his bike from Tulsa to D.C. this spring.")
    assert (found["D.C."].name, found["D.C."].country_code) == ("Washington", "US")


def test_a_small_town_placed_once_is_a_place_at_every_mention() -> None:
    found = places("Tom Reilly, 52, of Ballymote, was charged. Ballymote was quiet on Monday.")
    assert [(fact.text, fact.country_code) for fact in found] == [
        ("Ballymote", "IE"),
        ("Ballymote", "IE"),
    ]


def test_a_village_alone_needs_its_state() -> None:
    assert "Ballymote" not in by_text("Ballymote was busy on Monday.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Former Ohio Gov. Ted Strickland spoke in Dayton.", "Ohio"),
        ("Acting U.S. Attorney Jane Roe filed the charges.", "U.S."),
        ("Top Belarus official resigns.", "Belarus"),
        ("Both Ohio senators voted no.", "Ohio"),
    ],
)
def test_a_title_word_at_a_sentences_start_joins_no_name(text: str, place: str) -> None:
    assert place in by_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sens. Mitch McConnell and Rand Paul voted no.",
        "Metro police said the car was stolen.",
        "Since Obama took office, talks have stalled.",
        "She chairs the Judah P. Benjamin Award committee.",
        "Crews were called to South 13th Terrace.",
        "The flight from Terminal 2 Airport was late.",
    ],
)
def test_words_and_names_that_are_also_small_towns(text: str) -> None:
    assert places(text) == []


def test_a_landmark_word_that_is_also_a_towns_name_ends_the_landmark() -> None:
    # "Airport" is a town in Hawaii; "Dubai" a city the check of a name before leaves alone
    found = by_text("She flew home from Dubai Airport and stayed at the Berlin Hotel.")
    assert sorted(found) == ["Berlin Hotel", "Dubai Airport"]
    assert {place.kind for place in found.values()} == {"feature"}


def test_a_compass_word_opening_a_numbered_street_is_no_region() -> None:
    found = by_text("The council approved 12 homes on Northeast 8th Street.")
    assert list(found) == ["Northeast 8th Street"]
    assert found["Northeast 8th Street"].kind == "feature"


@pytest.mark.parametrize(
    ("text", "landmark", "town", "country"),
    [
        ("Premier Ford met the mayor at Queen's Park in Toronto.", "Queen's Park", "Toronto", "CA"),
        (
            "Protesters marched to Union Square in San Francisco.",
            "Union Square",
            "San Francisco",
            "US",
        ),
        ("Thousands rallied in Hyde Park in Sydney on Sunday.", "Hyde Park", "Sydney", "AU"),
    ],
)
def test_a_landmark_named_with_its_town_stands_there(
    text: str, landmark: str, town: str, country: str
) -> None:
    """Not the London district, the Massachusetts village or the New York town of its name."""
    found = by_text(text)
    assert found[landmark].kind == "feature"
    assert found[landmark].country_code == country
    assert (found[landmark].latitude, found[landmark].longitude) == (
        found[town].latitude,
        found[town].longitude,
    )


def test_the_english_regions_news_names() -> None:
    found = by_text("The charity runs 14 shelters across the Midlands and East Anglia.")
    assert [(f.name, f.kind, f.country_code) for f in found.values()] == [
        ("Midlands", "region", "GB"),
        ("East Anglia", "region", "GB"),
    ]


def test_a_landmark_named_with_a_town_it_is_near_stays_the_gazetteers() -> None:
    found = by_text("Thousands rallied in Hyde Park in London on Sunday.")
    assert (found["Hyde Park"].kind, found["Hyde Park"].country_code) == ("city", "GB")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("The final was played at the Emirates Stadium on Saturday.", "Emirates Stadium"),
        ("Fans left the Qatar Airways Stadium early.", "Qatar Airways Stadium"),
    ],
)
def test_a_country_opening_a_venues_name_is_no_country(text: str, venue: str) -> None:
    found = by_text(text)
    assert sorted(found) == [venue]
    assert found[venue].kind == "feature"


def test_a_common_word_listed_with_towns_of_its_country_is_a_town() -> None:
    found = by_text("Italy put 18 cities, including Rome, Milan and Florence, on its top alert.")
    assert (found["Florence"].name, found["Florence"].country_code) == ("Florence", "IT")
    # not a compass word, nor a street's name before a plural street word
    assert "North" not in by_text("She posed with her daughters North and Chicago in Paris.")
    assert (
        by_text("A main broke at Linwood and Harrison streets in Pineville.")["Harrison"].kind
        == "feature"
    )


def test_a_place_after_a_comma_in_a_list_qualifies_nothing() -> None:
    found = places("Stocks ended higher in Paris, Zurich, Amsterdam and Brussels.")
    assert [(f.text, f.country_code) for f in found] == [
        ("Paris", "FR"),
        ("Zurich", "CH"),
        ("Amsterdam", "NL"),
        ("Brussels", "BE"),
    ]


# A county of Britain or Ireland, whose towns carry no code of it, holds the towns near its
# point: the town of its county, or one the gazetteer lacks at the county's point, not a
# namesake across England
BRITISH_COUNTIES = [
    ("Police in Richmond, North Yorkshire, said so.", "Richmond", (54.1017, -1.4114)),
    ("The next round is at Croft, Yorkshire, in June.", "Croft", (54.0, -1.5)),
    ("Firefighters were called to Wick, Highland.", "Wick", (58.4391, -3.0942)),
]


@pytest.mark.parametrize(("text", "surface", "point"), BRITISH_COUNTIES)
def test_a_british_county_holds_the_towns_near_it(
    text: str, surface: str, point: tuple[float, float]
) -> None:
    found = by_text(text)[surface]
    assert (found.latitude, found.longitude) == point


def test_a_name_before_a_noun_of_its_people_is_a_town_not_a_country() -> None:
    found = by_text("Police said a Lebanon woman was charged. She lived near Zionsville, Indiana.")
    assert (found["Lebanon"].kind, found["Lebanon"].country_code) == ("city", "US")
    assert by_text("Israel and Lebanon agreed to talks.")["Lebanon"].kind == "country"


def test_a_road_named_by_its_number_is_a_feature_of_the_town_near_it() -> None:
    text = "A truck overturned on Interstate 45 in Huntsville, and traffic backed up to FM 645."
    found = by_text(text)
    assert [(f.text, f.kind) for f in places(text)] == [
        ("Interstate 45", "feature"),
        ("Huntsville", "city"),
        ("FM 645", "feature"),
    ]
    assert found["FM 645"].latitude == found["Huntsville"].latitude
