"""The organizations field: tables of listed bodies, companies and parliaments."""

from __future__ import annotations

import pytest

import newsfacts
from organization_checks import organizations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Oil firms including Movil, Sheldon and Caltrix were attracted.",
            [("Movil", "company"), ("Sheldon", "company"), ("Caltrix", "company")],
        ),
        (
            "Banks such as Harrods Bank and Lydd cut rates.",
            [("Harrods Bank", "company"), ("Lydd", "company")],
        ),
        (
            "Broadcasters like the BVC, and Nordvision objected.",
            [("BVC", "media"), ("Nordvision", "media")],
        ),
        # A web domain's suffix does not end the list (the name is written as an address).
        (
            "Web retailers like Dangdang.com, Meilo, and Hua Hua pulled the book.",
            [("Dangdang.com", "company"), ("Meilo", "company"), ("Hua Hua", "company")],
        ),
        # A stock is named by its company.
        (
            "Blue chips like Kestrel Lamps and Dhanmondi Cement rose.",
            [("Kestrel Lamps", "company"), ("Dhanmondi Cement", "company")],
        ),
        # The list ends at the first other word.
        ("Carmakers such as Tokai cut output in Jalisco.", [("Tokai", "company")]),
        # Not a noun that lists places: "producers such as ...".
        ("Oil producers such as Oman cut output.", []),
    ],
)
def test_names_listed_after_a_plural_noun_of_organizations(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(fact.text, fact.kind) for fact in organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline says where: only the country after it is the team
        (
            "PERTH, Australia — Australia beat England by six wickets on the fifth day of the "
            "second Test, their bowlers taking nine wickets for 80 runs.",
            [("Australia", "sports"), ("England", "sports")],
        ),
        # a possessive of an acronym is the acronym, linked to the name it spells
        (
            "Rule by the Aam Aadmi Party ended. The AAP's national convener lost his seat.",
            [("Aam Aadmi Party", "AAP"), ("AAP", "AAP")],
        ),
        # companies' last words: markets, refineries, investors
        (
            "Mark Lee, an analyst at RBC Capital Markets, said Dangote Petroleum Refinery and"
            " Farside Investors agreed.",
            [
                ("RBC Capital Markets", None),
                ("Dangote Petroleum Refinery", None),
                ("Farside Investors", None),
            ],
        ),
        # but not the end of a longer name, which an owner's head word ends as it ends it
        # written alone ("Tufts University's Friedman School")
        (
            "Regulators approved Dresdner Bank AG's bid for the insurer.",
            [("Dresdner Bank AG", None)],
        ),
        (
            "Ann Lee, an epidemiologist at Tufts University's Friedman School of Nutrition, said"
            " so. Addressing Arizona State University's graduates, she spoke.",
            [
                ("Tufts University", None),
                ("Friedman School of Nutrition", None),
                ("Arizona State University", None),
            ],
        ),
        # a plural possessive inside a name joins it
        (
            "The Elementary Teachers' Federation of Ontario (ETFO) called the plan overdue.",
            [("Elementary Teachers' Federation of Ontario", "ETFO"), ("ETFO", "ETFO")],
        ),
        # and ends one before another
        (
            "An attorney complained to the D.C. Court of Appeals’ Board on Professional "
            "Responsibility in May.",
            [("D.C. Court of Appeals", None), ("Board on Professional Responsibility", None)],
        ),
        # a commissioner is a person's office, not a body
        ("Competition Commissioner Teresa Ribera said the fine was fair.", []),
        # nor a minister's portfolio
        ("Emergency Management Minister Mark Mitchell said there was no threat.", []),
        ("Interior Cabinet Secretary Ruth Achieng denied the claims.", []),
        # the press is whom a press secretary speaks to (data/body_titles.tsv)
        ("White House Press Secretary Ann Cole said the talks went well.", [("White House", None)]),
        ("Hong Kong Financial Secretary Tom Lam said the economy would grow.", []),
        (
            "A Harvard University Press spokesman declined to comment.",
            [("Harvard University Press", None)],
        ),
    ],
)
def test_datelines_possessives_and_offices(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = organizations(text)
    if expected and expected[0][1] == "sports":
        assert [(fact.text, fact.kind) for fact in found] == expected
    else:
        assert [(fact.text, fact.acronym) for fact in found] == expected


def test_a_parent_company_is_not_its_subsidiary() -> None:
    found = organizations("Alphabet, Google's parent, said it would appeal.")
    assert [(fact.text, fact.name) for fact in found] == [
        ("Alphabet", "Alphabet"),
        ("Google", "Google"),
    ]


def test_weather_and_science_agencies_are_known() -> None:
    text = (
        "The U.S. Geological Survey said the quake struck at dawn, and the National "
        "Weather Service warned of heavy rain."
    )
    assert [(fact.text, fact.acronym) for fact in organizations(text)] == [
        ("U.S. Geological Survey", "USGS"),
        ("National Weather Service", "NWS"),
    ]


def test_the_general_assembly_is_the_uns_only_where_the_un_is_named() -> None:
    state = organizations("Lawmakers will vote when the General Assembly convenes in January.")
    assert [(fact.text, fact.name, fact.kind) for fact in state] == [
        ("General Assembly", "General Assembly", "government")
    ]
    [_, assembly] = organizations("The U.N. chief spoke before the General Assembly voted.")
    assert (assembly.name, assembly.acronym) == ("United Nations General Assembly", "UNGA")


def test_africas_disease_agency_is_not_the_us_one() -> None:
    found = organizations("Africa CDC said 10 million doses were needed, and the CDC agreed.")
    assert [(fact.text, fact.kind) for fact in found] == [
        ("Africa CDC", "international"),
        ("CDC", "government"),
    ]


def test_justice_ends_a_name_though_it_is_a_title() -> None:
    text = (
        "The European Court of Justice ruled, and the Brennan Center for Justice agreed. "
        "Justice Ann Moore dissented."
    )
    assert [fact.text for fact in organizations(text)] == [
        "European Court of Justice",
        "Brennan Center for Justice",
    ]


def test_a_management_firm_ends_before_its_city() -> None:
    text = "Ann Lu, chief economist at Hillcrest Asset Management in Hong Kong, said so."
    assert [(fact.text, fact.kind) for fact in organizations(text)] == [
        ("Hillcrest Asset Management", "company")
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # another country's legislature is named as written
        (
            "Peru's Congress voted to remove the president, and Congress met again on Friday.",
            ["Congress", "Congress"],
        ),
        (
            "Congress passed the bill, Rep. Ana Ruiz, R-Fla., said. Chile's Senate did not.",
            [
                "United States Congress",
                "Senate",
            ],
        ),
        # so is the legislature of a country with a Congress the dateline names
        (
            "LIMA, Peru (AP) — Congress voted to remove the president.",
            ["Associated Press", "Congress"],
        ),
        (
            "Milei's win.\n\nBUENOS AIRES (AP) — Retirees marched to Congress.",
            ["Associated Press", "Congress"],
        ),
        # ... and that of an article naming such a country and nothing American
        (
            "Former Peru president Pedro Castillo was jailed for trying to dissolve Congress.",
            ["Congress"],
        ),
        (
            "Senator Risa Hontiveros said the Senate would resume its hearing into Philippine"
            " offshore gaming operators.",
            ["Senate"],
        ),
        (
            "Senator Ana Ruiz, a Texas Republican, said the Senate would vote on Mexican"
            " tomato tariffs.",
            ["United States Senate"],
        ),
        # Mexico's parties
        (
            "MEXICO CITY (AP) — Her Morena party and its allies hold two-thirds majorities in"
            " Congress, where the PAN and PRI lost seats.",
            [
                "Associated Press",
                "Morena",
                "Congress",
                "National Action Party",
                "Institutional Revolutionary Party",
            ],
        ),
        # in Indian news "Congress" is a party, and "the CM" the chief minister
        (
            "NEW DELHI: The CM approved the package. The opposition Congress called it late.",
            ["Indian National Congress"],
        ),
        # a state's race and a person's campaign are the United States'
        (
            "Ohio's Senate race is close, and Mrs. Ruiz's Senate campaign raised $2 million.",
            ["United States Senate", "United States Senate"],
        ),
    ],
)
def test_another_countrys_legislature_is_named_as_written(text: str, names: list[str]) -> None:
    extractor = newsfacts.Extractor(["organizations", "people"])
    assert [fact.name for fact in extractor.extract(text).organizations] == names


def test_national_statistics_offices_are_known() -> None:
    text = "Statistics Canada said on Friday that jobs rose, as did Statistics South Africa."
    assert [fact.text for fact in organizations(text)] == [
        "Statistics Canada",
        "Statistics South Africa",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # large companies, with their acronyms
        (
            "Jaguar Land Rover's sales fell, and Qantas and H&M said so. JLR cut jobs.",
            [
                ("Jaguar Land Rover", "Jaguar Land Rover"),
                ("Qantas", "Qantas"),
                ("H&M", "H&M"),
                ("JLR", "Jaguar Land Rover"),
            ],
        ),
        # a college conference's acronym is the conference's where the article names it
        (
            "Vanderbilt stayed unbeaten in Southeastern Conference play, and the SEC said so.",
            [
                ("Southeastern Conference", "Southeastern Conference"),
                ("SEC", "Southeastern Conference"),
            ],
        ),
        (
            "The SEC fined the bank. Prices fell 0.2%, Eurostat said.",
            [("SEC", "Securities and Exchange Commission"), ("Eurostat", "Eurostat")],
        ),
        # airlines named without a head word
        (
            "Jetstar and Virgin Australia canceled flights; Air New Zealand did not.",
            [
                ("Jetstar", "Jetstar"),
                ("Virgin Australia", "Virgin Australia"),
                ("Air New Zealand", "Air New Zealand"),
            ],
        ),
        # audit and consulting firms
        (
            "Its auditor, BDO USA, was hired after Ernst & Young resigned; McKinsey advised it.",
            [
                ("BDO USA", "BDO"),
                ("Ernst & Young", "Ernst & Young"),
                ("McKinsey", "McKinsey & Company"),
            ],
        ),
        # state-owned and Asian industrial companies
        (
            "Codelco's output fell, while TSMC and Eskom raised prices.",
            [
                ("Codelco", "Codelco"),
                ("TSMC", "Taiwan Semiconductor Manufacturing Company"),
                ("Eskom", "Eskom"),
            ],
        ),
        # a technology company's unit named after it, which no rule reads as one name
        (
            "Anthropic and Google DeepMind declined; DeepMind and Google Cloud sell to Meta "
            "Platforms.",
            [
                ("Anthropic", "Anthropic"),
                ("Google DeepMind", "Google DeepMind"),
                ("DeepMind", "Google DeepMind"),
                ("Google Cloud", "Google Cloud"),
                ("Meta Platforms", "Meta"),
            ],
        ),
    ],
)
def test_companies_are_known_by_their_names_and_acronyms(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(fact.text, fact.name) for fact in organizations(text)] == expected


def test_a_name_written_with_an_ampersand_ends_a_sentence_whole() -> None:
    text = (
        "Firms such as Hilton and AT&T complained. The fee was paid by AT&T. It rose, "
        "said Smith&Co."
    )
    assert [(fact.text, fact.kind) for fact in organizations(text)] == [
        ("Hilton", "company"),
        ("AT&T", "company"),
        ("AT&T", "company"),
        ("Smith&Co.", "company"),  # an abbreviation keeps its full stop
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Australian story's ABC, the American network elsewhere
        (
            "Prime Minister Anthony Albanese told the ABC that Australian children would be"
            " protected. Australia will ban the apps.",
            [("ABC", "Australian Broadcasting Corporation", "media")],
        ),
        ("ABC aired the debate from Ohio.", [("ABC", "American Broadcasting Company", "media")]),
        # one mention of the region is not enough
        (
            "Speaking on the ABC program, he praised the Australian ships.",
            [("ABC", "American Broadcasting Company", "media")],
        ),
        (
            "The DA's leader joined the unity government in South Africa, and South African"
            " markets rose.",
            [("DA", "Democratic Alliance", "party")],
        ),
    ],
)
def test_an_acronym_of_a_regions_news_is_the_regions_body(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(fact.text, fact.name, fact.kind) for fact in organizations(text)] == expected
