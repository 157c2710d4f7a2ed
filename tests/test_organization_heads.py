"""The core's head words of organizations' names and nouns for organizations
(``newsfacts/organization_heads.py``): well formed, the one place they are listed (no field's
list repeats one), and read alike by the organizations and people fields."""

from __future__ import annotations

import doctest

import pytest

from field_lists import extracted, listed
from newsfacts import organization_heads
from newsfacts.plugin import ORGANIZATION_HEADS, ORGANIZATION_NOUNS, ORGANIZATIONS, PEOPLE

# The kinds of an organization (newsfacts.fields.Organization)
KINDS = {"government", "military", "party", "company", "media", "international", "ngo"} | {
    "education",
    "sports",
    "other",
    None,
}


def test_the_module_examples_run() -> None:
    assert doctest.testmod(organization_heads).failed == 0


def test_every_head_is_one_word_and_gives_an_organizations_kind() -> None:
    for word, head in ORGANIZATION_HEADS.items():
        # as names write it: "Ministry", "Inc.", "plc", "Council's"
        assert word == word.strip() and " " not in word, word
        assert head.kind in KINDS, word


# The people field's words that end no person's name keep its own only: buildings, works,
# events ("Tower", "Bowl", "Festival").
FIELD_LISTS = ["newsfacts_people/data/org_words.txt"]


@pytest.mark.parametrize("path", FIELD_LISTS)
def test_no_field_list_repeats_a_head(path: str) -> None:
    assert sorted(listed(path) & ORGANIZATION_HEADS.keys()) == []


# The people field leaves out the heads that are people's names too ("Danielle Steel"); what
# it leaves out is the core's, never a word of its own.
def test_the_people_field_leaves_out_only_the_cores_heads() -> None:
    assert sorted(listed("newsfacts_people/data/name_heads.txt") - ORGANIZATION_HEADS.keys()) == []


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # heads the people field did not list before it read the core's
        ("Marlow Robotics said on Monday it would hire 200 people.", "Marlow Robotics", "company"),
        ("The Kyiv Philharmonic said the concert would go ahead.", "Kyiv Philharmonic", "other"),
    ],
)
def test_a_run_holding_a_head_is_an_organization_and_no_person(
    text: str, name: str, kind: str
) -> None:
    organizations = [
        (fact.text, fact.kind) for fact in extracted("organizations", text)[ORGANIZATIONS]
    ]
    assert organizations == [(name, kind)]
    assert extracted("people", text)[PEOPLE] == ()


@pytest.mark.parametrize("text", ["Danielle Steel said her novel sold well.", "Ana Fleet said so."])
def test_a_head_that_is_a_persons_name_too_ends_no_person(text: str) -> None:
    [person] = extracted("people", text)[PEOPLE]
    assert person.text == text.split(" said")[0]


def test_every_noun_for_organizations_is_lower_case_and_gives_a_kind() -> None:
    for noun, kind in ORGANIZATION_NOUNS.items():
        assert noun.islower() and " " not in noun and kind in KINDS, noun


# The fields' nouns for organizations keep their own only: the organizations field's trades
# ("carmaker", "watchdog"), the people field's "coalition", "unit".
NOUN_LISTS = [
    "newsfacts_organizations/data/appositive_nouns.tsv",
    "newsfacts_people/data/organization_appositives.txt",
]


@pytest.mark.parametrize("path", NOUN_LISTS)
def test_no_field_list_repeats_a_noun_for_organizations(path: str) -> None:
    assert sorted(listed(path) & ORGANIZATION_NOUNS.keys()) == []


def test_a_name_described_by_a_noun_for_organizations_is_one_and_no_person() -> None:
    text = "Marcus Ellery, a nonprofit based in Ohio, sued the city on Monday."
    organizations = extracted("organizations", text)[ORGANIZATIONS]
    assert [(fact.text, fact.kind) for fact in organizations] == [("Marcus Ellery", "ngo")]
    assert extracted("people", text)[PEOPLE] == ()


# A company named for its trade: the trade's word ends the name and tells a company's kind,
# whatever the verb after it says ("reported" tells a newspaper's).
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Altair Engineering reported higher sales on Tuesday.", ["Altair Engineering"]),
        (
            "Shares in Kalyani Engineering and Aegis Logistics fell on Tuesday.",
            ["Kalyani Engineering", "Aegis Logistics"],
        ),
        ("Texas Instruments and Analog Devices fell 2%.", ["Texas Instruments", "Analog Devices"]),
        (
            "Marriott Hotels and Harbour Resorts reported strong bookings.",
            ["Marriott Hotels", "Harbour Resorts"],
        ),
        ("The contract went to Dunmore Construction of Leeds.", ["Dunmore Construction"]),
        ("Rival Pelham Brewing cut prices in May.", ["Pelham Brewing"]),
        ("Sona Precision Forgings hit a record high.", ["Sona Precision Forgings"]),
        ("Arvon Cables reports yearly sales above $2.1 billion.", ["Arvon Cables"]),
    ],
)
def test_a_company_is_named_for_its_trade(text: str, names: list[str]) -> None:
    organizations = [
        (fact.text, fact.kind) for fact in extracted("organizations", text)[ORGANIZATIONS]
    ]
    assert organizations == [(name, "company") for name in names]


# A branch of engineering or a degree's field is studied, not a firm nor a public body; a
# faculty named after it is the university's.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("She has a degree in Mechanical Engineering from Purdue.", ["Purdue"]),
        ("He teaches Electrical Engineering at Stanford University.", ["Stanford University"]),
        ("She earned a Master of Business Administration in 2019.", []),
        (
            "He heads the School of Chemical Engineering.",
            ["School of Chemical Engineering"],
        ),
    ],
)
def test_a_field_of_study_is_no_organization(text: str, names: list[str]) -> None:
    organizations = extracted("organizations", text)[ORGANIZATIONS]
    assert [fact.text for fact in organizations] == names


# A hospital is an organization, of no kind its name tells (a government's, a company's or a
# charity's); a saint's possessive opens its name.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Officials at Westmead Hospital said the man died.", ["Westmead Hospital"]),
        ("He was taken to the Royal Infirmary of Edinburgh.", ["Royal Infirmary of Edinburgh"]),
        ("The Hospital for Sick Children in Toronto said so.", ["Hospital for Sick Children"]),
        ("She was treated at St. Mary's Hospital in Leeds.", ["St. Mary's Hospital"]),
        (
            "The study ran at Colchester General Hospital and Northfield Community Hospital.",
            ["Colchester General Hospital", "Northfield Community Hospital"],
        ),
        ("The hospital said he was stable.", []),
    ],
)
def test_a_hospital_is_an_organization(text: str, names: list[str]) -> None:
    organizations = [
        (fact.text, fact.kind) for fact in extracted("organizations", text)[ORGANIZATIONS]
    ]
    assert organizations == [(name, None) for name in names]
