"""The locations field: sports reports, places inside organizations, towns the gazetteer lacks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsfacts
from location_checks import places
from newsfacts import Location


def test_a_title_of_a_place_is_support_in_a_sports_report() -> None:
    text = (
        "RACING - THUNDER WINS THE CUP .\n"
        "Thunder beat Arrow by a length in the race , the jockey said . The cup was presented "
        "by the Crown Prince of Qatar after the race , and the trainer won the race again ."
    )
    assert [fact.text for fact in places(text)] == ["Qatar"]


def test_a_country_before_a_players_name_is_a_place_in_a_sports_report() -> None:
    text = (
        "Spain's Carlos Alcaraz beat Italy's Jannik Sinner 4-6, 7-6 (7-3), 7-6 (10-2) to win"
        " the French Open final, his second straight title, and the champion led the tour."
    )
    result = newsfacts.Extractor(["locations"]).extract(text)
    assert [fact.text for fact in result.locations] == ["Spain", "Italy"]
    # and before a word in lower case: the country's own, not a team
    text = (
        "Pakistan's cricket board signed a $500 million deal for the national team's "
        "broadcast rights on Thursday, the board's chairman said after the match."
    )
    result = newsfacts.Extractor(["locations"]).extract(text)
    assert [fact.text for fact in result.locations] == ["Pakistan"]


def test_a_ground_labelling_a_result_before_a_teams_place_is_a_place() -> None:
    text = (
        "Rugby league results on Sunday :\n"
        "Wigan : Leeds 24 Castleford 18 .\n"
        "Castleford : Pedro Ruiz , Juan Soler , Marc Vidal .\n"
        "The league said the final would be played in the spring ."
    )
    # results listed by ground; a team's line-up after its name is no ground
    result = newsfacts.Extractor(["locations", "organizations", "people"]).extract(text)
    assert [fact.text for fact in result.locations] == ["Wigan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a club's home after "of": a place, as the report tells two clubs apart
        (
            "Tresano of Italy edged Korvin of Russia 74-70 in the cup semifinal .",
            ["Italy", "Russia"],
        ),
        (
            "The striker signed for Espanyol of Barcelona on Friday , his club said after it .",
            ["Barcelona"],
        ),
        # a state's formal name and an event's are no club
        ("The Republic of Ireland side beat Malta 3-1 in the qualifier on Sunday .", []),
        ("Egypt won the Cup of Nations final 1-0 , the team's third title in the tournament .", []),
    ],
)
def test_a_clubs_home_after_of_is_a_place_in_a_sports_report(
    text: str, expected: list[str]
) -> None:
    result = newsfacts.Extractor(["locations", "organizations", "people"]).extract(text)
    assert [fact.text for fact in result.locations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hand-listed towns have no population: listed because news names them, not villages
        # that wait for their state to be named
        (
            "He went home to Khayelitsha in May to care for his mother.",
            ("Khayelitsha", "ZA"),
        ),
        (
            "Troops withdrew from Chasiv Yar overnight, the general staff said.",
            ("Chasiv Yar", "UA"),
        ),
        ("Residents of El Alto blocked the roads into the capital on Monday.", ("El Alto", "BO")),
    ],
)
def test_a_hand_listed_town_stands_alone(text: str, expected: tuple[str, str]) -> None:
    result = newsfacts.Extractor(["locations"]).extract(text)
    assert [(fact.name, fact.country_code) for fact in result.locations] == [expected]


@pytest.mark.parametrize(
    ("inside", "expected"),
    [(False, []), (True, [("Canada", "Canada"), ("Ohio", "Ohio")])],
)
def test_places_inside_organizations_only_when_asked(
    inside: bool, expected: list[tuple[str, str]]
) -> None:
    text = (
        "The Bank of Canada raised its rate on Tuesday, and the Ohio Housing Finance Agency "
        "followed."
    )
    extractor = newsfacts.Extractor(config={"locations": {"inside_organizations": inside}})
    result = extractor.extract(text)
    assert [(fact.text, fact.name) for fact in result.locations] == expected
    assert [fact.text for fact in result.organizations] == [
        "Bank of Canada",
        "Ohio Housing Finance Agency",
    ]


def test_no_place_inside_a_team_when_asked_for_places_inside_organizations() -> None:
    text = "SOCCER - RUSSIAN LEAGUE RESULTS .\nDynamo Moscow beat Torpedo 2-1 on Saturday .\n"
    extractor = newsfacts.Extractor(config={"locations": {"inside_organizations": True}})
    assert [fact.text for fact in extractor.extract(text).locations] == []


_WORDS_AFTER_NAMES = (",", "of", "said", "9", "12", "IV", "C", "S24", "NEW", "٣")


@given(st.one_of(st.sampled_from(_WORDS_AFTER_NAMES), st.text(max_size=5)))
def test_a_designator_is_what_its_pattern_matches(word: str) -> None:
    """The cheap tests before the pattern ("," or "of" is never a designator) decide as it."""
    from newsfacts_locations.products import DESIGNATOR, designator

    assert designator(word) == (DESIGNATOR.fullmatch(word) is not None)


def test_a_persons_name_after_a_supported_place_is_no_part_of_it() -> None:
    # with the people field, which finds "Carl Brandt" and "Ann Lee"
    text = "The former envoy to Egypt Carl Brandt said Officer Ann Lee was right."
    assert [place.text for place in newsfacts.extract(text).locations] == ["Egypt"]


def test_a_towns_name_heading_a_longer_name_is_no_place() -> None:
    text = (
        "Envoys gather for the Summit of the Americas in Chile, citing the Freedom of "
        "Information Act, and in Ottawa afterwards."
    )
    assert [place.text for place in places(text)] == ["Chile", "Ottawa"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town the gazetteer lacks, named after a noun of towns: no point, no country
        (
            "A shell landed in the coastal town of Marvello and the villages of Tarsk and Okhveni.",
            [("Marvello", None), ("Tarsk", None), ("Okhveni", None)],
        ),
        # ... its first word a name the gazetteer knows elsewhere
        ("Dozens died near the town of Mai Mahiu on Monday.", [("Mai Mahiu", None)]),
        # one before "near" and a known place: that place's country and point
        (
            "The boy was driven from his office in Velten near Berlin.",
            [("Velten", "DE"), ("Berlin", "DE")],
        ),
        # ... or a comma and "near": the known place's reading the article takes, not its
        # best-known (Newmarket, Ontario)
        (
            "They worked as cooks for a family at Kellby, near Newmarket, Suffolk.",
            [("Kellby", "GB"), ("Newmarket", "GB"), ("Suffolk", "GB")],
        ),
    ],
)
def test_towns_the_gazetteer_lacks_named_by_the_words_around_them(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(place.text, place.country_code) for place in places(text)] == expected


def test_a_town_before_a_comma_and_near_takes_the_point_the_article_reads() -> None:
    located = places("They worked as cooks for a family at Kellby, near Newmarket, Suffolk.")
    kellby, newmarket = located[0], located[1]
    assert (kellby.latitude, kellby.longitude) == (newmarket.latitude, newmarket.longitude)
    assert kellby.geonames_id is None


def test_a_landmark_before_near_and_a_known_place_is_a_feature_at_its_point() -> None:
    # a stadium's name read as a town the gazetteer lacks keeps its kind: no town
    located = places("The band played three nights at Quellmont Stadium near Los Angeles.")
    assert [(p.text, p.kind, p.latitude, p.longitude) for p in located] == [
        ("Quellmont Stadium", "feature", 34.0522, -118.2437),
        ("Los Angeles", "city", 34.0522, -118.2437),
    ]


def test_a_family_name_said_first_and_alone_is_the_person_not_a_town() -> None:
    text = (
        "Lee Jae-myung was sworn in on Wednesday. In his address at the National Assembly, "
        "Lee promised to revive the economy."
    )
    found = newsfacts.Extractor(["locations", "people"]).extract(newsfacts.Article(text=text))
    assert [fact.text for fact in found["locations"]] == []


def test_a_countrys_letters_before_a_dollar_sign_name_a_currency() -> None:
    assert [fact.text for fact in places("The kiwi fell to US$0.56 after the US vote.")] == ["US"]


def test_university_and_central_alone_are_no_towns() -> None:
    text = "University Chancellor Mun Choi spoke, and Central Maine Power restored service."
    assert places(text) == []


def test_hamas_is_no_other_name_of_hamm() -> None:
    found = places("Hamas-led militants crossed into Israel, not into Hamm, Germany.")
    assert [(fact.text, fact.country_code) for fact in found] == [
        ("Israel", "IL"),
        ("Hamm", "DE"),
        ("Germany", "DE"),
    ]


def test_the_place_an_office_serves_stands_inside_the_offices_name() -> None:
    text = "A review by the Franklin County Auditor's Office turned up flaws in Dublin."
    result = newsfacts.Extractor().extract(text)
    assert [fact.text for fact in result.organizations] == ["Franklin County Auditor's Office"]
    assert [
        (fact.text, fact.country_code) for fact in result.locations if isinstance(fact, Location)
    ] == [
        ("Franklin County", "US"),
        ("Dublin", "US"),
    ]


def test_a_town_the_gazetteer_lacks_is_that_town_at_its_other_mentions() -> None:
    text = (
        "CORNWALL, Vermont — Residents of Cornwall and Bridport will vote in November on a new "
        "school, the board decided. The current Cornwall Middle School was built in 1970. The "
        "average homeowner in Cornwall would pay about $310 more a year."
    )
    found = newsfacts.Extractor().extract(text).locations
    towns = [fact for fact in found if isinstance(fact, Location) and fact.name == "Cornwall"]
    assert len(towns) >= 2
    # Vermont's point, at every mention: not the English county
    assert {(fact.latitude, fact.geonames_id) for fact in towns} == {(43.924, None)}


def test_a_spacecraft_and_the_planet_are_no_towns() -> None:
    text = "Engineers fixed the Orion capsule's heat shield. It will fly beyond low Earth orbit."
    assert places(text) == []


def test_a_compass_word_joined_to_a_place_is_no_village_of_its_own() -> None:
    text = "The outbreak began in West Texas. Fans in West, Texas, cheered."
    assert [(f.text, f.name) for f in places(text)] == [
        ("West Texas", "Texas"),
        ("West", "West"),
        ("Texas", "Texas"),
    ]


def test_a_compass_word_that_names_a_region_joins_a_place_too() -> None:
    text = "Schools in Southwest Virginia and Northeast Ohio reopened. The Northeast froze."
    assert [(f.text, f.name) for f in places(text)] == [
        ("Southwest Virginia", "Virginia"),
        ("Northeast Ohio", "Ohio"),
        ("Northeast", "Northeast"),
    ]


def test_a_division_of_another_country_named_as_a_company_is_the_company() -> None:
    text = "The tax would have cost Amazon, Google, Meta and others. He moved to Indiana."
    extractor = newsfacts.Extractor(["locations", "organizations", "people"])
    assert [f.text for f in extractor.extract(text).locations] == ["Indiana"]


def test_a_surname_before_administration_and_a_language_are_no_towns() -> None:
    text = "In the Obama administration, she spoke in Spanish to Technology, Media and Health."
    assert places(text) == []


def test_a_place_whose_officials_report_stays_a_place() -> None:
    text = "Officials in Haiti reported 25 deaths, and rescuers in Jamaica said in a statement."
    found = newsfacts.Extractor().extract(text).locations
    assert [(fact.text, fact.kind) for fact in found] == [
        ("Haiti", "country"),
        ("Jamaica", "country"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors charged the stationmaster on duty the night of the Tempi train crash.",
        "The Brujas, a crew of skateboarders, meet on Sundays in the park.",
    ],
)
def test_a_town_spelt_in_another_language_after_the_is_no_place(text: str) -> None:
    assert newsfacts.Extractor().extract(text).locations == ()


def test_a_town_spelt_in_another_language_with_support_stays() -> None:
    text = "Iraqi troops moved to within 15 km of Arbil on Sunday."
    found = newsfacts.Extractor().extract(text).locations
    assert [(fact.text, fact.name) for fact in found] == [("Arbil", "Erbil")]


def test_a_town_spelt_in_another_language_after_a_name_is_no_place() -> None:
    text = "She wrote a booklet on the story of the New York Mets."
    found = newsfacts.Extractor().extract(text).locations
    assert "Mets" not in [fact.text for fact in found]


def test_a_town_spelt_in_another_language_before_an_ampersand_is_no_place() -> None:
    text = 'Disney\'s "Lilo & Stitch" crossed $1 billion worldwide.'
    assert newsfacts.Extractor().extract(text).locations == ()


@pytest.mark.parametrize(
    "text",
    [
        "Yuri Volkov, who heads the Duma's International Affairs Committee, spoke.",
        "Along the trail, the stream feeds the meadows.",
        "Barack Obama spoke. The progress of the Obama era carries risks.",
    ],
)
def test_a_name_claimed_after_the_or_a_preposition_opening_a_sentence_is_no_place(
    text: str,
) -> None:
    assert newsfacts.Extractor().extract(text).locations == ()


def test_a_qualified_place_after_the_stays_a_place() -> None:
    text = "The Corning, N.Y., maker of glassware said sales fell."
    found = newsfacts.Extractor().extract(text).locations
    assert [fact.text for fact in found] == ["Corning", "N.Y."]
