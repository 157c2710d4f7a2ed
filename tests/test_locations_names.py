"""Where a place's mention starts and ends: a division named with the noun of its kind, a part
of a town named before its noun, a number word opening a sentence before a place, a road of
Britain or Ireland named by its letter and number, a compass word after "the", a natural
feature named by its last word, a street whose name opens with a street's word."""

from __future__ import annotations

import pytest

import newsfacts
from location_checks import places
from newsfacts import Location
from newsfacts_locations import extract


def by_text(text: str) -> dict[str, Location]:
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    return {fact.text: fact for fact in extract(document)}


# (text, the mention as written, (its canonical name, kind, country))
TITLED_DIVISIONS = [
    # the capitalized noun of divisions after a division's name is part of the name
    ("Gunmen attacked a village in Zamfara State.", "Zamfara State", ("Zamfara", "admin", "NG")),
    ("Flooding cut roads in Garissa County, Kenya.", "Garissa County", ("Garissa", "admin", "KE")),
    ("Troops moved into Kandahar Province.", "Kandahar Province", ("Kandahar", "admin", "AF")),
    ("Officials in Hualien County said so.", "Hualien County", ("Hualien", "admin", "TW")),
    # the division, not the town of its name
    ("A former governor of Kaduna State was held.", "Kaduna State", ("Kaduna", "admin", "NG")),
    # a possessive after the noun
    ("Enugu State's budget grew again.", "Enugu State", ("Enugu", "admin", "NG")),
    # the noun opening an office's name stays out of it
    ("Kano State Governor Abba Kabir Yusuf spoke.", "Kano", ("Kano", "admin", "NG")),
    # a division noun in lower case stays out, as news and corpora write it
    ("Fighting spread across Idlib province.", "Idlib", ("Idlib", "admin", "SY")),
]


@pytest.mark.parametrize(("text", "surface", "place"), TITLED_DIVISIONS)
def test_a_division_named_with_its_noun(text: str, surface: str, place: tuple[str, ...]) -> None:
    found = by_text(text)
    assert surface in found, sorted(found)
    assert (found[surface].name, found[surface].kind, found[surface].country_code) == place


# (text, every mention as written): where the noun after the name is no division's
NOT_TITLED = [
    # a US state's university (the state, as geoparsing corpora count it); the counties of
    # the US are the gazetteer's own names
    ("He played for Florida State last year in Miami.", ["Florida", "Miami"]),
    ("Deputies in Laurel County, Ky., said so.", ["Ky.", "Laurel County"]),
    # a name that is also a sea's or a gulf's
    ("France and Gulf State allies met in Paris.", ["France", "Paris"]),
]


@pytest.mark.parametrize(("text", "mentions"), NOT_TITLED)
def test_a_noun_of_divisions_that_names_no_division(text: str, mentions: list[str]) -> None:
    assert sorted(by_text(text)) == mentions


# (text, every part of a town found as a feature, with the town whose point it takes)
NEIGHBOURHOODS = [
    ("Fire swept the Kibera slum of Nairobi on Tuesday.", [("Kibera", "Nairobi")]),
    (
        "In Dhaka, workers blocked roads in the Mirpur and Ashulia areas.",
        [
            ("Mirpur", "Dhaka"),
            ("Ashulia", "Dhaka"),
        ],
    ),
    ("A bomb went off in Baghdad's eastern Zayouna district.", [("Zayouna", "Baghdad")]),
    # the town after its noun, not the nearest before it
    (
        "After talks in Cairo, a bomb hit the Zayouna neighbourhood of Baghdad.",
        [("Zayouna", "Baghdad")],
    ),
    (
        "The shooting happened in a Glenwood Park neighbourhood near Leeds.",
        [("Glenwood Park", "Leeds")],
    ),
    # a people's or a faith's word, a compound in lower case: no name
    ("In Amritsar, crowds filled the Sikh area near the temple.", []),
    ("Aid reached Kurdish-controlled areas near Mosul.", []),
    ("He won a Republican district near Toledo.", []),
    # "area" only after a preposition of place
    ("The Sales area of the store in Denver was closed.", []),
]


@pytest.mark.parametrize(("text", "parts"), NEIGHBOURHOODS)
def test_a_part_of_a_town_named_before_its_noun(text: str, parts: list[tuple[str, str]]) -> None:
    found = by_text(text)
    towns = {fact.name: fact for fact in found.values() if fact.kind == "city"}
    features = [fact for fact in found.values() if fact.kind == "feature"]
    assert [fact.text for fact in features] == [part for part, _ in parts]
    for fact, (_, town) in zip(features, parts, strict=True):
        assert (fact.latitude, fact.longitude) == (towns[town].latitude, towns[town].longitude)


# (text, every mention as written): a number word opening a sentence is no given name
NUMBER_WORDS = [
    ("Three Eastland County farmers were fined.", ["Eastland County"]),
    ("Two Lincoln County deputies were hurt in Ohio.", ["Lincoln County", "Ohio"]),
    ("Five Kilkenny families lost their homes.", ["Kilkenny"]),
    # a town's name that opens with a number word is the gazetteer's, whole
    ("Two Rivers police said the road was closed.", ["Two Rivers"]),
]


# (text, every road named by its letter and number): read in a text with a word of roads
LETTERED_ROADS = [
    ("A lorry overturned on the A120 near Dunmow.", ["A120"]),
    ("A diversion will run via the A338, A34 and A419.", ["A338", "A34", "A419"]),
    ("The M60 southbound and the A1(M) were closed.", ["M60", "A1(M)"]),
    ("Gardai closed the N7 near the Naas junction.", ["N7"]),
    # no word of roads in the text: an aircraft, a rifle
    ("Passengers boarded the A380 and soldiers carried the M4.", []),
    # no "the" before it
    ("Pupils reached levels B1 and B2 at the junction of two courses.", []),
]


@pytest.mark.parametrize(("text", "roads"), LETTERED_ROADS)
def test_a_road_named_by_its_letter_and_number(text: str, roads: list[str]) -> None:
    found = by_text(text)
    assert [fact.text for fact in found.values() if fact.kind == "feature"] == roads


# (text, every mention as written, with its kind)
COMPASS_REGIONS = [
    (
        "Ties between Russia and the West cooled, and the West's answer was mild.",
        [("Russia", "country"), ("West", "region"), ("West", "region")],
    ),
    ("The North fired a missile, Seoul said.", [("North", "region"), ("Seoul", "city")]),
    ("Clinton swept the South on Tuesday.", [("South", "region")]),
    # a longer name goes on after it
    ("Settlers moved into the West Bank.", [("West Bank", "region")]),
    ("Tourism in the East of England grew.", [("England", "admin")]),
    # no "the" before it: a surname
    ("Kanye West said he would sing.", []),
]


@pytest.mark.parametrize(("text", "mentions"), COMPASS_REGIONS)
def test_a_compass_word_after_the(text: str, mentions: list[tuple[str, str]]) -> None:
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    found = sorted(extract(document), key=lambda fact: fact.start)
    assert [(fact.text, fact.kind) for fact in found] == mentions
    # which West, which South: the article says, not the word
    assert all(fact.latitude is None for fact in found if fact.text in ("West", "North", "South"))


def test_a_name_in_capitals_as_the_gazetteer_holds_it() -> None:
    found = by_text("Envoys of the DPRK and Japan met again in Hanoi.")
    assert (found["DPRK"].name, found["DPRK"].country_code) == ("North Korea", "KP")


# (text, every mention as written): a surname before a noun of a family, a government or a
# campaign names a person, and that name is no place elsewhere in the article
SURNAMES = [
    ("The Dole campaign said Dole would debate in Ohio.", ["Ohio"]),
    ("Aides in the Clinton camp met in Des Moines.", ["Des Moines"]),
    # a well-known place stays one: the government of Ontario
    ("The Ontario government cut fees.", ["Ontario"]),
]


# a broadcaster's name, maybe with its channel's number, before the town it serves: the
# outlet's name, no place mention (a town the story names stays one)
OUTLETS = [
    ("Speaking on KARE 11 Minneapolis, the sheriff urged drivers to stay home.", []),
    ("FOX 8 Cleveland obtained video of the crash in Akron.", ["Akron"]),
    ("The mayor told BBC Radio Nottingham the budget gap had doubled.", []),
    ("WLS-TV Chicago first reported the closure of the plant in Joliet.", ["Joliet"]),
    ("She told ABC7 Chicago the fire started in Evanston.", ["Evanston"]),
]


# a headline in title case capitalizes its verb: no longer name (in a sentence in lower case,
# or a short one, a capitalized word after a name still makes it a longer name)
TITLE_CASE_HEADLINES = [
    ("Windsor Joins State Tax Credit Program. The town will take part.", ["Windsor"]),
    ("Norway Fines Three Fishing Companies. Oslo said so on Monday.", ["Norway", "Oslo"]),
    ("Windsor Joins the program. The town will take part.", []),
    # a photo's credit is no headline
    ("Reading Eagle via Getty Images. Crowds gathered in Reading.", ["Reading"]),
]


@pytest.mark.parametrize(("text", "mentions"), TITLE_CASE_HEADLINES)
def test_a_name_opening_a_headline_in_title_case(text: str, mentions: list[str]) -> None:
    assert sorted(by_text(text)) == mentions


@pytest.mark.parametrize(("text", "mentions"), NUMBER_WORDS + SURNAMES + OUTLETS)
def test_the_word_before_a_name_says_whether_it_is_a_place(text: str, mentions: list[str]) -> None:
    """A number word opening a sentence (NUMBER_WORDS), a surname before a campaign or a
    government (SURNAMES), a broadcaster's name (OUTLETS)."""
    assert sorted(by_text(text)) == mentions


# (text, every feature as written): a feature's word that is also a common name's needs
# "the" or a preposition before the name
FEATURES = [
    # (the Mekong Delta is the gazetteer's own now, data/places.tsv: not by its last word)
    (
        "Floods hit farms in the Nile Delta and the Irrawaddy Delta.",
        ["Nile Delta", "Irrawaddy Delta"],
    ),
    ("Drones struck near the Kakhovka Dam on the Dnipro.", ["Kakhovka Dam"]),
    ("Tourists hiked the Tiger Leaping Gorge in Yunnan.", ["Tiger Leaping Gorge"]),
    ("Delta Air Lines cut flights, and Kappa Delta raised funds.", []),
]


@pytest.mark.parametrize(("text", "features"), FEATURES)
def test_a_natural_feature_named_by_its_last_word(text: str, features: list[str]) -> None:
    found = by_text(text)
    assert [fact.text for fact in found.values() if fact.kind == "feature"] == features


# (text, (name, geonames id) of each place): "Saint" is written "St." inside a name too
ABBREVIATED_SAINTS = [
    (
        "Residents of Bay St. Louis and Port St. Lucie were told to leave.",
        [("Bay Saint Louis", 4417205), ("Port Saint Lucie", 4169171)],
    ),
]


@pytest.mark.parametrize(("text", "places"), ABBREVIATED_SAINTS)
def test_saint_abbreviated_inside_a_name(text: str, places: list[tuple[str, int]]) -> None:
    found = by_text(text)
    assert [(fact.name, fact.geonames_id) for fact in found.values()] == places


# (text, every street as written): a street's word may open a street's name
STREETS = [
    ("A man was hurt on Hospital Road in Leeds.", ["Hospital Road"]),
    ("Crews closed Bridge Street and Airport Road in Leeds.", ["Bridge Street", "Airport Road"]),
    (
        "She jogged on Cedar Mill Road near Maple Drive in Blue Springs.",
        [
            "Cedar Mill Road",
            "Maple Drive",
        ],
    ),
    ("Paving began at Chestnut and Center streets in Holyoke.", ["Chestnut", "Center"]),
    # a compass point written before the name without a full stop
    (
        "A store on SW College Road in Ocala was robbed near SW 60th Avenue.",
        ["SW College Road", "SW 60th Avenue"],
    ),
    # a highway named after a town is no public body of the town
    ("A deputy shot a man on Lee Highway in Chattanooga.", ["Lee Highway"]),
]


@pytest.mark.parametrize(("text", "streets"), STREETS)
def test_a_street_named_with_a_street_word(text: str, streets: list[str]) -> None:
    found = by_text(text)
    assert [fact.text for fact in found.values() if fact.kind == "feature"] == streets


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # the initials of a place's own name are its short form
        ("Floods hit NSW and Queensland on Monday.", ["NSW", "Queensland"]),
        ("She sang at a NYC rally in March.", ["NYC"]),
        # a short acronym of something else is no place
        ("The IEV depot in Kyiv was hit.", ["Kyiv"]),
    ],
)
def test_a_short_acronym_is_a_place_by_its_initials(text: str, mentions: list[str]) -> None:
    assert sorted(by_text(text)) == mentions


# A state's or province's name alone is the state, not the city named after it ("Oklahoma
# City", "Quebec City"), and a town named like a stadium is the town; a town named like a
# common given name of any country is a place only with support ("in Hassan")
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Quebec will hold an election next year.", [("Quebec", "Quebec", "admin")]),
        ("Tourists filled Quebec City.", [("Quebec City", "Québec", "city")]),
        ("Oklahoma lawmakers met on Friday.", [("Oklahoma", "Oklahoma", "admin")]),
        (
            "The Liberal Democrats held Twickenham at the election.",
            [("Twickenham", "Twickenham", "city")],
        ),
        (
            "England beat Wales at Twickenham Stadium.",
            [
                ("England", "England", "admin"),
                ("Wales", "Wales", "admin"),
                ("Twickenham Stadium", "Twickenham Stadium", "feature"),
            ],
        ),
        ("Hassan won in Chicago.", [("Chicago", "Chicago", "city")]),
        ("Floods shut roads in Hassan.", [("Hassan", "Hassan", "city")]),
    ],
)
def test_a_state_town_or_person_named_alike(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(fact.text, fact.name, fact.kind) for fact in places(text)] == found
