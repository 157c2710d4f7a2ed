"""A feature word right after a place's name: the name is the feature's, not the place's."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts_locations.gazetteer import load
from newsfacts_people.lexicon import PLACE_NAMES

# (text, the places found: text, kind, country; a feature takes the country of the place
# its name holds, and no point)
FEATURES = [
    (
        "Oil spilled into Mobile Bay on Friday, officials in Alabama said.",
        [("Mobile Bay", "feature", "US"), ("Alabama", "admin", "US")],
    ),
    (
        "Fishermen on Galveston Bay saw it.",
        [("Galveston Bay", "feature", "US")],
    ),
    (
        "He swam in Monterey Bay near Salinas.",
        [("Monterey Bay", "feature", "US"), ("Salinas", "city", "US")],
    ),
    ("Trustees of Washington Township met.", [("Washington Township", "feature", None)]),
    # a wild area named apart from any town: the article's country, if it has one
    (
        "Rangers in Montana and Idaho closed trails near Glacier National Park.",
        [
            ("Montana", "admin", "US"),
            ("Idaho", "admin", "US"),
            ("Glacier National Park", "feature", "US"),
        ],
    ),
    (
        "Born in London, she worked for decades in Gombe Stream National Park in Tanzania.",
        [
            ("London", "city", "GB"),
            ("Gombe Stream National Park", "feature", "TZ"),
            ("Tanzania", "country", "TZ"),
        ],
    ),
    (
        "She hiked in Yosemite National Park after a trip to Paris, Berlin and Rome.",
        [
            # a park of the gazetteer's own (data/places.tsv): its country too
            ("Yosemite National Park", "feature", "US"),
            ("Paris", "city", "FR"),
            ("Berlin", "city", "DE"),
            ("Rome", "city", "IT"),
        ],
    ),
    # a wild area named with a two-word ending: its name, and the places of its country
    (
        "The bill protects land from Mount Hood in Oregon to the Pictured Rocks National "
        "Lakeshore in Michigan.",
        [
            ("Mount Hood", "feature", "US"),
            ("Oregon", "admin", "US"),
            ("Pictured Rocks National Lakeshore", "feature", "US"),
            ("Michigan", "admin", "US"),
        ],
    ),
    (
        "Rangers closed trails in the Big Thicket National Preserve near Kountze, Texas.",
        [
            ("Big Thicket National Preserve", "feature", "US"),
            ("Kountze", "city", "US"),
            ("Texas", "admin", "US"),
        ],
    ),
    (
        "Visitors flocked to Devils Tower National Monument in Wyoming.",
        [("Devils Tower National Monument", "feature", "US"), ("Wyoming", "admin", "US")],
    ),
    # a range of hills after "the" or a preposition; a surname's word elsewhere
    (
        "Storms swept across the Harwick Hills and parts of southern Kansas.",
        [("Harwick Hills", "feature", "US"), ("Kansas", "admin", "US")],
    ),
    ("Trade Representative Carla Hills spoke.", []),
    # a field of dunes
    (
        "Residents in Harwick Dunes near Charleston, South Carolina, met on Monday.",
        [
            ("Harwick Dunes", "feature", "US"),
            ("Charleston", "city", "US"),
            ("South Carolina", "admin", "US"),
        ],
    ),
    # a quarry, a lookout and a ridge of a park's or a county's guide; a town the
    # gazetteer names "... Ridge" stays the town
    (
        "Guides lead walks to Harwick Quarry and Eagle Overlook near Asheville, North Carolina.",
        [
            ("Harwick Quarry", "feature", "US"),
            ("Eagle Overlook", "feature", "US"),
            ("Asheville", "city", "US"),
            ("North Carolina", "admin", "US"),
        ],
    ),
    (
        "The town's new industrial park, Tanner Ridge, opened in Ohio.",
        [("Tanner Ridge", "feature", "US"), ("Ohio", "admin", "US")],
    ),
    (
        "He moved to Oak Ridge, Tennessee.",
        [("Oak Ridge", "city", "US"), ("Tennessee", "admin", "US")],
    ),
    # the ending alone names none
    ("The Wildlife Refuge is closed.", []),
    # the gazetteer's own name of a feature stays the gazetteer's
    ("Barges on the Ohio River stalled.", [("Ohio River", "water", "US")]),
    # no feature word after it: the town
    (
        "Boats left Mobile, Alabama, on Friday.",
        [("Mobile", "city", "US"), ("Alabama", "admin", "US")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FEATURES)
def test_a_feature_word_after_a_place_makes_the_name_a_features(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    result = newsfacts.extract(text, plugins=["locations"])
    assert [(p.text, p.kind, p.country_code) for p in result.locations] == expected


# (text, the people found, the places found) with every field running
PLACES_NAMED_LIKE_PEOPLE = [
    ("Surfers at Byron Bay said the swell was big.", [], ["Byron Bay"]),
    ("Dana Point residents voted on Tuesday.", [], ["Dana Point"]),
    ("She moved to Allen Park last year.", [], ["Allen Park"]),
    # a person of such a name: not a place of the gazetteer, or after a title
    ("Michael Bay directed the film.", ["Michael Bay"], []),
    ("Councilmember Traci Park spoke.", ["Traci Park"], []),
]


@pytest.mark.parametrize(("text", "people", "places"), PLACES_NAMED_LIKE_PEOPLE)
def test_a_place_named_like_a_person_is_a_place(
    text: str, people: list[str], places: list[str]
) -> None:
    result = newsfacts.extract(text)
    assert [p.text for p in result.people] == people
    assert [p.text for p in result.locations] == places


def test_the_people_fields_places_are_the_gazetteers() -> None:
    """``tools/feature_places.py`` writes them from the gazetteer: a given name, then a
    feature word that is also a surname."""
    gazetteer = load()
    assert {words[1] for words in PLACE_NAMES} == {"Bay", "Lake", "Park", "Point"}
    assert all(gazetteer.lookup(" ".join(words)) for words in PLACE_NAMES)
    assert ("Byron", "Bay") in PLACE_NAMES
    assert ("Michael", "Bay") not in PLACE_NAMES


def test_a_landmark_named_after_a_town_is_in_the_articles_country() -> None:
    text = (
        "Storm Floris left homes in Scotland without power. Scotland's railways shut, and "
        "gusts of 85mph were recorded at Inverness Airport in northern Scotland."
    )
    [airport] = [p for p in newsfacts.extract(text).locations if p.text == "Inverness Airport"]
    assert (airport.country_code, round(airport.latitude or 0)) == ("GB", 57)


# (text, the places found: text, canonical name, country): grounds named as places, with
# the ground's own point (data/places.tsv), outside sports reports too
GROUNDS = [
    (
        "The third one-day match at Edgbaston was abandoned for rain.",
        [("Edgbaston", "Edgbaston", "GB")],
    ),
    (
        "Fans queued outside Fenway Park on Monday, and Yankee Stadium was sold out.",
        [("Fenway Park", "Fenway Park", "US"), ("Yankee Stadium", "Yankee Stadium", "US")],
    ),
    ("The concert at Wembley Stadium drew 90,000.", [("Wembley Stadium", "Wembley Stadium", "GB")]),
    ("She rode her first winner at the Curragh.", [("Curragh", "The Curragh", "IE")]),
    (
        "The rally ended at Madison Square Garden.",
        [("Madison Square Garden", "Madison Square Garden", "US")],
    ),
    # football grounds no street or feature word ends, and one named with an apostrophe
    (
        "Fans set off flares outside Anfield before the game.",
        [("Anfield", "Anfield", "GB")],
    ),
    (
        "The visitors held on for a draw at Craven Cottage, then lost at Molineux.",
        [("Craven Cottage", "Craven Cottage", "GB"), ("Molineux", "Molineux", "GB")],
    ),
    (
        "The cup tie at St James' Park sold out in an hour.",
        [("St James' Park", "St James' Park", "GB")],
    ),
    # the homes of English cricket and rugby, as reports name them
    (
        "Root made his 30th hundred on the second day of the second Test at Lord's.",
        [("Lord's", "Lord's", "GB")],
    ),
    # (outside a sports report, "Twickenham" is the town: see grounds.py)
    (
        "England beat Wales 33-10 at Twickenham on Saturday.",
        [("Twickenham", "Twickenham Stadium", "GB")],
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "He said it was the Lord's will that he survived the crash.",
        "The congregation recited the Lord's Prayer before the service.",
    ],
)
def test_the_lords_of_a_prayer_is_no_ground(text: str) -> None:
    assert newsfacts.Extractor(["locations"]).extract(text).locations == ()


def test_a_ground_named_by_a_street_word_has_its_own_point() -> None:
    # "Road" reads it as a street, which took the point of the last town named (Wembley)
    text = "The final was played at Wembley. Leeds then lost at Elland Road."
    found = newsfacts.Extractor(["locations"]).extract(text).locations
    [ground] = [p for p in found if p.text == "Elland Road"]
    assert (ground.name, round(ground.latitude or 0, 1)) == ("Elland Road", 53.8)


@pytest.mark.parametrize(("text", "places"), GROUNDS)
def test_a_well_known_sports_ground_is_a_place_with_its_own_point(
    text: str, places: list[tuple[str, str, str]]
) -> None:
    found = newsfacts.Extractor(["locations"]).extract(text).locations
    assert [(p.text, p.name, p.country_code) for p in found] == places
    assert all(p.kind == "feature" and p.latitude is not None for p in found)


def test_a_ground_in_a_sports_report_is_a_place_without_support() -> None:
    text = "CRICKET - INDIA WIN .\nIndia beat Sri Lanka by 64 runs at Headingley on Sunday ."
    found = newsfacts.Extractor(["locations"]).extract(text).locations
    assert [(p.text, p.name, p.kind) for p in found] == [("Headingley", "Headingley", "feature")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a square's name would otherwise take the point of the town named before it
        ("The envoy flew to Ottawa, then on to Tiananmen Square.", ("Tiananmen Square", "CN")),
        ("After Houston, she saw the Eiffel Tower.", ("Eiffel Tower", "FR")),
        ("Crowds filled Trafalgar Square on Sunday.", ("Trafalgar Square", "GB")),
        ("Visitors queued at the Taj Mahal at dawn.", ("Taj Mahal", "IN")),
    ],
)
def test_a_world_famous_landmark_is_a_place_with_its_own_point(
    text: str, place: tuple[str, str]
) -> None:
    found = newsfacts.Extractor(["locations"]).extract(text).locations
    assert (found[-1].name, found[-1].country_code) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # mountains and volcanoes, at their summits: no town's point, and the "Mt." form too
        ("Fire crews fought a blaze on Mount Hood's northern slopes.", ("Mount Hood", 45.37)),
        ("Mt. Etna erupted on Sunday, closing the airport at Catania.", ("Mount Etna", 37.75)),
        ("Lava from Kilauea reached the ocean overnight.", ("Kilauea", 19.42)),
        ("Two climbers were rescued from Mount McKinley in May.", ("Denali", 63.07)),
    ],
)
def test_a_mountain_is_a_place_with_its_own_point(text: str, place: tuple[str, float]) -> None:
    found = newsfacts.Extractor(["locations"]).extract(text).locations
    assert found[0].kind == "feature"
    assert found[0].latitude is not None
    assert (found[0].name, round(found[0].latitude, 2)) == place


def test_a_grounds_name_is_not_read_inside_a_longer_name() -> None:
    text = "The president spoke from the Oval Office on Tuesday."
    assert newsfacts.Extractor(["locations"]).extract(text).locations == ()


# (text, the places found): a ground after a preposition of place stays one where the
# organizations field takes it, or a word of it, for a team
GROUNDS_CLAIMED = [
    ("Crystal Palace drew 1-1 at Selhurst Park on Saturday.", ["Selhurst Park"]),
    ("Celtic beat Rangers 3-0 at Celtic Park to go top.", ["Celtic Park"]),
    ("Everton's last game at Goodison Park drew 39,000 fans.", ["Goodison Park"]),
    # a ground's name after "the", claimed for its initials
    ("Rain delayed the start of play at the MCG on Saturday.", ["MCG"]),
]


@pytest.mark.parametrize(("text", "places"), GROUNDS_CLAIMED)
def test_a_ground_after_a_preposition_is_a_place_though_claimed(
    text: str, places: list[str]
) -> None:
    found = newsfacts.Extractor(["locations", "organizations", "people"]).extract(text)
    assert [p.text for p in found.locations] == places


# (text, the places found: text, canonical name, kind): rivers news names in floods, dams
# and borders, listed in data/places.tsv with a point on the river; not the namesake town
# ("Ganges", British Columbia) nor a feature without a point ("Zambezi River")
RIVERS = [
    (
        "Boats ferried pilgrims across the Ganges at Varanasi.",
        [("Ganges", "Ganges", "water"), ("Varanasi", "Varanasi", "city")],
    ),
    (
        "Tourists watched the Zambezi River plunge over Victoria Falls.",
        [("Zambezi River", "Zambezi", "water"), ("Victoria Falls", "Victoria Falls", "city")],
    ),
    (
        "Water levels on the Brahmaputra rose after heavy rain in Assam.",
        [("Brahmaputra", "Brahmaputra", "water"), ("Assam", "Assam", "admin")],
    ),
    (
        "Villagers along the Padma River lost their homes to erosion.",
        [("Padma River", "Padma River", "water")],
    ),
    (
        "Grain barges stalled on the Paraná River as the drought deepened.",
        [("Paraná River", "Paraná River", "water")],
    ),
    (
        "Troops must withdraw north of the Litani, the ceasefire deal says.",
        [("Litani", "Litani", "water")],
    ),
    # a province GeoNames lists only as its namesake town in Negros Occidental
    (
        "Floods swamped villages in Cagayan and Isabela provinces.",
        [("Cagayan", "Cagayan", "admin"), ("Isabela", "Isabela", "admin")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RIVERS)
def test_a_river_news_names_is_the_rivers_point(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    result = newsfacts.extract(text, plugins=["locations"])
    assert [(p.text, p.name, p.kind) for p in result.locations] == expected
    assert all(p.latitude is not None for p in result.locations)


# (text, each place as written, its name and kind): a river named with its word is the
# river again when the article names it alone after "the"
RIVERS_AGAIN = [
    (
        "Paddlers love the Neches River. The Neches forms the county's eastern boundary.",
        [("Neches River", "Neches River", "feature"), ("Neches", "Neches River", "feature")],
    ),
    (
        "The Hudson River froze. Ferries on the Hudson stopped for a week.",
        [("Hudson River", "Hudson River", "water"), ("Hudson", "Hudson River", "water")],
    ),
    # a state's name alone: the river on it, or before a river's verb
    (
        "The Mississippi River rose. Barges on the Mississippi waited near Memphis.",
        [
            ("Mississippi River", "Mississippi River", "water"),
            ("Mississippi", "Mississippi River", "water"),
            ("Memphis", "Memphis", "city"),
        ],
    ),
    # ... but the state before a noun of its own, and a longer name stays its own
    (
        "The Ohio River rose. The Ohio delegation met near the Ohio River Museum.",
        [("Ohio River", "Ohio River", "water"), ("Ohio", "Ohio", "admin")],
    ),
]


@pytest.mark.parametrize(("text", "places"), RIVERS_AGAIN)
def test_a_river_is_named_again_by_its_name_alone(
    text: str, places: list[tuple[str, str, str]]
) -> None:
    found = newsfacts.extract(text, plugins=["locations"])[newsfacts.LOCATIONS]
    assert [(fact.text, fact.name, fact.kind) for fact in found] == places


# (text, each place as written, its name, kind, country and whether it has a point): a
# river's name before a lower-case "river", or a list of them before "rivers", is the river:
# the gazetteer's, else one of the article's country with no point; a person's name before
# it is left alone
LOWER_CASE_RIVERS = [
    (
        "In Vidarbha, the Wainganga river crossed the danger mark near Bhandara.",
        [
            ("Vidarbha", "Vidarbha", "region", "IN", True),
            ("Wainganga", "Wainganga", "water", "IN", False),
            ("Bhandara", "Bhandāra", "city", "IN", True),
        ],
    ),
    (
        "Rowers trained on the Thames river below Putney.",
        [("Thames", "Thames", "water", "GB", True), ("Putney", "Putney", "city", "GB", True)],
    ),
    (
        "Anglers fished the Gauley and Elk rivers in West Virginia last May.",
        [
            ("Gauley", "Gauley", "water", "US", False),
            ("Elk", "Elk", "water", "US", False),
            ("West Virginia", "West Virginia", "admin", "US", True),
        ],
    ),
]


@pytest.mark.parametrize(("text", "places"), LOWER_CASE_RIVERS)
def test_a_name_before_a_lower_case_river_is_the_river(
    text: str, places: list[tuple[str, str, str, str | None, bool]]
) -> None:
    found = newsfacts.extract(text, plugins=["locations"])[newsfacts.LOCATIONS]
    assert [
        (fact.text, fact.name, fact.kind, fact.country_code, fact.latitude is not None)
        for fact in found
    ] == places


def test_a_list_a_plural_street_word_ends_holds_streets_whatever_their_last_word() -> None:
    # "Harwick Hills" is no range of hills before "roads": a street, at its town's point
    found = {
        place.text: place
        for place in newsfacts.extract(
            "Police closed the corner of Harwick Hills and Birch roads in Decatur, Georgia."
        ).locations
    }
    street = found["Harwick Hills"]
    assert (street.kind, street.latitude) == ("feature", found["Decatur"].latitude)
