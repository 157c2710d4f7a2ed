"""The organizations field: general classes of names that recur in news of every country
(universities and museums known by a short name, football clubs outside sports reports),
on sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts
from organization_checks import found


def places(text: str) -> list[str]:
    """The text of each place the extractor finds."""
    result = newsfacts.Extractor(["organizations", "locations"]).extract(text)
    return [fact.text for fact in result.locations]


OXFORD = ("Oxford", "University of Oxford", "education")
CAMBRIDGE = ("Cambridge", "University of Cambridge", "education")


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        ("Oxford admitted more pupils from state schools this year.", [OXFORD]),
        ("An Oxford economist expects growth to slow next year.", [OXFORD]),
        ("She won a place at Cambridge to read medicine.", [CAMBRIDGE]),
        ("He applied to Oxford twice before he was accepted.", [OXFORD]),
        (
            "An economist at Princeton called the figures weak.",
            [("Princeton", "Princeton University", "education")],
        ),
        ("Cambridge admissions staff reviewed the appeal.", [CAMBRIDGE]),
        ("She studied at Oxford and Cambridge.", [OXFORD, CAMBRIDGE]),
        (
            "Applications to Oxford, Cambridge and Durham all rose.",
            [OXFORD, CAMBRIDGE, ("Durham", "Durham University", "education")],
        ),
        (
            "Harvard, Columbia and Cornell were named in the lawsuit.",
            [
                ("Harvard", "Harvard University", "education"),
                ("Columbia", "Columbia University", "education"),
                ("Cornell", "Cornell University", "education"),
            ],
        ),
    ],
)
def test_a_university_known_by_a_place_s_name_is_read_from_words_of_study(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


@pytest.mark.parametrize(
    ("text", "organizations", "where"),
    [
        ("Traffic was slow through Oxford on Monday morning.", [], ["Oxford"]),
        ("The bypass around Cambridge reopened after the crash.", [], ["Cambridge"]),
        (
            "The new railway will run between Oxford and Cambridge.",
            [],
            ["Oxford", "Cambridge"],
        ),
        ("Storms flooded roads in Durham and Cambridge.", [], ["Durham", "Cambridge"]),
    ],
)
def test_a_university_s_town_stays_a_place_without_words_of_study(
    text: str, organizations: list[tuple[str, str, str | None]], where: list[str]
) -> None:
    assert (found(text), places(text)) == (organizations, where)


MET = ("Met", "Metropolitan Museum of Art", "other")


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        ("The portrait was lent to the Met for its autumn exhibition.", [MET]),
        ("A curator at the Met said the sculpture had been restored.", [MET]),
        ("The Met said officers were called to the flat at 2 a.m.", []),
        ("Forecasters at the Met warned of heavy rain on Tuesday.", []),
    ],
)
def test_the_met_is_the_museum_only_in_a_sentence_about_art(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "Ipswich Town announced a new shirt sponsor on Friday.",
            [("Ipswich Town", "Ipswich Town", "sports")],
        ),
        (
            "The Chelsea striker said the club would appeal against the ban.",
            [("Chelsea", "Chelsea FC", "sports")],
        ),
        (
            "The Chelsea boss, who was sacked on Monday, thanked the fans.",
            [("Chelsea", "Chelsea FC", "sports")],
        ),
        (
            "The Fulham manager said the squad was too thin.",
            [("Fulham", "Fulham FC", "sports")],
        ),
        (
            "The Arsenal academy praised the council's plans for the stadium.",
            [("Arsenal", "Arsenal FC", "sports")],
        ),
        (
            "Police arrested two Celtic supporters after the disorder.",
            [("Celtic", "Celtic FC", "sports")],
        ),
        (
            "The winger signed for Everton in 2019 and left a year later.",
            [("Everton", "Everton FC", "sports")],
        ),
        (
            "A Manchester United fan was jailed for the abuse.",
            [("Manchester United", "Manchester United", "sports")],
        ),
        (
            "The Derby County striker was injured in a car crash.",
            [("Derby County", "Derby County", "sports")],
        ),
        # a national side known by a nickname, also as an adjective
        (
            "The former All Black signed for a club in Japan.",
            [("All Black", "All Blacks", "sports")],
        ),
    ],
)
def test_a_football_club_is_an_organization_outside_sports_reports(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


@pytest.mark.parametrize(
    ("text", "organizations", "where"),
    [
        ("She rented a small flat in Chelsea for two years.", [], ["Chelsea"]),
        (
            "The Liverpool goalkeeper said he had grown up in Liverpool.",
            [("Liverpool", "Liverpool FC", "sports")],
            ["Liverpool"],
        ),
        (
            "The president visited Brighton, Michigan, on Tuesday to talk about jobs.",
            [],
            ["Brighton", "Michigan"],
        ),
        (
            "Leicester City Council approved the budget on Wednesday.",
            [("Leicester City Council", "Leicester City Council", "government")],
            ["Leicester"],
        ),
    ],
)
def test_a_club_s_city_stays_a_place_without_words_of_football(
    text: str, organizations: list[tuple[str, str, str | None]], where: list[str]
) -> None:
    assert (found(text), places(text)) == (organizations, where)


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "Just Stop Oil activists sprayed orange paint on the stones.",
            [("Just Stop Oil", "Just Stop Oil", "ngo")],
        ),
        (
            "Occupy Wall Street protesters were cleared from the square.",
            [("Occupy Wall Street", "Occupy Wall Street", "other")],
        ),
        (
            "Fridays for Future called a climate strike in 150 cities.",
            [("Fridays for Future", "Fridays for Future", "ngo")],
        ),
        (
            "Reform UK said it would stand candidates in every seat.",
            [("Reform UK", "Reform UK", "party")],
        ),
    ],
)
def test_a_party_or_movement_known_by_its_short_name(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "She is a senior lecturer at Edinburgh.",
            [("Edinburgh", "University of Edinburgh", "education")],
        ),
        (
            "A Penn researcher led the vaccine trial.",
            [("Penn", "University of Pennsylvania", "education")],
        ),
        (
            "Engineers at Tsinghua designed the chip.",
            [("Tsinghua", "Tsinghua University", "education")],
        ),
        # studios and the box office's tracker, by their short names
        (
            "Pixar's sequel led, as Comscore and Lionsgate reported.",
            [
                ("Pixar", "Pixar Animation Studios", "company"),
                ("Comscore", "Comscore", "company"),
                ("Lionsgate", "Lionsgate", "company"),
            ],
        ),
        # a state's "A&M": the university, the state no place of it
        (
            "Alabama A&M beat Prairie View A&M on Saturday.",
            [
                ("Alabama A&M", "Alabama A&M University", "education"),
                ("Prairie View A&M", "Prairie View A&M University", "education"),
            ],
        ),
        ("Flights between Manchester and Glasgow were cancelled.", []),
        ("Director Ron Howard attended the premiere.", []),
        (
            "The portrait was lent to the Frick for an exhibition.",
            [("Frick", "Frick Collection", "other")],
        ),
        (
            "Queues formed outside the Orsay before dawn.",
            [("Orsay", "Musée d'Orsay", "other")],
        ),
    ],
)
def test_more_universities_and_museums_known_by_one_word(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


# Charities whose head word tells another kind or none, and public bodies and utilities named
# without a head word, or by an Irish one
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Salvation Army opened a night shelter.", "Salvation Army", "ngo"),
        ("The Trussell Trust handed out 3 million parcels.", "Trussell Trust", "ngo"),
        ("Age UK said older people were most at risk.", "Age UK", "ngo"),
        ("Christian Aid joined the appeal.", "Christian Aid", "ngo"),
        ("Macmillan Cancer Support warned of delays.", "Macmillan Cancer Support", "ngo"),
        ("Tata Trusts funded the new cancer hospital.", "Tata Trusts", "ngo"),
        ("Easter Seals said demand for respite care rose.", "Easterseals", "ngo"),
        ("The Kenya Red Cross Society distributed food.", "Kenya Red Cross Society", "ngo"),
        ("Met Éireann issued an orange warning.", "Met Éireann", "government"),
        ("Irish Water said supplies were restored.", "Uisce Éireann", "company"),
        (
            "The Health Service Executive said beds were full.",
            "Health Service Executive",
            "government",
        ),
        ("The Bundeskartellamt opened an inquiry.", "Bundeskartellamt", "government"),
        # a Filipino name's "ng" ("of") and a Māori one's "Ora"
        (
            "The Bangko Sentral ng Pilipinas kept rates steady.",
            "Bangko Sentral ng Pilipinas",
            "government",
        ),
        ("Kāinga Ora will build 1,000 homes.", "Kāinga Ora", "government"),
        ("Fonterra raised its milk price forecast.", "Fonterra", "company"),
        ("Tenaga Nasional reported a higher profit.", "Tenaga Nasional", "company"),
        (
            "The Gift of the Givers Foundation delivered water.",
            "Gift of the Givers",
            "ngo",
        ),
        # Scotland's health boards: "NHS" and the region
        ("NHS Lothian said beds were full.", "NHS Lothian", "government"),
        (
            "NHS Greater Glasgow and Clyde cancelled operations.",
            "NHS Greater Glasgow and Clyde",
            "government",
        ),
        ("Hydro-Québec restored power to 20,000 homes.", "Hydro-Québec", "company"),
        ("Researchers at the Karolinska Institute found it.", "Karolinska Institute", "education"),
        ("The Australian Greens voted against the bill.", "Green Party", "party"),
        # the New York Stock Exchange by its nickname, no public board
        (
            "Trading on the Big Board was light on Friday.",
            "New York Stock Exchange",
            "company",
        ),
    ],
)
def test_charities_and_bodies_known_by_name(text: str, name: str, kind: str) -> None:
    assert [(found_name, found_kind) for _, found_name, found_kind in found(text)] == [(name, kind)]


# An institute of technology, science or management is a university; others think tanks
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Engineers at the Tokyo Institute of Technology built it.",
            "Tokyo Institute of Technology",
            "education",
        ),
        (
            "The Indian Institute of Science ranked first.",
            "Indian Institute of Science",
            "education",
        ),
        (
            "The Indian Institute of Management Ahmedabad raised fees.",
            "Indian Institute of Management Ahmedabad",
            "education",
        ),
        (
            "The Institute for Fiscal Studies said taxes would rise.",
            "Institute for Fiscal Studies",
            "ngo",
        ),
        ("The Institute of Economic Affairs published it.", "Institute of Economic Affairs", "ngo"),
        # a college of a profession is its professional body; of a field, a place of study
        (
            "The Royal College of Midwives said staffing was at a record low.",
            "Royal College of Midwives",
            "ngo",
        ),
        (
            "The American College of Surgeons updated its guidance.",
            "American College of Surgeons",
            "ngo",
        ),
        ("Students at the Royal College of Art protested.", "Royal College of Art", "education"),
        # A broadcaster's head word before "for" and a cause: an advocacy group or a charity
        (
            "The United Network for Organ Sharing said 48,000 transplants were performed.",
            "United Network for Organ Sharing",
            "ngo",
        ),
        (
            "The Asian Network for Free Elections sent 40 observers.",
            "Asian Network for Free Elections",
            "ngo",
        ),
        ("The Cartoon Network aired the new series.", "Cartoon Network", "media"),
        # A trade's word before a regulator's or a state fund's head word tells what it
        # oversees or invests, no company's unit
        (
            "The Kuwait Investment Authority bought a stake in the port.",
            "Kuwait Investment Authority",
            "government",
        ),
        ("The Insurance Commission fined the broker.", "Insurance Commission", "government"),
        ("Geojit Financial Services shares rose.", "Geojit Financial Services", "company"),
        ("Harbor Data Services said its revenue rose.", "Harbor Data Services", "company"),
        (
            "Pinecrest Consulting Services won the contract.",
            "Pinecrest Consulting Services",
            "company",
        ),
        (
            "The Department of Data Services will publish the figures.",
            "Department of Data Services",
            "government",
        ),
        # a corporation of the state for a public task, no trading firm
        (
            "The Food Corporation of India bought more wheat.",
            "Food Corporation of India",
            "government",
        ),
        (
            "The Industrial Development Corporation lent the smelter R2 billion.",
            "Industrial Development Corporation",
            "government",
        ),
        # a news agency or a wire service is an outlet, though a state may own it
        ("The Iraqi News Agency said the talks had ended.", "Iraqi News Agency", "media"),
        ("The Harbour News Service reported the fire.", "Harbour News Service", "media"),
        ("The Nordic Press Agency said so.", "Nordic Press Agency", "media"),
        # An association of firms: a lobby, no public body
        (
            "The Business Council of Australia backed the rise.",
            "Business Council of Australia",
            "ngo",
        ),
    ],
)
def test_the_words_of_a_name_tell_its_kind(text: str, name: str, kind: str) -> None:
    assert [(found_name, found_kind) for _, found_name, found_kind in found(text)] == [(name, kind)]


def test_a_public_bodys_head_word_after_a_universitys_possessive_names_a_department() -> None:
    assert found(
        "Researchers at the University of Oxford's Department of Paediatrics and Harvard's "
        "Department of Economics agreed; Ukraine's Defence Ministry did not."
    ) == [
        ("University of Oxford", "University of Oxford", "education"),
        ("Department of Paediatrics", "Department of Paediatrics", "education"),
        ("Harvard", "Harvard University", "education"),
        ("Department of Economics", "Department of Economics", "education"),
        ("Defence Ministry", "Defence Ministry", "government"),
    ]
