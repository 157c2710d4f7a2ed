"""The organizations field: short forms, acronyms and the long forms they spell."""

from __future__ import annotations

import pytest

from newsfacts_organizations import acronyms
from organization_checks import organizations


def mentions_named(text: str) -> list[tuple[str, str]]:
    return [(fact.text, fact.name) for fact in organizations(text)]


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [
        # a company's first word before generic words of companies' names
        (
            "Paramount Global and Skydance Media completed their merger. Shari Redstone, whose"
            " family controlled Paramount, is stepping down.",
            "Paramount",
            "Paramount Global",
        ),
        (
            "Novartis will buy Avidity Biosciences for $12 billion, a premium to Avidity's price.",
            "Avidity",
            "Avidity Biosciences",
        ),
        # a company's words before generic words of companies' names, and a legal ending
        (
            "Harlan Medical buys drug maker .\nST. LOUIS 1996-08-30\nHarlan Medical "
            "Industries Inc said on Friday it had bought a maker of generic drugs .",
            "Harlan Medical",
            "Harlan Medical Industries Inc",
        ),
        (
            "Lenders of insolvent yard Nordhavn Marine Industries Oy voted to set up a new "
            "company. Two cruise lines have ships on order from Nordhavn Marine .",
            "Nordhavn Marine",
            "Nordhavn Marine Industries",
        ),
        # and the name with its generic words, without its legal ending
        (
            "The Vancouver-based Glen Harker Industries Ltd. bought the stake. Glen Harker "
            "Industries said on Monday it would hold it .",
            "Glen Harker Industries",
            "Glen Harker Industries Ltd.",
        ),
        # a trade's word after the company's own: "Altair" of "Altair Engineering"
        (
            "Siemens agreed to buy Altair Engineering for $10 billion. Altair shares jumped.",
            "Altair",
            "Altair Engineering",
        ),
        (
            "Regulators fined Quorra Software on Monday. Quorra said it would appeal.",
            "Quorra",
            "Quorra Software",
        ),
        (
            "Shares of Redline Logistics fell 4%. Redline said fuel costs rose.",
            "Redline",
            "Redline Logistics",
        ),
        # a listed club's second word
        (
            "Manchester City beat Wolverhampton Wanderers 4-0 on Saturday. City manager Pep"
            " Guardiola praised the Premier League leaders.",
            "City",
            "Manchester City",
        ),
        # in a sports report, a listed club's town before its club word
        (
            "Salah scored twice as Liverpool beat Newcastle United 3-2 at Anfield on Monday "
            "night, extending their lead at the top of the Premier League to five points. Isak "
            "had put Newcastle ahead in the 12th minute before Salah equalized at halftime.",
            "Newcastle",
            "Newcastle United",
        ),
    ],
)
def test_short_forms(text: str, short: str, name: str) -> None:
    assert (short, name) in mentions_named(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # not an adjective that opens many names, nor a competition's last word
        ("United Technologies said its United unit grew.", "United"),
        ("General Dynamics won the contract. General Motors lost it.", "General"),
        # nor the adjective left of a name without its legal ending
        ("The Islamic Group wants a purist Islamic state.", "Islamic"),
        ("Manchester City leads the Premier League. The League said so.", "League"),
        # outside a sports report the town is the town
        ("The fund bought Newcastle United. Jobs in Newcastle are scarce.", "Newcastle"),
    ],
)
def test_no_short_form(text: str, word: str) -> None:
    assert word not in [found for found, _ in mentions_named(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Nimbus Analytics beats forecasts\n\nNimbus Analytics Inc reported higher revenue.",
        "Shares of Halvorsen Group Ltd. fell. Halvorsen Group said it would cut jobs.",
        # every legal form of the core's organization_heads.tsv
        "Corrado Vetri S.p.A. said sales rose. Corrado Vetri makes glass.",
    ],
)
def test_a_name_with_and_without_its_legal_ending_is_one_name(text: str) -> None:
    names = {name for _, name in mentions_named(text)}
    assert len(names) == 1, names


def test_a_portfolio_after_secretary_of_is_no_body() -> None:
    text = (
        "The files were published, State spokeswoman Jo Hale said, and Deputy Secretary of"
        " State Lia Moss weighed in on Friday."
    )
    starts = [fact.start for fact in organizations(text)]
    assert text.index("State Lia") not in starts


def test_a_streets_name_is_no_part_of_a_body_after_and() -> None:
    text = (
        "Police closed 82nd Avenue near Southeast Division Street on Saturday, between"
        " Southeast Powell Boulevard and Southeast Division, for about six hours."
    )
    assert "Southeast Powell Boulevard and Southeast Division" not in {
        fact.text for fact in organizations(text)
    }


def test_defined_acronym_links_both_forms() -> None:
    found = organizations(
        "The Centre for Maritime Affairs (CMA) said so. Later, CMA said it again."
    )
    assert [fact.text for fact in found] == ["Centre for Maritime Affairs", "CMA", "CMA"]
    assert {fact.name for fact in found} == {"Centre for Maritime Affairs"}
    assert {fact.acronym for fact in found} == {"CMA"}


def test_an_undefined_acronym_takes_the_name_it_spells() -> None:
    found = organizations(
        "The Kentucky Department of Education released scores on Monday. "
        "KDE officials said the results were mixed."
    )
    assert [(fact.text, fact.name, fact.acronym) for fact in found] == [
        ("Kentucky Department of Education", "Kentucky Department of Education", "KDE"),
        ("KDE", "Kentucky Department of Education", "KDE"),
    ]


def test_a_two_letter_acronym_takes_the_pair_of_words_it_spells() -> None:
    found = organizations(
        "The African National Congress and the Democratic Alliance formed a coalition. "
        "DA leader John Steenhuisen will serve as agriculture minister."
    )
    assert [(fact.text, fact.name) for fact in found][-1] == ("DA", "Democratic Alliance")


@pytest.mark.parametrize(
    ("acronym", "name", "spelled"),
    [
        ("IDOT", "Illinois Department of Transportation", True),
        ("IDT", "Illinois Department of Transportation", True),
        ("SEIU", "Service Employees International Union", True),
        ("AIG", "American International Group", True),
        ("NIU", "Northern Illinois University", True),
        ("UNH", "University of New Hampshire", True),
        ("IDOT", "Illinois Department", False),
        ("DS", "Department of State", False),  # two letters spell too many names
        ("DA", "Democratic Alliance", True),  # but a name of two words, no more
        ("TT", "The Times", False),
        ("NIH", "Northern Illinois University", False),
    ],
)
def test_which_acronym_spells_which_name(acronym: str, name: str, spelled: bool) -> None:
    assert acronyms.spells(acronym, name.split()) is spelled


def test_acronyms_of_like_names_each_take_their_own() -> None:
    found = organizations(
        "The Marion County Health Department sampled the wells on Tuesday. "
        "Marion Central High School shut for the day. "
        "MCHD officials said the water was safe, and MCHS teachers went home."
    )
    assert [(fact.text, fact.name) for fact in found if fact.text.isupper()] == [
        ("MCHD", "Marion County Health Department"),
        ("MCHS", "Marion Central High School"),
    ]


def test_an_acronym_spelling_two_names_is_left_alone() -> None:
    found = organizations(
        "The Chicago Transit Authority raised fares on Monday. "
        "The Chicago Teachers Alliance called a strike. "
        "CTA officials said talks would go on."
    )
    assert [(fact.text, fact.name, fact.acronym) for fact in found if fact.text == "CTA"] == [
        ("CTA", "CTA", "CTA")
    ]


def test_known_acronym_and_long_form_share_a_name() -> None:
    found = organizations(
        "The Institute for the Study of War (ISW) said Russia is advancing. ISW added more."
    )
    assert [fact.text for fact in found] == ["Institute for the Study of War", "ISW", "ISW"]
    assert {fact.name for fact in found} == {"Institute for the Study of War"}


def test_company_short_form_is_the_same_company() -> None:
    found = organizations("Norwest Bancorp Inc. rose. Norwest said profits grew.")
    assert [fact.text for fact in found] == ["Norwest Bancorp Inc.", "Norwest"]
    assert {fact.name for fact in found} == {"Norwest Bancorp Inc."}


def test_a_listed_name_with_a_legal_ending_is_the_listed_company() -> None:
    found = organizations(
        "Volkswagen AG cut its forecast. Porsche Automobil Holding SE owns most of Volkswagen."
    )
    assert [(fact.text, fact.name) for fact in found] == [
        ("Volkswagen AG", "Volkswagen"),
        ("Porsche Automobil Holding SE", "Porsche Automobil Holding SE"),
        ("Volkswagen", "Volkswagen"),
    ]


def test_a_possessive_in_an_of_complement_ends_the_name() -> None:
    text = (
        "He studied at the University of Pennsylvania's Wharton School, and the Bank of"
        " England's Monetary Policy Committee hired him."
    )
    assert mentions_named(text) == [
        ("University of Pennsylvania", "University of Pennsylvania"),
        ("Wharton School", "Wharton School"),
        ("Bank of England", "Bank of England"),
        ("Monetary Policy Committee", "Monetary Policy Committee"),
    ]
    # ... and an event's word after a possessive opens no event's name with it
    text = "Members of the Federal Reserve's Open Market Committee voted to hold rates."
    assert mentions_named(text) == [
        ("Federal Reserve", "Federal Reserve"),
        ("Open Market Committee", "Open Market Committee"),
    ]


def test_a_countrys_possessive_before_a_listed_name_is_no_part_of_it() -> None:
    found = organizations("Mexico's Banco de Mexico cut its benchmark, Banxico said.")
    assert [(fact.text, fact.name) for fact in found] == [
        ("Banco de Mexico", "Banco de Mexico"),
        ("Banxico", "Banco de Mexico"),
    ]


def test_a_countrys_abbreviation_before_a_listed_name_is_no_part_of_it() -> None:
    found = organizations("Gusts hit 120mph, the US National Hurricane Center said.")
    assert [(fact.text, fact.name, fact.kind) for fact in found] == [
        ("National Hurricane Center", "National Hurricane Center", "government")
    ]


def test_every_mention_once_an_organization() -> None:
    found = organizations("Shares of Globex fell. Globex blamed the weather. GLOBEX DROPS.")
    assert [fact.text for fact in found] == ["Globex", "Globex", "GLOBEX"]


# An acronym written as a word in brackets after a name spells all its initials; the
# kind is the head word's the complement follows
@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "The Securities and Exchange Board of India (Sebi) tightened rules. Sebi said "
            "funds must disclose more.",
            [("Securities and Exchange Board of India", "Sebi", "government")]
            + [("Sebi", "Sebi", "government")] * 2,
        ),
        (
            "Members of the Kenya Union of Post Primary Education Teachers (Kuppet) walked out.",
            [
                ("Kenya Union of Post Primary Education Teachers", "Kuppet", "ngo"),
                ("Kuppet", "Kuppet", "ngo"),
            ],
        ),
        # a word in brackets that spells no name is no acronym
        ("The Royal Navy (Britain) sent a ship.", [("Royal Navy", None, "military")]),
        # a head word that only closes a name tells nothing inside one
        (
            "Most young adults reject violence, according to a United Nations Development"
            " Program (UNDP) study released on Tuesday.",
            [
                ("United Nations Development Program", "UNDP", None),
                ("UNDP", "UNDP", None),
            ],
        ),
        (
            "Fans of Harlow United Football Club (HUFC) cheered.",
            [("Harlow United Football Club", "HUFC", "sports"), ("HUFC", "HUFC", "sports")],
        ),
    ],
)
def test_an_acronym_written_as_a_word_names_the_body_it_spells(
    text: str, facts: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(fact.text, fact.acronym, fact.kind) for fact in organizations(text)] == facts


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the acronym spells "in" too, and an abbreviation's letters each
        (
            "Peacekeepers of the United Nations Mission in South Sudan ( UNMISS ) said the "
            "camp was attacked .",
            [
                ("United Nations Mission in South Sudan", "UNMISS"),
                ("UNMISS", "UNMISS"),
            ],
        ),
        (
            "Convoys of the U.N. Relief Force in Haiti ( UNRFIH ) were sent north along "
            "the river on Monday .",
            [
                ("U.N. Relief Force in Haiti", "UNRFIH"),
                ("UNRFIH", "UNRFIH"),
            ],
        ),
        # a name with no head word is no body's long form so: a program's
        (
            "Money will go to the new Rivers for Tomorrow ( RFT ) of Lyon , said the RFT "
            "coordinator .",
            [("RFT", "RFT"), ("RFT", "RFT")],
        ),
    ],
)
def test_a_long_form_whose_acronym_spells_a_function_word(
    text: str, found: list[tuple[str, str]]
) -> None:
    facts = organizations(text)
    assert [(fact.text, fact.acronym) for fact in facts] == found
    assert len({fact.name for fact in facts}) == 1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "to" in lower case joins the head word and the verb of the name
        (
            "The march was called by the Alliance to Rebuild Public Libraries (ARPL), a "
            "group of 30 charities. ARPL said 2,000 people came.",
            [
                ("Alliance to Rebuild Public Libraries", "Alliance to Rebuild Public Libraries"),
                ("ARPL", "Alliance to Rebuild Public Libraries"),
                ("ARPL", "Alliance to Rebuild Public Libraries"),
            ],
        ),
        (
            "Members of the Committee to Protect Journalists (CPJ) met in Vienna on Friday.",
            [
                ("Committee to Protect Journalists", "Committee to Protect Journalists"),
                ("CPJ", "Committee to Protect Journalists"),
            ],
        ),
        # no head word before "to": no body's long form, the acronym alone
        ("Plans to Build Houses (PBH) were shown on Monday.", [("PBH", "PBH")]),
    ],
)
def test_a_long_form_with_to_in_lower_case(text: str, found: list[tuple[str, str]]) -> None:
    assert [(fact.text, fact.name) for fact in organizations(text)] == found
