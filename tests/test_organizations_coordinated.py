"""The organizations field: bodies named together, with commas and "and" ("the Bureau of
Alcohol, Tobacco, Firearms and Explosives", "Unite and Cardiff Council"), on news sentences
written for these tests."""

from __future__ import annotations

import pytest

import newsfacts


def found(text: str) -> list[tuple[str, str]]:
    """The organizations' mentions and names (people read first, as in a real run)."""
    result = newsfacts.Extractor(["organizations"]).extract(text)
    return [(fact.text, fact.name) for fact in result.organizations]


def mentions(text: str) -> list[str]:
    return [mention for mention, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Officials at the Bureau of Alcohol, Tobacco, Firearms and Explosives declined to "
            "comment.",
            ["Bureau of Alcohol, Tobacco, Firearms and Explosives"],
        ),
        (
            "The American Federation of State, County and Municipal Employees endorsed her.",
            ["American Federation of State, County and Municipal Employees"],
        ),
        (
            "The Department for Environment, Food and Rural Affairs said the ban would start.",
            ["Department for Environment, Food and Rural Affairs"],
        ),
        (
            "The National Union of Rail, Maritime and Transport Workers and Network Rail held "
            "talks.",
            ["National Union of Rail, Maritime and Transport Workers", "Network Rail"],
        ),
        (
            "The Department of Health, Education, and Welfare was split in 1979.",
            ["Department of Health, Education, and Welfare"],
        ),
        # A head word that only ends names, alone, is a field's word
        (
            "A spokesman for the Department for Business, Energy and Industrial Strategy "
            "declined to comment.",
            ["Department for Business, Energy and Industrial Strategy"],
        ),
        (
            "Officials from the Department of Climate Change, Energy, the Environment and Water "
            "visited the site.",
            ["Department of Climate Change, Energy, the Environment and Water"],
        ),
        # Lists of names: a word in capitals, a listed name, a place, a head word
        (
            "Staff from the Department of Labor, the FBI and the National Security Agency left.",
            ["Department of Labor", "FBI", "National Security Agency"],
        ),
        (
            "Analysts at the Bank of America, Citigroup and Wells Fargo cut their forecasts.",
            ["Bank of America", "Citigroup", "Wells Fargo"],
        ),
        (
            "Researchers at the University of Michigan, Ohio State and Penn State agreed.",
            ["University of Michigan"],
        ),
        (
            "The Ministry of Defence, Navy and Air Force denied it.",
            ["Ministry of Defence", "Air Force"],
        ),
        # Capitalized words after the last item: a title and a name
        (
            "The Ministry of Finance, Economy and Trade Minister Ann Lee said talks went well.",
            ["Ministry of Finance"],
        ),
    ],
)
def test_a_complement_written_as_a_series_with_commas_is_one_name(
    text: str, names: list[str]
) -> None:
    assert mentions(text) == names


def test_a_series_name_keeps_its_commas() -> None:
    assert found("The Ministry of Agriculture, Forestry and Fisheries said prices rose.") == [
        (
            "Ministry of Agriculture, Forestry and Fisheries",
            "Ministry of Agriculture, Forestry and Fisheries",
        )
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A letter from the Ministry of Health and Vale University Health Board reached "
            "patients.",
            ["Ministry of Health", "Vale University Health Board"],
        ),
        (
            "Scientists at the University of Washington and Fred Hutchinson Cancer Center ran "
            "the trial.",
            ["University of Washington", "Fred Hutchinson Cancer Center"],
        ),
        # Two capitalized words after "and the": a name of its own, head word or none
        (
            "The US Chamber of Commerce and the Business Roundtable lobbied against the bill.",
            ["US Chamber of Commerce", "Business Roundtable"],
        ),
        (
            "The Government of Karnataka and the Bruhat Bengaluru Mahanagara Palike cleared "
            "the lakes.",
            ["Government of Karnataka"],
        ),
        (
            "The Department of the Environment and the Regions published guidance.",
            ["Department of the Environment and the Regions"],
        ),
        # A second "and": another name
        (
            "The Ministry of Housing and Urban Affairs and NITI Aayog reviewed the plan.",
            ["Ministry of Housing and Urban Affairs", "NITI Aayog"],
        ),
        (
            "The American Academy of Pediatrics and Adolescent Medicine and Easter Seals signed "
            "the letter.",
            ["American Academy of Pediatrics and Adolescent Medicine", "Easter Seals"],
        ),
        # A field's words before the head: one name
        (
            "The Department of Health and Human Services issued the rule.",
            ["Department of Health and Human Services"],
        ),
        (
            "The Department of Children and Family Services opened an inquiry.",
            ["Department of Children and Family Services"],
        ),
        (
            "She directs the Center for American Studies and Politics at Westfield University.",
            ["Center for American Studies and Politics", "Westfield University"],
        ),
    ],
)
def test_a_name_with_a_head_of_its_own_after_and_ends_a_complement(
    text: str, names: list[str]
) -> None:
    assert mentions(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Harvard T.H. Chan School of Public Health and Boston Children's Hospital "
            "published the data.",
            ["Harvard T.H. Chan School of Public Health", "Boston Children's Hospital"],
        ),
        (
            "The London School of Hygiene and Tropical Medicine led the trial.",
            ["London School of Hygiene and Tropical Medicine"],
        ),
        ("The U.S. Fish and Wildlife Service listed the owl.", ["U.S. Fish and Wildlife Service"]),
    ],
)
def test_and_after_a_heads_complement_joins_no_second_name(text: str, names: list[str]) -> None:
    assert mentions(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Indian Space Research Organisation and the Defence Research and Development "
            "Organisation signed an agreement.",
            [
                "Indian Space Research Organisation",
                "Defence Research and Development Organisation",
            ],
        ),
        (
            "Members of the National Association of Science Writers and National Association "
            "of Hispanic Journalists voted on Monday.",
            [
                "National Association of Science Writers",
                "National Association of Hispanic Journalists",
            ],
        ),
    ],
)
def test_the_same_head_word_is_looked_for_in_the_name_before_and_only(
    text: str, names: list[str]
) -> None:
    assert mentions(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Pickets of the Communications Workers of America and the International Brotherhood "
            "of Electrical Workers marched in Toledo.",
            [
                "Communications Workers of America",
                "International Brotherhood of Electrical Workers",
            ],
        ),
        ("The United Farm Workers endorsed the bill.", ["United Farm Workers"]),
        # A creed's word describes the group, no part of its name
        ("Cairo banned the Islamist Muslim Brotherhood in 2013.", ["Muslim Brotherhood"]),
    ],
)
def test_a_trade_union_is_named_by_its_members(text: str, names: list[str]) -> None:
    assert mentions(text) == names


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "GMB and Unison members at Manchester City Council rejected the pay offer.",
            [("GMB", "GMB"), ("Unison", "Unison"), ("Manchester City Council",) * 2],
        ),
        (
            "Aslef and the RMT said drivers would strike in June.",
            [
                ("Aslef", "Associated Society of Locomotive Engineers and Firemen"),
                ("RMT", "National Union of Rail, Maritime and Transport Workers"),
            ],
        ),
        (
            "The Royal College of Nursing and the British Medical Association welcomed it.",
            [("Royal College of Nursing",) * 2, ("British Medical Association",) * 2],
        ),
        (
            "Unifor and CUPE joined the rally.",
            [("Unifor",) * 2, ("CUPE", "Canadian Union of Public Employees")],
        ),
        # "Unite" alone is a verb or another's name
        ("Shares in Unite Group rose 3 percent.", [("Unite Group",) * 2]),
    ],
)
def test_trade_unions_known_by_a_word_of_no_head(
    text: str, organizations: list[tuple[str, str]]
) -> None:
    assert found(text) == organizations


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Reserve Bank of India and the Securities and Exchange Board of India tightened "
            "rules for lenders.",
            ["Reserve Bank of India", "Securities and Exchange Board of India"],
        ),
        (
            "The Securities and Futures Commission fined the bank.",
            ["Securities and Futures Commission"],
        ),
        (
            "The Energy and Commerce Committee will vote on Tuesday.",
            ["Energy and Commerce Committee"],
        ),
        # after a nationality's adjective, as after "the"
        (
            "The Australian Securities and Investments Commission sued the lender.",
            ["Australian Securities and Investments Commission"],
        ),
        # A head word after a capitalized word ends a name of its own
        (
            "Shares of Nomura Securities and Daiwa Capital Markets fell.",
            ["Nomura Securities", "Daiwa Capital Markets"],
        ),
    ],
)
def test_a_head_word_alone_before_and_names_a_field(text: str, names: list[str]) -> None:
    assert mentions(text) == names


def test_a_body_named_before_and_without_the_head_word_it_shares_is_its_own() -> None:
    text = (
        "A spokesperson for Hywel Dda and Swansea Bay University Health Board said waiting "
        "lists had fallen."
    )
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [(fact.text, fact.name, fact.kind) for fact in result.organizations] == [
        ("Hywel Dda", "Hywel Dda", "government"),
        (
            "Swansea Bay University Health Board",
            "Swansea Bay University Health Board",
            "government",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # One word on either side of "and": one body
        (
            "A spokeswoman for Cardiff and Vale University Health Board said beds were full.",
            ["Cardiff and Vale University Health Board"],
        ),
        # After "the", a saint's, a title's abbreviation, a place: no body of its own
        (
            "Next week, the National Abortion and Reproductive Rights Action League will meet.",
            ["Reproductive Rights Action League"],
        ),
        (
            "He sang at St Patrick's and St Brigid's Church in Navan.",
            ["St Patrick's and St Brigid's Church"],
        ),
        (
            "said former Ohio Gov. and onetime Republican National Committee Chairman Lyle Olsen.",
            ["Republican National Committee"],
        ),
        (
            "Commuters blamed New York and New Jersey Port Authority officials.",
            ["New Jersey Port Authority"],
        ),
    ],
)
def test_no_body_is_named_before_and_without_a_head_word(text: str, names: list[str]) -> None:
    assert mentions(text) == names


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "Natural Resources Wales and Dwr Cymru Welsh Water are investigating the spill.",
            [
                ("Natural Resources Wales",) * 2,
                ("Dwr Cymru Welsh Water", "Dŵr Cymru Welsh Water"),
            ],
        ),
        (
            "The Scottish Environment Protection Agency and Scottish Water investigated the leak.",
            [("Scottish Environment Protection Agency",) * 2, ("Scottish Water",) * 2],
        ),
        ("Southern Water was fined for the spills.", [("Southern Water",) * 2]),
    ],
)
def test_the_water_companies_of_great_britain_are_listed(
    text: str, organizations: list[tuple[str, str]]
) -> None:
    assert found(text) == organizations


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A spokeswoman for Cardiff and Vale University Health Board said beds were full.",
            ["Cardiff and Vale University Health Board"],
        ),
        (
            "Guy's and St Thomas' NHS Foundation Trust apologised to the family on Tuesday.",
            ["Guy's and St Thomas' NHS Foundation Trust"],
        ),
        (
            "Nurses at St Ives and Penwith Community Health Trust voted to strike.",
            ["St Ives and Penwith Community Health Trust"],
        ),
        # an acronym inside the body's words is its own, though they are few
        (
            "Staff from Lewisham and Greenwich NHS Trust will join the scheme.",
            ["Lewisham and Greenwich NHS Trust"],
        ),
        # a monarch's possessive opens a name, a surname's does not
        (
            "Great Ormond Street Hospital and King's College Hospital NHS Foundation Trust "
            "shared the data.",
            ["Great Ormond Street Hospital", "King's College Hospital NHS Foundation Trust"],
        ),
        ("Fans of Mr. King's Acme Foundation gathered on Monday.", ["Acme Foundation"]),
        # a saint's possessive opens a hospital trust's name
        (
            "Nurses at St Mary's and St Luke's NHS Foundation Trust voted to strike.",
            ["St Mary's and St Luke's NHS Foundation Trust"],
        ),
        (
            "Doctors at St George's University Hospitals NHS Foundation Trust closed a ward.",
            ["St George's University Hospitals NHS Foundation Trust"],
        ),
        # an acronym right after "and" opens a name of its own
        ("Letters from Ana Ruiz and BBC World Service Trust staff.", ["BBC World Service Trust"]),
        ("Microsoft and Google competed for the contract.", ["Microsoft", "Google"]),
    ],
)
def test_two_bare_names_joined_by_and_before_a_bodys_words_are_one_name(
    text: str, names: list[str]
) -> None:
    assert mentions(text) == names
