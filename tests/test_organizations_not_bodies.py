"""The organizations field: capitalized words a rule could read as a body's name that name none: a
street, a place, a person, a title, a building, a count or a role."""

from __future__ import annotations

import pytest

import newsfacts
from organization_checks import organizations


def test_letters_before_a_currency_sign_name_no_body() -> None:
    text = "Amazon will invest AU$20 billion, and Amazon Web Services will run it."
    assert [(fact.text, fact.kind) for fact in organizations(text)] == [
        ("Amazon", "company"),
        ("Amazon Web Services", "company"),
    ]


def test_a_name_running_on_into_a_compound_is_no_cued_name() -> None:
    text = "Shares of Hong Kong-listed CATL jumped, as did those of San Diego-based Qualcomm."
    assert [fact.text for fact in organizations(text)] == ["CATL", "Qualcomm"]


def test_medical_and_technical_acronyms_are_no_bodies() -> None:
    assert organizations("Deputies performed CPR, and veterans with PTSD wore PPE.") == []


def test_a_count_opening_a_sentence_is_no_part_of_a_name() -> None:
    found = organizations("Two Ohio University students were hurt. Twelve Arab League members met.")
    assert [fact.text for fact in found] == ["Ohio University", "Arab League"]


def test_a_name_before_a_street_noun_names_the_street() -> None:
    text = "Crews went to a home near Mill and Congress streets, then to Parliament Street."
    assert organizations(text) == []


def test_a_company_named_like_a_place_after_the_is_the_place() -> None:
    assert organizations("Deforestation in the Amazon rose 12% in the Brazilian Amazon.") == []
    found = organizations("The Amazon warehouse voted. Amazon shares rose.")
    assert [fact.text for fact in found] == ["Amazon", "Amazon"]


def test_a_short_form_the_article_writes_in_lower_case_is_no_name() -> None:
    text = (
        "The Housing Minister spoke of a new housing agency. Rents rose, according to the "
        "Housing Corporation."
    )
    assert [fact.text for fact in organizations(text)] == ["Housing Corporation"]


def test_a_role_opening_a_sentence_is_no_team() -> None:
    text = (
        "The Maple Leafs beat the Bruins 3-2 on Saturday. General manager Brad Lowe said the "
        "coach would stay. Assistant coach candidates will be interviewed."
    )
    assert [fact.text for fact in organizations(text)] == ["Maple Leafs", "Bruins"]


def test_a_party_letter_before_a_home_town_is_no_organization() -> None:
    assert organizations("Del. Marcia Price (D-Newport News) spoke to the crowd.") == []


def test_an_office_holders_office_is_no_listed_body_it_holds() -> None:
    text = "According to the Governor's Office of Management and Budget, spending will rise."
    assert [(fact.text, fact.acronym) for fact in organizations(text)] == [
        ("Governor's Office of Management and Budget", None)
    ]


def test_a_building_named_after_a_body_is_no_body() -> None:
    text = "Some 150 nurses rallied outside the Harlow Administration Building."
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Economist Peter Hollis of the bank said so.",
        "The state-run Yugoslav news agency Tanjug quoted him.",
        "Israel approved more homes in Jewish West Bank settlements on Sunday.",
        "The game went late, and the balls flew. Balls were flying very quickly at night.",
        # ... the plural of a word the article writes in lower case
        "I could not see the ball at night. Balls were flying very quickly.",
        (
            '"Anime fans showed up in force," an analyst said of the anime film. Liverpool beat '
            "Everton 2-1 at Anfield on Monday, extending their lead in the Premier League to five "
            "points. Salah scored in the 12th minute."
        ),
    ],
)
def test_a_title_a_demonym_and_a_place_are_no_organizations(text: str) -> None:
    found = newsfacts.Extractor(["organizations", "people"]).extract(text).organizations
    # (the teams of a sports report are organizations: only the sentences before are read)
    teams = {"Liverpool", "Everton", "Premier League"}
    assert [fact.text for fact in found if fact.text not in teams] in ([], ["Tanjug"])


@pytest.mark.parametrize(
    "text",
    [
        "Officials reported 25 deaths from flooding.",
        "Rescuers in Jamaica said in a statement that the roads were closed.",
        "At least three people died, and officials in Haiti reported 25 deaths.",
        "The three casinos in Atlantic City reported 450 layoffs.",
    ],
)
def test_people_and_the_place_they_are_in_report_as_no_organization(text: str) -> None:
    assert organizations(text) == []


def test_a_listed_name_ending_a_listed_place_is_the_place() -> None:
    text = "The group includes Russia, Iraq, the United Arab Emirates, Kuwait and Oman."
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rocket lifted off from Cape Canaveral Space Force Station at dawn.",
        "Harris waved after landing at Andrews Air Force Base, Maryland, on Friday.",
    ],
)
def test_a_force_before_a_station_or_base_names_the_place(text: str) -> None:
    assert organizations(text) == []


def test_a_persons_surname_alone_is_the_person_though_a_company_bears_it() -> None:
    text = (
        "Ontario Premier Doug Ford imposed a surcharge. Ford suspended it a day later. "
        '"We will stand up for Ontario," Ford told reporters.'
    )
    found = newsfacts.Extractor(["organizations", "people"]).extract(text).organizations
    assert found == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces advanced on Thursday.",
        "Russia fired 397 Shahed drones.",
        "The talks ended in March.",
        "President Emmanuel Macron spoke.",
        "He flew to the United States.",
        "The Soviet Union collapsed in 1991.",
        "Traders on Wall Street were nervous.",
        "GDP grew 2 percent, the CEO said.",
        "He lives in the West Bank.",
        "The Ministry said nothing.",
        "STOCKS FALL AS TRADERS WORRY .",
        "COOPER: And clearly, you are backing her in this contest.",
        "The plant added 510 MW of capacity in India last year.",
        "Home photovoltaics (PV) rose 12 percent in the spring.",
        "Her aides said she did NOT speak for the whole union.",
        "Two held after a fight. SIX women were charged in Hull on Monday.",
        "She wrote that the party must put the security of working families FIRST.",
        'He looked into the camera and said, "I am going to endorse YOU!"',
        "A viewer might then wonder: WHAT? The hosts are paid by a state channel.",
        "I am, like MANY, impatient to see new leadership at the charity.",
        "Visitors can check out the town's Green 'WOW' Factor on Saturday.",
        "We want to use this ASAP, the aide wrote to the firm.",
        "The group sued the state and AG Ann Lee on Monday; former AG Tom Reyes agreed.",
        "UPDATE: the three escapees and a driver were found.",
        "She covers the race. He’s filed stories from each caucus.",
        "The Affordable Care Act (ACA) was passed in 2010.",
        "The Leeds International Film Festival (LIFF) began. LIFF sold out.",
        "MANILA, Philippines — The government said on Monday it would act.",
        "It was drawn by the noted Czech architect Pavel Hruby.",
        "Big Farm Group Will Buy Ads Urging Voters To Back Rural Broadband.",
        "House prices rose near the Opera House.",
        "Secretary of State John Kerry spoke.",
        "Democrats and Republicans disagree on the budget.",
        "THIS is a BIG deal for GPS makers, he said.",
        "Fewer couples can afford IVF, and a used SUV costs more than it did before WWII.",
        "He was charged with DUI and filed a FOIA request about the NAFTA talks.",
        "BTP yields fell as three-month LIBOR rose, and ISDN lines were cut.",
        # a company's name opening a venue's
        "The final was played at the Emirates Stadium on Saturday.",
        "The Cowboys lost at AT&T Stadium in Arlington.",
        "Fans left the Qatar Airways Stadium early.",
        "Alcaraz beat Sinner on Centre Court.",
        "Burial will follow in the Oak Hill Union Cemetery.",  # a cemetery, no union
        # a market's place before "shares", and "shares" as a verb
        "London shares slipped, while shares in Hong Kong rose.",
        "Saudi Arabia shares our worries.",
        # a reporter's credit line: "reported from" a place
        'The vote is in May. "We will see," she said. Lindqvist reported from Washington.',
        "Okafor reported from Lagos; Brandt, from Berlin.",
        # a pact or a measure defined with its acronym, and every mention of the acronym
        "Lawmakers argued over the Trans-Pacific Partnership (TPP) for months; the TPP lapsed.",
        "Levies are set from an Equalized Assessed Valuation (EAV); each EAV climbed 4 percent.",
        # places defined with their acronym: a region a company reports on, no body
        "Orders from Latin America and Africa (LAA) slowed; LAA margins held at 9 percent.",
        "Its Asia Pacific (AP) sales grew 12 percent, while North America lagged.",
        # a country's formal name defined with the acronym the core's countries know it by
        "Talks with the Democratic People's Republic of Korea (DPRK) stalled; the DPRK left.",
        # a series of places with commas, "the" before one of them
        "Orders from Latin America, Africa and the Middle East (LAAME) rose; LAAME margins fell.",
        # a state of the United States named by a cue, an owner before a cue's noun
        "Kasich gave up his bid for Indiana, and Illinois posted the biggest gain.",
        "Ann Lee, chairman of Germany's ruling party, spoke to a spokesman for Gore's campaign.",
        # a listed thing that an organization's name opens
        "He spoke to reporters aboard Air Force One on Friday.",
        # letters after a person's name for counsel, an office or an honour
        "Crown prosecutor Mary Chen SC told the jury it was planned.",
        "The medal went to Jane Smith OBE, a nurse, and to Ann Lee, MBE.",
        "Counsel to the governor, Kemi Pinheiro, SAN, told the tribunal the petition was weak.",
    ],
)
def test_not_organizations(sentence: str) -> None:
    assert organizations(sentence) == []
