"""The organizations field: places that are no organizations, though a list or a cue names
an organization so (a magazine, a newspaper, a state's postal code), on sentences written
for these tests."""

from __future__ import annotations

import pytest

import newsfacts
import organization_checks as checks


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(text, name, kind) of each organization the field finds (people read first)."""
    return checks.found(text, fields=("organizations",))


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "Marsh argued in New York magazine that a onetime governor of New York was wrong.",
            [("New York", "New York", "media")],
        ),
        (
            "It appeared in a much-quoted Washington newspaper editorial. Few in Washington cared.",
            [("Washington", "Washington", "media")],
        ),
        (
            "She told New York magazine that New York magazine had it wrong.",
            [("New York", "New York", "media"), ("New York", "New York", "media")],
        ),
    ],
)
def test_a_place_a_cue_made_an_organization_is_so_only_where_a_cue_says_so(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        ("Storms form in the tropical Atlantic in August.", []),
        ("Sea temperatures in the western tropical Atlantic are high.", []),
        ("The fleet crossed the north Atlantic, officials said.", []),
        ("The storm season in the Atlantic ends in late November.", []),
        (
            '"It is a warning," the editor wrote in The Atlantic.',
            [("The Atlantic", "The Atlantic", "media")],
        ),
    ],
)
def test_the_atlantic_after_the_and_a_regions_words_is_the_ocean(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


@pytest.mark.parametrize(
    "text",
    [
        "He was born in Newark, NJ, and was educated in Albany.",
        "She spoke at a rally in Hudson, NH, on Tuesday night.",
        "Send letters to 100 Haven Avenue, New York, NY, by March.",
    ],
)
def test_a_states_postal_code_after_a_town_is_no_acronym_of_a_body(text: str) -> None:
    assert found(text) == []


def test_two_acronyms_either_side_of_and_before_a_cue_are_two_names() -> None:
    # The cue is the last name's: the first, unlisted, has none of its own.
    text = "In Singapore, DBS Group fell, while OCBC and UOB shares rose 2%."
    assert [name for _, name, _ in found(text)] == ["DBS Group", "UOB"]


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        ("Labour shortages hit farms across the region this summer.", []),
        ("Labour costs rose 3% in the quarter, the ministry said.", []),
        (
            "Labour leader Keir Starmer said Labour would win.",
            [("Labour", "Labour Party", "party"), ("Labour", "Labour Party", "party")],
        ),
    ],
)
def test_a_partys_name_before_a_noun_that_makes_it_a_common_noun_is_no_party(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


def test_residents_of_a_place_are_no_organization() -> None:
    text = "A fire gutted a house in Worcester. Residents of Shrewsbury and Auburn reported smoke."
    assert found(text) == []


def test_a_national_red_cross_society_is_named_as_itself() -> None:
    text = "The American Red Cross of Massachusetts is helping the families."
    assert found(text) == [("American Red Cross", "American Red Cross", "ngo")]


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "In Mumbai, the Brihanmumbai Municipal Corporation (BMC) said 14 wards face cuts.",
            [
                (
                    "Brihanmumbai Municipal Corporation",
                    "Brihanmumbai Municipal Corporation",
                    "government",
                ),
                ("BMC", "Brihanmumbai Municipal Corporation", "government"),
            ],
        ),
        (
            "The Central Bank of Ruritania (CBR) raised its key rate.",
            [
                ("Central Bank of Ruritania", "Central Bank of Ruritania", "government"),
                ("CBR", "Central Bank of Ruritania", "government"),
            ],
        ),
        (
            "He was held at the Pitt County Detention Center. The developer, Brandvold "
            "Companies, plans to start work in the fall.",
            [
                ("Pitt County Detention Center", "Pitt County Detention Center", "government"),
                ("Brandvold Companies", "Brandvold Companies", "company"),
            ],
        ),
    ],
)
def test_a_word_before_a_head_may_give_the_name_another_kind(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


def test_news_outlets_of_asia_africa_and_the_commonwealth_are_listed_media() -> None:
    text = (
        "A doctor told the Daily Nation that schools would stay open. The Straits Times and "
        "Bernama reported it, as did RTE, CBC News and the Sydney Morning Herald."
    )
    assert found(text) == [
        ("Daily Nation", "Daily Nation", "media"),
        ("The Straits Times", "The Straits Times", "media"),
        ("Bernama", "Bernama", "media"),
        ("RTE", "RTÉ", "media"),
        ("CBC News", "CBC News", "media"),
        ("Sydney Morning Herald", "The Sydney Morning Herald", "media"),
    ]


def test_british_and_indian_news_outlets_are_listed_media() -> None:
    text = (
        "The winger told BBC Sport he was fit, and a source told the Daily Mirror and"
        " MailOnline the deal was done. ITV News showed the goal. ANI said 12 people died."
    )
    assert [(name, kind) for _, name, kind in found(text)] == [
        ("BBC Sport", "media"),
        ("Daily Mirror", "media"),
        ("MailOnline", "media"),
        ("ITV News", "media"),
        ("Asian News International", "media"),
    ]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Turkey's disaster agency AFAD said 150 people were hurt.", ("AFAD", "government")),
        ("The civil protection agency DPC ordered an evacuation.", ("DPC", "government")),
        ("The agency Interfax reported the strike.", ("Interfax", "media")),
    ],
)
def test_the_noun_before_agency_tells_the_agencys_kind(
    text: str, organization: tuple[str, str]
) -> None:
    assert [(name, kind) for _, name, kind in found(text)] == [organization]


# (text, the organizations found: text, name, kind): a local broadcaster named with its
# channel and market is one outlet, not the network and a place
LOCAL_OUTLETS = [
    (
        "NBC 5 Dallas-Fort Worth reported that the storm cut power to 200,000 homes.",
        [("NBC 5 Dallas-Fort Worth", "NBC 5 Dallas-Fort Worth", "media")],
    ),
    (
        "A spokesman told ABC7 Chicago that the expressway would stay closed.",
        [("ABC7 Chicago", "ABC7 Chicago", "media")],
    ),
    (
        "Police told KSAT 12 San Antonio on Monday that the suspect was arrested.",
        [("KSAT 12 San Antonio", "KSAT 12 San Antonio", "media")],
    ),
    (
        "The footage was first aired by WSB-TV Atlanta.",
        [("WSB-TV Atlanta", "WSB-TV Atlanta", "media")],
    ),
    # a legal form ends the market: the station's company
    (
        "The station is owned by KOB-TV LLC, a unit of Hubbard Broadcasting.",
        [
            ("KOB-TV LLC", "KOB-TV LLC", "company"),
            ("Hubbard Broadcasting", "Hubbard Broadcasting", "media"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "organizations"), LOCAL_OUTLETS)
def test_a_local_broadcaster_with_its_market_is_one_outlet(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


def test_a_local_broadcasters_market_is_no_place() -> None:
    text = "FOX 4 Kansas City first reported the shooting."
    assert newsfacts.extract(text, plugins=["locations"]).locations == ()
