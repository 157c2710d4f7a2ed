"""The organizations field: heads, kinds and listed names (a legislature's chambers:
test_organizations_chambers.py; words that name no body: test_organizations_not_bodies.py)."""

from __future__ import annotations

import pytest

import newsfacts
from organization_checks import organizations


def test_studios_labels_and_shipping_lines_end_a_companys_name() -> None:
    text = "Universal Pictures and Gold Circle Films sued Baltia Air Lines."
    assert [(fact.text, fact.kind) for fact in organizations(text)] == [
        ("Universal Pictures", "company"),
        ("Gold Circle Films", "company"),
        ("Baltia Air Lines", "company"),
    ]


def test_observatories_and_laboratories_are_bodies() -> None:
    text = "The European Southern Observatory and the FBI Laboratory said so."
    assert [fact.text for fact in organizations(text)] == [
        "European Southern Observatory",
        "FBI Laboratory",
    ]


def test_a_title_inside_a_run_ends_a_complement() -> None:
    text = "Ohio Department of Emergency Management Chief Brig. Gen. Ann Lee spoke."
    assert [fact.text for fact in organizations(text)] == [
        "Ohio Department of Emergency Management"
    ]


def test_a_university_listed_with_another_is_one() -> None:
    text = "Princeton and Yale have also been targeted, as has Cox Automotive."
    assert [fact.name for fact in organizations(text)] == [
        "Princeton University",
        "Yale University",
        "Cox Automotive",  # "Automotive" heads a company's name
    ]


def test_teams_of_the_major_north_american_leagues_are_known() -> None:
    text = "Mark Cuban, owner of the Dallas Mavericks, watched the New York Jets play."
    assert [(fact.text, fact.kind) for fact in organizations(text)] == [
        ("Dallas Mavericks", "sports"),
        ("New York Jets", "sports"),
    ]


def test_south_africas_democratic_alliance_is_a_party() -> None:
    [alliance] = organizations("The Democratic Alliance welcomed the decision.")
    assert (alliance.name, alliance.kind) == ("Democratic Alliance", "party")


def test_a_teams_nickname_names_it_after_its_full_name() -> None:
    # (a short item with a score: a sports report, whose places are teams)
    text = "The New York Yankees beat Boston 5-3. The Yankees host Tampa Bay on Saturday."
    assert [(fact.text, fact.name) for fact in organizations(text)] == [
        ("New York Yankees", "New York Yankees"),
        ("Boston", "Boston"),
        ("Yankees", "New York Yankees"),
        ("Tampa Bay", "Tampa Bay"),
    ]


def test_a_name_without_its_countrys_letters_is_its_short_form() -> None:
    text = "Reform UK leader Nigel Farage spoke. Reform topped a poll at 27%."
    assert [(fact.text, fact.name) for fact in organizations(text)] == [
        ("Reform UK", "Reform UK"),
        ("Reform", "Reform UK"),
    ]


def test_national_police_forces_are_known() -> None:
    text = "The Guardia Civil said the car left the road, and the Gardaí agreed."
    assert [(fact.text, fact.name) for fact in organizations(text)] == [
        ("Guardia Civil", "Guardia Civil"),
        ("Gardaí", "Garda Síochána"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The national statistics agency INDEC said prices rose.", "government"),
        ("The space agency JAXA delayed the launch.", "government"),
        ("The ratings agency Fitch cut its outlook.", "company"),
        ("The news agency Interfax said so.", "media"),
        ("South Africa's electricity utility Eskom cut power.", "company"),
        ("The regulator Ofwat approved the plan.", "government"),
    ],
)
def test_the_kind_of_agency_before_a_name_gives_its_kind(text: str, kind: str) -> None:
    assert [fact.kind for fact in organizations(text)] == [kind]


def test_a_magazine_named_after_in_is_still_the_magazine() -> None:
    text = "Ella Stone argued last week in New York magazine that the city had changed."
    assert [fact.text for fact in organizations(text)] == ["New York"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The collapse closed a mine run by state-owned Codelco on Thursday.", ["Codelco"]),
        ("The copper miner Antofagasta raised its forecast.", ["Antofagasta"]),
        ("It concerned a state-owned Dubai company and its ports.", []),
        ("He sold the files to a Tulsa-based data firm last year.", []),
    ],
)
def test_a_cue_before_a_name_is_the_nouns_after_it_if_one_follows(
    text: str, found: list[str]
) -> None:
    assert [fact.text for fact in organizations(text)] == found


def test_an_operator_before_a_name_is_a_company() -> None:
    text = "Flights were operating normally, airport operator Isavia said."
    assert [(fact.text, fact.kind) for fact in organizations(text)] == [("Isavia", "company")]


def test_parties_of_many_countries_are_listed() -> None:
    text = (
        "Japan's Liberal Democratic Party lost its majority, the Kuomintang gained seats in "
        "Taiwan, and Germany's Free Democratic Party left the Bundestag."
    )
    assert [(fact.text, fact.name, fact.kind) for fact in organizations(text)] == [
        ("Liberal Democratic Party", "Liberal Democratic Party", "party"),
        ("Kuomintang", "Kuomintang", "party"),
        ("Free Democratic Party", "Free Democratic Party", "party"),
        ("Bundestag", "Bundestag", "government"),
    ]


def test_a_school_district_and_a_biotech_are_organizations() -> None:
    text = (
        "Chicago Public Schools will lay off 1,200 teachers, and Novartis will buy U.S. "
        "biotech Avidity Biosciences."
    )
    assert [(fact.text, fact.kind) for fact in organizations(text)] == [
        ("Chicago Public Schools", "education"),
        ("Novartis", "company"),
        ("Avidity Biosciences", "company"),
    ]


def test_an_acronym_in_another_language_after_a_headed_name_is_defined() -> None:
    text = (
        "Police detained members of the main opposition Republican People's Party (CHP) "
        "on Tuesday. The CHP called it a purge."
    )
    assert [(fact.text, fact.name, fact.acronym) for fact in organizations(text)] == [
        ("Republican People's Party", "Republican People's Party", "CHP"),
        ("CHP", "Republican People's Party", "CHP"),
        ("CHP", "Republican People's Party", "CHP"),
    ]


def test_racing_teams_named_by_their_makers_are_listed() -> None:
    text = (
        "Lando Norris won after McLaren teammate Oscar Piastri was penalized. Max Verstappen "
        "of Red Bull was second, and Ferrari's Charles Leclerc third."
    )
    assert [fact.text for fact in organizations(text)] == ["McLaren", "Red Bull", "Ferrari"]


def test_a_head_word_before_a_department_is_part_of_its_name() -> None:
    text = "About 300 homes were evacuated, Nova Scotia's Natural Resources Department said."
    assert [(fact.text, fact.kind) for fact in organizations(text)] == [
        ("Natural Resources Department", "government")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The landlord, Greenfield Properties, did not respond.", "Greenfield Properties"),
        ("A Tyson Foods plant closed in 2006.", "Tyson Foods"),
        ("An employee of Platte River Networks wiped the server.", "Platte River Networks"),
    ],
)
def test_a_companys_last_word_heads_its_name(text: str, name: str) -> None:
    assert [(fact.text, fact.kind) for fact in organizations(text)] == [(name, "company")]


def test_an_economics_consultancy_is_a_company() -> None:
    text = (
        "Exports rose, said Zichun Huang of Capital Economics and an economist at "
        "Moody's Analytics."
    )
    assert [fact.text for fact in organizations(text)] == ["Capital Economics", "Moody's Analytics"]


def test_a_central_or_reserve_bank_is_a_government_body() -> None:
    text = "The Central Bank of Nigeria held its rate, and the Reserve Bank acted too."
    assert [(fact.text, fact.kind) for fact in organizations(text)] == [
        ("Central Bank of Nigeria", "government"),
        ("Reserve Bank", "government"),
    ]


def test_a_rights_group_is_an_organization_and_a_tornados_rating_none() -> None:
    text = (
        "Iran executed 1,000 people, the Oslo-based group Iran Human Rights said. An EF3 "
        "tornado touched down in Clayton, according to Human Rights Watch."
    )
    found = newsfacts.Extractor(["organizations", "people"]).extract(text)
    assert [fact.text for fact in found.organizations] == [
        "Iran Human Rights",
        "Human Rights Watch",
    ]
    assert found.people == ()
