"""The organizations field on bodies named by ordinary words: a field of government or a
utility beside the place it serves ("Health Canada", "Kentucky Power"), health systems and
endowments, leagues named by their sport, a company's own "'s" and place, and the article's
own newspaper; on sentences written for these tests."""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "Health Canada approved the vaccine for children on Friday.",
            [("Health Canada", "Health Canada", "government")],
        ),
        (
            "Statistics Canada data showed prices rose 3 percent.",
            [("Statistics Canada", "Statistics Canada", "government")],
        ),
        (
            "Police Scotland said two men had been arrested.",
            [("Police Scotland", "Police Scotland", "government")],
        ),
        (
            "Public Health England warned of a rise in cases.",
            [("Public Health England", "Public Health England", "government")],
        ),
        (
            "About 30,000 homes were without power, Energy Queensland said on Tuesday.",
            [("Energy Queensland", "Energy Queensland", "company")],
        ),
        (
            "Kentucky Power said 20,000 customers lost power after the storm.",
            [("Kentucky Power", "Kentucky Power", "company")],
        ),
        (
            "Georgia Power's crews worked through the night.",
            [("Georgia Power", "Georgia Power", "company")],
        ),
        # a place that is a given name too: no person "Parks Victoria" hides the body
        (
            "Parks Victoria said the walking track would close on Friday.",
            [("Parks Victoria", "Parks Victoria", "government")],
        ),
        (
            "Tourism Victoria said visitor numbers rose 12 percent in March.",
            [("Tourism Victoria", "Tourism Victoria", "government")],
        ),
        # a field told with what the body does in it, or a portfolio of two words: no
        # person titled "Health" named "Quality Ontario"
        (
            "Health Quality Ontario said wait times for surgery grew last year.",
            [("Health Quality Ontario", "Health Quality Ontario", "government")],
        ),
        (
            "Food Standards Scotland told shoppers to return the cheese.",
            [("Food Standards Scotland", "Food Standards Scotland", "government")],
        ),
        (
            "Natural Resources Canada said wildfires burned 4 million hectares.",
            [("Natural Resources Canada", "Natural Resources Canada", "government")],
        ),
        # a union, not an agency: the field's word says no kind
        (
            "Education Minnesota backed the bill.",
            [("Education Minnesota", "Education Minnesota", None)],
        ),
        # the place must be the rest of the run: a plan, a ranking, a longer name
        ("The court blocked the Clean Power Plan in February.", []),
        (
            "Transport for London closed the line.",
            [("Transport for London", "Transport for London", "government")],
        ),
        (
            "Kansas City Power & Light raised its rates.",
            [("Kansas City Power & Light", "Kansas City Power & Light", "company")],
        ),
        (
            "Patients at Appalachian Regional Healthcare were moved to other hospitals.",
            [
                (
                    "Appalachian Regional Healthcare",
                    "Appalachian Regional Healthcare",
                    "company",
                )
            ],
        ),
        (
            "The National Endowment for the Arts gave $20,000 to the theater.",
            [
                (
                    "National Endowment for the Arts",
                    "National Endowment for the Arts",
                    "government",
                )
            ],
        ),
        (
            "The Carnegie Endowment for International Peace published the study.",
            [
                (
                    "Carnegie Endowment for International Peace",
                    "Carnegie Endowment for International Peace",
                    "ngo",
                )
            ],
        ),
        ("The Black Power movement grew in the 1960s.", []),
    ],
)
def test_bodies_named_by_ordinary_words(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


# Public bodies of the UK, Ireland, Australia and Canada named by their field and the place
# they serve, the place after the field, before it or after "for"; a sport's governing body
# named so is a sports body.
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Queensland Health said the clinic would reopen in May.",
            "Queensland Health",
            "government",
        ),
        ("NSW Health recorded 2,000 new cases.", "NSW Health", "government"),
        ("Transport for Wales said trains would run hourly.", "Transport for Wales", "government"),
        ("Transport for NSW added extra buses.", "Transport for NSW", "government"),
        (
            "Fares will rise, Transport for Greater Manchester said.",
            "Transport for Greater Manchester",
            "government",
        ),
        ("Ambulance Tasmania said crews were stretched.", "Ambulance Tasmania", "government"),
        ("Fire and Rescue NSW sent six trucks.", "Fire and Rescue NSW", "government"),
        (
            "Emergency Management Victoria issued a warning.",
            "Emergency Management Victoria",
            "government",
        ),
        ("Enterprise Ireland said exports grew.", "Enterprise Ireland", "government"),
        (
            "Transport Infrastructure Ireland closed the road.",
            "Transport Infrastructure Ireland",
            "government",
        ),
        ("Screen Australia funded the film.", "Screen Australia", "government"),
        ("Homes England will fund 5,000 houses.", "Homes England", "government"),
        (
            "Skills Development Scotland opened the centre.",
            "Skills Development Scotland",
            "government",
        ),
        (
            "Fisheries and Oceans Canada closed the fishery.",
            "Fisheries and Oceans Canada",
            "government",
        ),
        ("Cricket Australia named a new captain.", "Cricket Australia", "sports"),
        ("Hockey Canada settled the lawsuit.", "Hockey Canada", "sports"),
        ("Universities Australia warned of job cuts.", "Universities Australia", "education"),
        ("Bills will rise, Ontario Water said.", "Ontario Water", "company"),
    ],
)
def test_public_bodies_named_by_field_and_place(text: str, name: str, kind: str) -> None:
    assert found(text) == [(name, name, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "He worked in Transport for years.",
        "She campaigned on Transport for the first time.",
        "The Cricket World Cup starts in June.",
    ],
)
def test_a_field_before_for_names_no_body_without_a_place(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "league"),
    [
        ("The bank sponsors the Champions League.", "Champions League"),
        ("The Premier League signed a new television deal.", "Premier League"),
        ("The Indian Premier League will start in March.", "Indian Premier League"),
        ("He was a lawyer for the National Basketball League.", "National Basketball League"),
    ],
)
def test_a_league_named_by_its_sport_is_a_sports_body(text: str, league: str) -> None:
    # one kind for every competition, in any article, as the listed Premier League has
    assert found(text) == [(league, league, "sports")]


def test_a_company_name_keeps_its_own_possessive() -> None:
    text = (
        "The purchase of Boatmen's Bancshares Inc. was announced on Friday. Boatmen's was"
        " the prize in Missouri, and the bid for Boatmen's stock was large."
    )
    name = "Boatmen's Bancshares Inc."
    assert found(text) == [
        ("Boatmen's Bancshares Inc.", name, "company"),
        ("Boatmen's", name, "company"),
        ("Boatmen's", name, "company"),
    ]


def test_a_company_of_a_place_before_its_legal_ending() -> None:
    text = "Miners struck at mines run by Gold Fields of South Africa Ltd on Friday."
    name = "Gold Fields of South Africa Ltd"
    assert found(text) == [(name, name, "company")]


TIMES = "A spokesman told The Times on Monday that the mayor was tired."


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("The New York Times", "The New York Times"),
        ("Tampa Bay Times", "Tampa Bay Times"),
        # no paper of that title: the title alone, as in an article of no source
        ("Reuters", "Times"),
        (None, "Times"),
    ],
)
def test_the_title_of_the_articles_own_paper(source: str | None, name: str) -> None:
    assert found(TIMES, source) == [("The Times", name, "media")]


def test_the_own_paper_over_another_named_in_full() -> None:
    text = TIMES + " The Los Angeles Times had reported the story first."
    assert found(text, "The New York Times") == [
        ("The Times", "The New York Times", "media"),
        ("Los Angeles Times", "Los Angeles Times", "media"),
    ]


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        ("The KBW Bank index fell 1 percent.", []),
        ("The Norland Semiconductor index rose 2 percent on Monday.", []),
        # an acronym no text spells out, and its mentions
        (
            "Frankfurt shares fell on Friday, and the ZIX index lost 2 percent. The ZIX "
            "dropped 12 points.",
            [],
        ),
        (
            "Frankfurt shares fell on Friday, and the ZIX index lost 2 percent. Traders said "
            "that the ZIX dropped on a lack of buying.",
            [],
        ),
        # one the text spells out names the body
        (
            "The Institute of Supply Managers (ISM) index rose.",
            [
                ("Institute of Supply Managers", "Institute of Supply Managers", "ngo"),
                ("ISM", "Institute of Supply Managers", "ngo"),
            ],
        ),
        # a body's name and a listed one stay
        (
            "The Conference Board index of consumer confidence rose.",
            [("Conference Board", "Conference Board", "ngo")],
        ),
        (
            "Norland Semiconductor shares rose 2 percent.",
            [("Norland Semiconductor", "Norland Semiconductor", "company")],
        ),
    ],
)
def test_a_company_name_before_index_names_the_index(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


def test_a_wire_signature_is_no_headline() -> None:
    text = (
        "Zinc prices rose on Monday, dealers said.\n"
        "-- Ann Fenwick , London Newsroom +44 20 7555 0134\n"
        "-- Reuters Calgary Bureau ( 403 ) 555-0192\n"
    )
    assert found(text) == [
        ("London Newsroom", "London Newsroom", "media"),
        ("Reuters Calgary Bureau", "Reuters Calgary Bureau", "media"),
    ]


def test_a_teams_town_names_it_in_a_sports_report() -> None:
    text = (
        "BASEBALL - ROYALS BEAT RED SOX .\n"
        "The Kansas City Royals beat the Boston Red Sox 5-3 on Friday. Kansas City has won"
        " six in a row. The loss was Boston's fifth in its last 17 games. Fans in Kansas City"
        " cheered, and the pitcher was treated at a Boston clinic."
    )
    royals, red_sox = "Kansas City Royals", "Boston Red Sox"
    assert found(text) == [
        ("ROYALS", royals, "sports"),
        (royals, royals, "sports"),
        (red_sox, red_sox, "sports"),
        ("Kansas City", royals, "sports"),
        ("Boston", red_sox, "sports"),
    ]


def test_a_teams_town_is_the_town_outside_sports() -> None:
    text = "Fans of the Kansas City Royals packed the bars. Kansas City voted on Tuesday."
    assert found(text) == [("Kansas City Royals", "Kansas City Royals", "sports")]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts named Akron-based FirstMerit and Banc One Corp. as buyers.",
        "Analysts named Akron - based FirstMerit and Banc One Corp. as buyers .",
    ],
)
def test_a_cued_name_ends_before_and_a_company(text: str) -> None:
    assert found(text) == [
        ("FirstMerit", "FirstMerit", None),
        ("Banc One Corp.", "Banc One Corp.", "company"),
    ]


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "The Gazzetta dello Sport reported the signing.",
            [("Gazzetta dello Sport", "La Gazzetta dello Sport", "media")],
        ),
        (
            "She wrote a letter to the International Red Cross in 2004.",
            [("International Red Cross", "International Committee of the Red Cross", "ngo")],
        ),
        ("England hope to win back the Ashes in Perth next winter.", []),
        ("The semi-final was shifted to the National Tennis Centre on Monday.", []),
    ],
)
def test_listed_names_and_look_alikes(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


def test_and_joins_two_bodies_named_by_field_and_place() -> None:
    text = "Sport Australia, Water NSW and Parks Victoria were not affected."
    assert found(text) == [
        ("Sport Australia", "Sport Australia", "government"),
        ("Water NSW", "Water NSW", "company"),
        ("Parks Victoria", "Parks Victoria", "government"),
    ]
    text = "Cricket Victoria and Tennis Australia agreed, as did Fisheries and Oceans Canada."
    assert found(text) == [
        ("Cricket Victoria", "Cricket Victoria", "sports"),
        ("Tennis Australia", "Tennis Australia", "sports"),
        ("Fisheries and Oceans Canada", "Fisheries and Oceans Canada", "government"),
    ]
