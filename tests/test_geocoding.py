"""Geocoding in local news: which place a name means, one table per class of clue.

Each row is a phrase, the mention it is about, and the place it must resolve to: canonical
name, country code and coordinates to two decimals. The phrases are written for these tests.
"""

from __future__ import annotations

import pytest

import newsfacts
from geocoding_checks import Expected, check, places
from newsfacts_locations import institutions
from newsfacts_locations.bodies import state_votes
from newsfacts_locations.gazetteer import load

STATE_QUALIFIERS = [
    # a town the gazetteer lacks, named like divisions abroad: in its state, and the
    # qualifier is the state, not the city
    (
        "A tour bus overturned near Pembroke, New York, on Friday.",
        ("Pembroke", "Pembroke", "US", 42.59, -75.78),
    ),
    (
        "A tour bus overturned near Pembroke, New York, on Friday.",
        ("New York", "New York", "US", 42.59, -75.78),
    ),
    # states listed with an Oxford comma qualify nothing
    (
        "Retirees moved to sunnier states such as Utah, Idaho, and Colorado.",
        ("Utah", "Utah", "US", 39.51, -111.59),
    ),
    # AP abbreviations, postal codes and full names after a town and a comma
    (
        "The mayor of Alexandria, La., opened a new library on Monday.",
        ("Alexandria", "Alexandria", "US", 31.31, -92.45),
    ),
    (
        "The mayor of Alexandria, La., opened a new library on Monday.",
        ("La.", "Louisiana", "US", 31.16, -91.84),
    ),
    (
        "A storm knocked out power in Athens, TX on Tuesday.",
        ("Athens", "Athens", "US", 32.2, -95.86),
    ),
    ("A storm knocked out power in Athens, TX on Tuesday.", ("TX", "Texas", "US", 30.67, -98.86)),
    (
        "Flooding closed roads near Tupelo, Miss., overnight.",
        ("Miss.", "Mississippi", "US", 32.66, -89.73),
    ),
    (
        "He was born in Fort Worth, Tex., and now lives in Mt. Pleasant, S.C., with his wife.",
        ("Mt. Pleasant", "Mount Pleasant", "US", 32.79, -79.86),
    ),
    (
        "The ship docked in Kingston, Ont., after the storm.",
        ("Kingston", "Kingston", "CA", 44.23, -76.48),
    ),
    # the qualifier is the division that holds the town: the state, not the country
    ("Voters in Atlanta, Georgia went to the polls.", ("Georgia", "Georgia", "US", 32.88, -83.22)),
]

COUNTY_QUALIFIERS = [
    (
        "Deputies patrolled Clinton, Hunterdon County, on Friday.",
        ("Clinton", "Clinton", "US", 40.64, -74.91),
    ),
]

COUNTIES = [
    (
        "Voters in Laurel County approved the school tax.",
        ("Laurel County", "Laurel County", "US", 37.08, -84.1),
    ),
    (
        "Floodwaters rose across Rapides Parish on Sunday.",
        ("Rapides Parish", "Rapides Parish", "US", 31.2, -92.42),
    ),
    # a list before "counties" names counties, each read with the article's state
    (
        "Roads in Madison, Jackson and Oconee counties iced over as sleet hit Georgia.",
        ("Jackson", "Jackson County", "US", 34.14, -83.6),
    ),
    (
        "Roads in Madison, Jackson and Oconee counties iced over as sleet hit Georgia.",
        ("Madison", "Madison County", "US", 34.08, -83.17),
    ),
    # a county before the name of one of its offices is still named
    (
        "The Tarrant County Sheriff's Office opened an inquiry.",
        ("Tarrant County", "Tarrant County", "US", 32.78, -97.31),
    ),
]

LOCALITY = [
    # a world city stays itself though the article names a town of its tiny namesake's state
    (
        "Apple unveiled the iPhone at its Cupertino headquarters on Tuesday. They go on sale "
        "in the U.S., China and Japan. Amazon Web Services reported outages in Virginia. Ford "
        "makes batteries in Marshall, Michigan. In London, the Bank of England cut rates.",
        ("London", "London", "GB", 51.51, -0.13),
    ),
    (
        "Tens of thousands marched in Miami, Hialeah and Fort Lauderdale, Florida, on "
        "Saturday. In Havana, the boy's father met President Fidel Castro.",
        ("Havana", "Havana", "CU", 23.13, -82.38),
    ),
    # a dateline sets the article in its state
    (
        "HUNTINGTON, W.Va. -- Firefighters from Milton and Hurricane helped put out the blaze.",
        ("Hurricane", "Hurricane", "US", 38.43, -82.02),
    ),
    # the state the article keeps naming
    (
        "Kansas lawmakers met on Tuesday. Wheat farmers across Kansas are worried. A Manhattan "
        "man spoke at the hearing in Topeka.",
        ("Manhattan", "Manhattan", "US", 39.18, -96.57),
    ),
    # a town and its county decide each other, over a larger namesake
    (
        "A Paris woman was detained on Monday by Henry County deputies.",
        ("Paris", "Paris", "US", 36.3, -88.33),
    ),
    (
        "A Paris woman was detained on Monday by Henry County deputies.",
        ("Henry County", "Henry County", "US", 36.37, -88.33),
    ),
    # a small town is kept, and read in the state the article names
    (
        "A Chapin man was hurt in a crash on Tuesday, South Carolina troopers said. The road "
        "into Lexington was closed.",
        ("Lexington", "Lexington", "US", 33.98, -81.24),
    ),
    # a state's own agency places the article in the state, as a mention would
    (
        "The Wyoming Game and Fish Department counted 1,143 elk in the Jackson herd.",
        ("Jackson", "Jackson", "US", 43.48, -110.76),
    ),
    # a word of local government that only some states use places the article in them
    (
        "Decatur lit up its square. Its Beer Board then granted two permits.",
        ("Decatur", "Decatur", "US", 35.51, -84.79),
    ),
    (
        "The Fiscal Court voted on Monday to pave the road into Russellville.",
        ("Russellville", "Russellville", "US", 36.85, -86.89),
    ),
    # in the UK, the nation the article's places lie in, between namesakes of like standing
    (
        "The family farmed near Kentford in England before moving to Cambridge and then Newmarket.",
        ("Newmarket", "Newmarket", "GB", 52.24, 0.4),
    ),
    # but not over a far better-known place
    (
        "Britain's prime minister flew to Washington on Monday. Protests in London and "
        "Manchester continued.",
        ("Washington", "Washington", "US", 38.9, -77.04),
    ),
]

PRIORS = [
    # without clues, the best-known place of the name: population and kind
    ("Officials in Paris announced a new cycling plan.", ("Paris", "Paris", "FR", 48.85, 2.35)),
    (
        "Tourists crowded the beaches of Portland last summer.",
        ("Portland", "Portland", "US", 45.52, -122.68),
    ),
    ("Talks between Georgia and Russia stalled.", ("Georgia", "Georgia", "GE", 42.0, 43.5)),
    # a small country's council or a deserted town has few people, not an unknown number
    (
        "The suspect, 58, of Fontana, was arrested on Monday.",
        ("Fontana", "Fontana", "US", 34.09, -117.44),
    ),
    (
        "The ferry from Plymouth was cancelled.",
        ("Plymouth", "Plymouth", "GB", 50.37, -4.14),
    ),
    # the English name of a large city that GeoNames gives a smaller town
    ("Police in Hanover said ...", ("Hanover", "Hannover", "DE", 52.37, 9.73)),
    ("A fair opened in Cologne.", ("Cologne", "Köln", "DE", 50.93, 6.95)),
    # a division abroad lies among its own towns, not at its country's point
    (
        "An earthquake struck off the coast of Hokkaido on Saturday.",
        ("Hokkaido", "Hokkaido", "JP", 43.42, 142.54),
    ),
    (
        "Floods in Pakistan's Punjab province killed 33 people.",
        ("Punjab", "Punjab", "PK", 31.11, 72.56),
    ),
    ("Commuters on Long Island faced delays.", ("Long Island", "Long Island", "US", 40.8, -73.2)),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    STATE_QUALIFIERS + COUNTY_QUALIFIERS + COUNTIES + LOCALITY + PRIORS,
)
def test_resolves(text: str, expected: Expected) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "R. Croft bowled well and G. Thorpe scored 21.",  # initials: people
        "Crews worked late in the superior court building.",
        # words far more often something else than the small towns they name
        "He served two tours in Operation Iraqi Freedom.",
        "The van was eastbound on Loop 286 when it flipped.",
    ],
)
def test_no_place(text: str) -> None:
    assert places(text) == {}


def test_qualifier_only_abbreviation_is_no_place_alone() -> None:
    assert "IN" not in places("Come IN and see the new store in Chicago.")
    assert "Miss." not in places("Miss. Jones taught in Boston for years.")


def test_postal_qualifier_is_a_place_after_a_town() -> None:
    found = places("The plant in Gary, IN employs 300 people.")
    assert (found["Gary"].country_code, found["IN"].name) == ("US", "Indiana")


def test_the_readings_of_a_name_are_one_per_state() -> None:
    """Same-named towns of different states are all in the gazetteer."""
    from newsfacts_locations.gazetteer import load

    states = {p.admin1 for p in load().lookup("Alexandria") if p.country_code == "US"}
    assert {"LA", "VA", "MN", "KY"} <= states


def test_scores_are_named_terms() -> None:
    """Why a reading won: each term of its score, by name, in order."""
    from newsfacts_locations.gazetteer import load
    from newsfacts_locations.locality import Locality
    from newsfacts_locations.resolve import Clues, explain

    gazetteer = load()
    locality = Locality()
    locality.add("Henry County", gazetteer.lookup("Henry County"))
    tennessee = next(p for p in gazetteer.lookup("Paris") if p.admin1 == "TN")
    terms = explain(tennessee, Clues("Paris", locality))
    assert list(terms) == [
        "prominence",
        "qualified",
        "qualifying",
        "listed with states",
        "division noun",
        "residents",
        "dateline town",
        "country named",
        "same country",
        "sentence setting",
        "home state",
        "same state",
        "same region",
        "same county",
        "nearby",
        "paired",
    ]
    assert terms["same county"] == 6.0


@pytest.mark.parametrize(
    "name",
    ["Paris", "Georgia", "Springfield", "London", "Clinton", "Hamilton County"],
)
def test_a_term_left_out_for_want_of_its_clue_gives_nothing(name: str) -> None:
    """A name is scored only by the terms whose clue it has (contest.NEEDS): in an article
    with no vote yet and no qualifier, each term left out gives every reading 0, and the
    winner is the one the whole score picks."""
    from newsfacts_locations.contest import NEEDS, pick, topped
    from newsfacts_locations.locality import Locality
    from newsfacts_locations.resolve import TERMS, Clues, score

    places = tuple(load().lookup(name))
    clues = topped(places, Clues(name, Locality()))
    terms = dict(TERMS)
    for term, need in NEEDS.items():
        assert not need(clues)
        assert {terms[term](place, clues) for place in places} == {0.0}
    assert pick(places, clues) == max(places, key=lambda place: score(place, clues))


def test_a_name_at_its_cap_adds_nothing() -> None:
    """A name votes at most NAME_CAP for a state however often the article repeats it: the
    votes of "in Red Oak, Iowa" a thousand times are those of a few mentions."""
    from newsfacts_locations.gazetteer import load
    from newsfacts_locations.locality import NAME_CAP, Locality

    iowa = tuple(p for p in load().lookup("Red Oak") if p.admin1 == "IA")
    few, many = Locality(), Locality()
    for _ in range(3):
        few.add("Red Oak", iowa, 2.0)
    for _ in range(1000):
        many.add("Red Oak", iowa, 2.0)
    assert many == few
    assert many.divisions.totals[("US", "IA")] == NAME_CAP


def test_a_members_state_is_no_clue_to_where_the_story_is() -> None:
    # "Pa." after a senator's name does not pull "Washington" to Washington, Pennsylvania
    text = "Sen. Bob Casey, D-Pa., said the vote in Washington would come on Friday."
    found = {place.text: place for place in newsfacts.extract(text).locations}
    assert found["Pa."].name == "Pennsylvania"
    assert (found["Washington"].latitude, found["Washington"].longitude) == (38.8951, -77.0364)


def test_a_towns_police_make_every_mention_of_it_the_town() -> None:
    text = (
        "A woman was robbed behind a Maseru apartment complex. Maseru police are searching "
        "for a suspect."
    )
    found = newsfacts.extract(text, plugins=["locations"])[newsfacts.LOCATIONS]
    assert {fact.country_code for fact in found} == {"LS"}
    text = "A man was mugged outside a Berea grocery store. Berea police have a suspect."
    found = newsfacts.extract(text, plugins=["locations"])[newsfacts.LOCATIONS]
    assert [(fact.text, fact.kind, fact.country_code) for fact in found] == [
        ("Berea", "city", "US"),
        ("Berea", "city", "US"),
    ]


def test_a_dateline_names_a_town_over_a_division_of_its_name() -> None:
    text = (
        "JERUSALEM (AP) — Israeli strikes killed at least 44 Palestinians across the Gaza "
        "Strip overnight, including 12 in Gaza City, health officials in Gaza said."
    )
    first = newsfacts.Extractor().extract(text).locations[0]
    assert (first.text, first.kind, first.country_code) == ("JERUSALEM", "city", "IL")


def test_a_dateline_alone_names_the_well_known_city() -> None:
    text = (
        "GENEVA (Reuters) - The World Trade Organization cut its forecast, citing U.S. "
        "tariffs, and North American exports are expected to fall 12.6% this year."
    )
    first = newsfacts.Extractor().extract(text).locations[0]
    assert (first.text, first.country_code) == ("GENEVA", "CH")


def test_a_local_papers_dateline_names_the_namesake_in_its_state() -> None:
    # the story names Nebraska twice and no place of Ohio: its own Columbus, not the
    # capital of Ohio a wire's dateline would name alone
    text = (
        "COLUMBUS -- Choirs from six Nebraska towns sang at the county fairgrounds on "
        "Saturday. The Nebraska Music Educators Association picked the songs."
    )
    first = newsfacts.Extractor().extract(text).locations[0]
    assert (first.text, first.country_code, round(first.latitude or 0.0, 2)) == (
        "COLUMBUS",
        "US",
        41.43,
    )


def test_a_national_storys_state_leaves_the_dateline_to_the_well_known_city() -> None:
    # a vote for Vermont, where a village of the name lies, among votes for other states:
    # no local paper's home
    text = (
        "CHARLOTTE -- Protesters marched for a third night as the governors of Vermont, "
        "Georgia and Texas called for calm."
    )
    first = newsfacts.Extractor().extract(text).locations[0]
    assert (first.text, round(first.latitude or 0.0, 2)) == ("CHARLOTTE", 35.23)


def test_a_bodys_state_votes_only_in_the_countries_of_local_papers() -> None:
    text = "The Berea Police Department and the NSW State Emergency Service agreed."
    bodies = [
        newsfacts.Organization.at(text, 4, 27, name="Berea Police Department", kind="government"),
        newsfacts.Organization.at(
            text, 36, 63, name="NSW State Emergency Service", kind="government"
        ),
    ]
    # "Berea" is also a district of Lesotho, whose towns no local paper here names
    assert [(name, [p.name for p in places]) for name, places in state_votes(bodies, load())] == [
        ("NSW", ["New South Wales"])
    ]


def test_a_teams_state_votes_as_a_mention_of_it_does() -> None:
    # the organizations field claims "Maine Mustangs": the state in it is no mention,
    # but it tells where the story is set, as "Connecticut" alone would
    text = (
        "Signups for Riverside Youth Soccer are Friday at the Milford Fire Department. "
        "The Maine Mustangs will hold tryouts for their boys' soccer team in April."
    )
    found = newsfacts.Extractor().extract(text).locations
    assert [(f.text, f.country_code, round(f.latitude or 0.0, 2)) for f in found] == [
        ("Milford", "US", 44.95)
    ]


def test_a_post_office_town_named_like_a_person_is_no_place() -> None:
    # "Reagan", Texas, is left out of the gazetteer: news names the president
    found = places("The senator praised Reagan at a dinner in Austin, Texas.")
    assert sorted(found) == ["Austin", "Texas"]


def test_every_word_of_local_government_holds_a_trigger() -> None:
    """A text is searched for the words of ``state_institutions.tsv`` only when its tokens
    hold one of :data:`~newsfacts_locations.institutions.TRIGGERS`."""
    for word in institutions.STATES_BY_WORD:
        document = newsfacts.Document.from_article(newsfacts.Article(text=f"The {word} met."))
        assert list(institutions.institution_votes(document, load())), word
