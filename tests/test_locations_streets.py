"""The locations field: roads, storms, lists of streets, features, schools and states' names."""

from __future__ import annotations

import itertools
import time

import pytest

import newsfacts
from location_checks import by_text, places
from newsfacts.collector import paused
from newsfacts_locations import extract


def test_a_numbered_road_is_one_feature_not_a_street_inside_it_too() -> None:
    text = "Deputies responded to a crash on State Road 15 north of Wabash, Ind."
    assert [(f.text, f.kind) for f in places(text)] == [
        ("State Road 15", "feature"),
        ("Wabash", "city"),
        ("Ind.", "admin"),
    ]


def test_no_two_places_overlap() -> None:
    text = "The Brouwer farm between Innerkip and Oxford Road 9 in Ontario."
    found = sorted(places(text), key=lambda f: f.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_a_us_highway_after_a_preposition_is_a_road_not_the_country() -> None:
    text = "The board rezoned land along U.S. 17 in Brunswick, Ga. The U.S. 10-year yield rose."
    assert [(f.text, f.kind) for f in places(text)] == [
        ("U.S. 17", "feature"),
        ("Brunswick", "city"),
        ("Ga.", "admin"),
        ("U.S.", "country"),
    ]


def test_a_ships_name_is_no_town() -> None:
    assert [f.text for f in places("The vessel Dali, bound for Colombo, hit a bridge.")] == [
        "Colombo"
    ]


def test_a_storms_name_is_no_town_but_the_town_of_its_word_stays() -> None:
    text = "Hurricane Milton hit Florida. Deputies later searched a house in Hurricane, Utah."
    assert [(place.text, place.kind) for place in places(text)] == [
        ("Florida", "admin"),
        ("Hurricane", "city"),
        ("Utah", "admin"),
    ]


def test_a_storms_name_alone_is_the_storm_but_a_qualified_town_stays() -> None:
    text = (
        "Typhoon Nelson neared Manila on Monday. Nelson is the third typhoon of the season. "
        "Crews flew in from Nelson, New Zealand."
    )
    assert [(place.text, place.country_code) for place in places(text)] == [
        ("Manila", "PH"),
        ("Nelson", "NZ"),
        ("New Zealand", "NZ"),
    ]


def test_a_plural_street_word_ends_a_list_of_streets() -> None:
    found = by_text("Crews closed Elm, Birch, and Pine streets in Topeka.")
    assert [(name, found[name].kind) for name in ("Elm", "Birch", "Pine")] == [
        ("Elm", "feature"),
        ("Birch", "feature"),
        ("Pine", "feature"),
    ]
    assert "Main" not in by_text("Main streets were closed in Topeka.")


def test_many_lists_of_streets_take_time_in_proportion() -> None:
    """ "Linwood and Harrison streets" a thousand times: each name was looked for in a list
    of all the text's listed streets (0.4 MB took 99 CPU seconds). Four times the text takes
    well under sixteen times as long (each size's least of three, in CPU time, with the
    cyclic collector paused as the extractor pauses it: a sentence repeated is read once, and
    a full collection of a long test run's objects would weigh on the larger size alone)."""
    piece = "Linwood and Harrison streets in Paris. "

    def seconds(copies: int) -> float:
        document = newsfacts.Document.from_article(newsfacts.Article(text=piece * copies))
        with paused():
            began = time.process_time()
            extract(document)
            return time.process_time() - began

    small = min(seconds(1000) for _ in range(3))
    large = min(seconds(4000) for _ in range(3))
    assert large < 8 * small


def test_a_groups_plural_possessive_opens_a_streets_name() -> None:
    # the mark after the plural's "s" is a word of the name, as "Children's" is
    found = by_text("Crews will extend Founders’ Parkway to Mill Drive in Huntsville, Texas.")
    assert found["Founders’ Parkway"].kind == "feature"
    found = by_text("Traffic slowed on Veterans' Memorial Highway near Dayton, Ohio.")
    assert "Veterans' Memorial Highway" in found


def test_an_owners_possessive_alone_after_a_preposition_opens_a_features_name() -> None:
    # a founder's or an owner's name: the lake is his, the town owns none
    found = by_text("Swimmers fell ill after a dip in Harwick's Lake near Dallas, Texas.")
    assert found["Harwick's Lake"].kind == "feature"
    found = by_text("They fished at Miller’s Creek near Tulsa, Oklahoma.")
    assert found["Miller’s Creek"].kind == "feature"
    # a town's possessive before a name of its own stays the town's
    assert list(by_text("He walked down Harare's Third Street.")) == ["Harare", "Third Street"]
    # nor a building's word: a company's or a saint's name (see the landmarks)
    assert "Harwick's Hospital" not in by_text("She is at Harwick's Hospital in Leeds, England.")
    # no preposition before it: none
    assert not by_text("The Harwick's Lake house was sold.")


def test_a_bypass_a_trafficway_a_field_and_a_preserve_are_places() -> None:
    found = by_text("Police stopped a van near the Western Bypass in Richmond, Kentucky.")
    assert found["Western Bypass"].kind == "feature"
    found = by_text("The store at North Elm Trafficway in Kansas City, Missouri, closed.")
    assert found["North Elm Trafficway"].kind == "feature"
    found = by_text("The game moved to Harwick Field in Oakdale, Connecticut, on Monday.")
    assert found["Harwick Field"].kind == "feature"
    assert "Field" not in by_text("Actress Sally Field visited Oakdale, Connecticut.")
    found = by_text("Stargazers met at the Harwick Land Preserve in Southwick, Massachusetts.")
    assert found["Harwick Land Preserve"].kind == "feature"


def test_a_feature_word_may_start_a_streets_name() -> None:
    found = by_text("The crash closed Indian Lake Road in Marion on Monday.")
    assert found["Indian Lake Road"].kind == "feature"


def test_a_landmarks_name_of_four_words_is_whole_but_an_adjective_opens_none() -> None:
    found = by_text("Flights at Chhatrapati Shivaji Maharaj International Airport were late.")
    assert "Chhatrapati Shivaji Maharaj International Airport" in found
    found = by_text("They flew him to the Vatican-owned Santa Lucia Children's Hospital in Rome.")
    assert found.keys() == {"Vatican", "Santa Lucia Children's Hospital", "Rome"}


def test_a_surname_like_feature_needs_a_lead() -> None:
    assert "Ricki Lake" not in by_text("Ricki Lake said the show would return to Boston.")
    assert by_text("River Phoenix starred in a film shot in Portland.").keys() == {"Portland"}


def test_a_feature_named_after_its_head_ends_there() -> None:
    assert "Lake Placid Olympic" not in by_text("The Lake Placid Olympic Center reopened.")


def test_wall_street_is_no_street() -> None:
    assert "Wall Street" not in by_text("Wall Street fell as investors in New York fled.")
    assert "Wall Street" not in by_text("He read the Wall Street Journal.")


def test_person_fact_blocks_place() -> None:
    text = "Graham spoke in the Senate."
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    person = newsfacts.Fact.at(text, 0, 6)
    assert extract(document, people=[person]) == []


@pytest.mark.parametrize(
    ("text", "places_found"),
    [
        ("She taught at Lincoln Elementary School in Ottumwa.", ["Ottumwa"]),
        ("Students at Jefferson Middle School in Dayton left early.", ["Dayton"]),
        ("The Torrington Fire Department answered the call.", ["Torrington"]),
        ("Paris High School won in Paris, Texas.", ["Paris", "Paris", "Texas"]),
        # a hospital is an organization and a landmark both, and its town or state stands
        ("He was taken to Karl Bremer Hospital on Monday.", ["Karl Bremer Hospital"]),
        ("She was flown to Woodstock General Hospital.", ["Woodstock"]),
        ("He died at Massachusetts General Hospital in Boston.", ["Massachusetts", "Boston"]),
        # a body named after the town it first met in is no town's own commission
        ("The Helsinki Commission heard two witnesses from Minsk.", ["Minsk"]),
        ("The Venice Commission urged Kyiv to repeal the law.", ["Kyiv"]),
        ("The Pike County Commission met in Troy.", ["Pike County", "Troy"]),
        ("The Chicago Commission on Human Relations met.", ["Chicago"]),
        ("The Dodge City Commission voted on Monday.", ["Dodge City"]),
    ],
)
def test_a_school_named_after_a_person_names_no_town(text: str, places_found: list[str]) -> None:
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    organizations = newsfacts.Extractor(["organizations"]).extract(newsfacts.Article(text=text))
    claims = list(organizations["organizations"])
    found = extract(document, organizations=claims)
    assert [fact.text for fact in sorted(found, key=lambda f: f.start)] == places_found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rain hit southern India's Kerala state.", ["India", "Kerala"]),
        ("Voters waited for Tuesday's Iowa caucus.", ["Iowa"]),
        ("Kerala Revenue Minister K. Rajan spoke.", ["Kerala"]),
        ("They sailed to Martha's Vineyard.", ["Martha's Vineyard"]),  # one name, whole
        (
            "Campers filled Virginia's Jefferson National Forest.",
            ["Virginia", "Jefferson National Forest"],
        ),
    ],
)
def test_a_possessive_owner_or_an_office_around_a_place(text: str, names: list[str]) -> None:
    assert [fact.text for fact in places(text)] == names


def test_a_landmark_named_after_a_big_city_stands_in_it() -> None:
    found = by_text("Flights from Chicago land at Newark Liberty International Airport.")
    airport = found["Newark Liberty International Airport"]
    assert (airport.country_code, round(airport.latitude or 0), round(airport.longitude or 0)) == (
        "US",
        41,
        -74,
    )
    # a person's name ("Kennedy", a town too) names no city: the town named before it (the
    # airports news names most are listed with their points, data/places.tsv)
    named = by_text("Flights from Chicago land at Kennedy Memorial Airport.")
    assert round(named["Kennedy Memorial Airport"].longitude or 0) == -88  # Chicago's


def test_a_street_stands_in_the_nearest_town_of_the_articles_country() -> None:
    # the nearest town before the park is Kyoto, named for the firm's address; the article
    # is in Ohio, and the park in its nearest Ohio town
    text = (
        "Dublin, Ohio, and Columbus, Ohio, hired a firm from Kyoto for the memorial. "
        "The dedication at Coffman Park is on Monday."
    )
    found = by_text(text)
    park, columbus = found["Coffman Park"], found["Columbus"]
    assert (park.country_code, park.latitude, park.longitude) == (
        "US",
        columbus.latitude,
        columbus.longitude,
    )
    # a town named right after it still decides, wherever it is
    found = by_text("Dublin, Ohio, and Columbus, Ohio, sent a team to Karasuma Avenue in Kyoto.")
    assert found["Karasuma Avenue"].country_code == "JP"


def test_a_persons_name_that_is_a_big_citys_is_the_city() -> None:
    text = "The nurse divides her year between Baton Rouge and a cabin in Maine."
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    person = newsfacts.Fact.at(text, 35, 46)
    assert [f.name for f in extract(document, people=[person])] == ["Baton Rouge", "Maine"]


def test_adjectival_only_before_place_nouns() -> None:
    found = places("Drones hit Ukrainian cities as the Ukrainian army retreated.")
    assert [(fact.text, fact.adjectival) for fact in found] == [("Ukrainian", True)]
    assert places("Drones hit Ukrainian cities.", adjectival=False) == []


def test_georgia_defaults_to_the_country() -> None:
    assert by_text("Georgia held elections.")["Georgia"].country_code == "GE"


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters warned of flooding in parts of Georgia and South Carolina.",
        "The storm moved from South Carolina, Georgia and Alabama toward the coast.",
    ],
)
def test_georgia_listed_with_states_is_the_state(text: str) -> None:
    georgia = by_text(text)["Georgia"]
    assert (georgia.country_code, georgia.kind) == ("US", "admin")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Turnout in Nevada was high, and Iowa voters waited in line.", "Nevada", "admin"),
        ("Ted Cruz won Texas and campaigned in Pennsylvania and Indiana.", "Indiana", "admin"),
        ("Her mother lives in Nevada, Iowa, a town north of Des Moines.", "Nevada", "city"),
        ("The bank has offices in Zurich and Geneva.", "Zurich", "city"),
    ],
)
def test_a_towns_name_that_is_another_states_needs_a_qualifier(
    text: str, name: str, kind: str
) -> None:
    assert by_text(text)[name].kind == kind


def test_a_lone_town_named_like_a_person_lends_a_street_no_point() -> None:
    # "Franklin" (a street's new name here) read as the Georgia town lent Bay Street its
    # point; now Savannah, the town before it, does
    text = (
        "Crews in Savannah, Georgia, closed the old lane, later renamed Franklin. "
        "They repaved Bay Street on Monday."
    )
    found = by_text(text)
    savannah = found["Savannah"]
    street = found["Bay Street"]
    assert (street.latitude, street.longitude) == (savannah.latitude, savannah.longitude)
    # followed by its state, or near another place of the story, the town still lends it
    for text in (
        "Police in Franklin, Tennessee, closed Main Street on Monday.",
        "Franklin police closed Main Street on Monday, the Williamson County sheriff said.",
    ):
        found = by_text(text)
        franklin = found["Franklin"]
        street = found["Main Street"]
        assert (street.latitude, street.longitude) == (franklin.latitude, franklin.longitude)


def test_the_second_street_of_a_corner_needs_no_preposition_of_its_own() -> None:
    # "Lane" is also a surname: the street before "and" leads it, as "near" leads the first
    text = "The truck stalled near Porter Street and Cypress Lane in Boone, N.C., on Friday."
    assert [(f.text, f.kind) for f in places(text)][:2] == [
        ("Porter Street", "feature"),
        ("Cypress Lane", "feature"),
    ]
    assert [f.text for f in places("Tom Hill and Mary Lane spoke in Boone, N.C.")] == [
        "Boone",
        "N.C.",
    ]


def test_a_dwellings_number_after_the_street_ends_its_name() -> None:
    text = "Ann Roe, 23, of 317 Cedar Ridge Road Lot 8, was cited in Paris, Tenn."
    assert [(f.text, f.kind) for f in places(text)] == [
        ("Cedar Ridge Road", "feature"),
        ("Paris", "city"),
        ("Tenn.", "admin"),
    ]


def test_a_date_after_a_street_is_no_word_of_its_name() -> None:
    text = "The council renamed Dakota Street Nov. 3, 1992, in Dublin, Ohio."
    assert [(f.text, f.kind) for f in places(text)] == [
        ("Dakota Street", "feature"),
        ("Dublin", "city"),
        ("Ohio", "admin"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“The Quiet Field,” a drama about a farmer, won the top prize.",
        "The network renewed its hospital drama, “Harbor Street.”",
        "Critics praised 'Willow Park' at the festival.",
    ],
)
def test_a_name_that_fills_quote_marks_is_a_title(text: str) -> None:
    assert [fact.text for fact in places(text)] == []


def test_a_company_s_home_town_lends_no_point_to_a_street_named_after_it() -> None:
    # "Atlanta-based" says where the developer comes from; the road lies in the story's town
    text = (
        "Neighbors in Tyrone, Georgia, fought the plan. The Atlanta-based developer wants "
        "trucks on Kenwood Road."
    )
    found = {fact.text: fact for fact in places(text)}
    road, town = found["Kenwood Road"], found["Tyrone"]
    assert (road.kind, road.latitude, road.longitude) == ("feature", town.latitude, town.longitude)


@pytest.mark.parametrize(
    "text",
    [
        "He met ministers in Kiev. Later he bought the Larchmont Hotel on Cedar Avenue in Boston.",
        "He met ministers in Kiev. Later he bought the Larchmont Hotel, at 5th Street in Boston.",
    ],
)
def test_a_landmark_on_a_street_of_a_town_stands_in_that_town(text: str) -> None:
    # the street's town, named after it, is the landmark's; not the town named before
    found = by_text(text)
    hotel, town = found["Larchmont Hotel"], found["Boston"]
    assert (hotel.country_code, hotel.latitude, hotel.longitude) == (
        "US",
        town.latitude,
        town.longitude,
    )
