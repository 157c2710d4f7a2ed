"""The organizations field: where a name begins and ends (two names told as one, a name cut
short), on sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import Organization
from newsfacts_organizations import find_organizations


def organizations(text: str) -> list[Organization]:
    return find_organizations(newsfacts.Document.from_article(newsfacts.Article(text=text)))


def names(text: str) -> list[str]:
    """The organizations the extractor finds (people read first, as in a real run)."""
    result = newsfacts.Extractor(["organizations"]).extract(text)
    return [fact.text for fact in result.organizations]


SPORTS = "SOCCER - WORLD CUP QUALIFIER .\n"


@pytest.mark.parametrize(
    ("sentence", "teams"),
    [
        ("Oldland and Newland drew 1-1 in Riga on Sunday .", ["Oldland", "Newland"]),
        (
            "OLDLAND AND NEWLAND DRAW 1-1 .\nOldland and Newland drew .",
            ["OLDLAND", "NEWLAND", "Oldland", "Newland"],
        ),
        (
            "Oldland lost two friendlies against Newland and Westland .",
            ["Oldland", "Newland", "Westland"],
        ),
        (
            "In Riverton , the Hawks and Cats split two games .",
            ["Hawks", "Cats"],
        ),
        (
            "The former Oldland and Newland striker joined Westland .",
            ["Oldland", "Newland", "Westland"],
        ),
        ("Trinidad and Tobago beat Oldland 2-0 on Friday .", ["Trinidad and Tobago", "Oldland"]),
        (
            "Bosnia and Herzegovina lost to Oldland on Friday .",
            ["Bosnia and Herzegovina", "Oldland"],
        ),
        ("Rovers of Oldland beat Albion of Newland 2-1 .", ["Rovers", "Albion"]),
        ("The Republic of Ireland beat Oldland 5-0 .", ["Republic of Ireland", "Oldland"]),
    ],
)
def test_two_teams_joined_by_and_are_two_and_of_ends_a_team(
    sentence: str, teams: list[str]
) -> None:
    assert [fact.text for fact in organizations(SPORTS + sentence + "\n")] == teams


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters in Oldland and Newland were angry on Tuesday .",
        "Her victories in Oldland and Newland are giving her a lead .",
        "The senator won Oldland and Newland .",
    ],
)
def test_a_plural_verb_after_two_names_makes_no_team(sentence: str) -> None:
    # A report the core reads as a sports one may be about an election: "were", "are", "won"
    # after one name may tell a team, after two joined by "and" nothing.
    assert organizations(SPORTS + sentence + "\n") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The strike was called by IG Metall on Monday, the union said.", ["IG Metall"]),
        ("Shares of KLT Pacific rose 4 percent in Hong Kong on Friday.", ["KLT Pacific"]),
        ("The deal gives TDX Ameritrade a bigger share of the market.", ["TDX Ameritrade"]),
        ("The goal came from Jan Berg of SVX Freiburg on Sunday.", ["SVX Freiburg"]),
        ("The striker joined the SVX Freiburg squad after the match.", ["SVX Freiburg"]),
        # a title, a rank, a place's word in the run: the acronym alone
        ("The SWQ Executive Vice President Ali Ahmed said the union would join.", ["SWQ"]),
        ("He was arrested on Friday by PPD Patrolman Ann Lee near the school.", ["PPD"]),
        ("Hundreds of people marched through KVB Park on Sunday against the law.", ["KVB"]),
        ("The families of those killed on TWA Flight 800 met investigators on Friday.", ["TWA"]),
        # a word the article writes in lower case, a person's name
        ("Customers of XQ Satellite were angry on Monday. The satellite failed.", ["XQ"]),
        ("Tom Hawkins wrote it, and the ABQ Hawkins column ran on Monday.", ["ABQ"]),
        # a ship's prefix
        ("The old ship was sold to a museum, and the USS Cole was repaired in the spring.", []),
    ],
)
def test_an_acronym_opening_a_run_names_the_run(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Mexico's National Action Party (PAN) will appeal, the PAN said.",
            ["National Action Party", "PAN", "PAN"],
        ),
        (
            "Turkey's Republican People's Party (CHP) won, the CHP said.",
            ["Republican People's Party", "CHP", "CHP"],
        ),
    ],
)
def test_a_countrys_possessive_is_no_part_of_a_defined_long_form(
    text: str, found: list[str]
) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Shares of Siemens Gamesa fell 3 percent after Siemens said it would buy them.",
            ["Siemens Gamesa", "Siemens"],
        ),
        ("Police said the driver of a Toyota Camry was hurt when it hit a tree.", []),
        ("The new Apple Watch goes on sale in Tokyo on Friday, Apple said.", ["Apple"]),
        # a title, a head word, a legal ending, letters or a possessive after it
        ("Toyota Chief Executive Koji Sato said demand was strong.", ["Toyota"]),
        ("Investors sold Nestle GDRs on Monday.", ["Nestle"]),
        # letters that name another company: no part of the listed one's name
        ("Shares of Emirates NBD rose 2 percent.", ["Emirates NBD"]),
        ("Drivers of the new BMW X6 praised its ride.", []),
        (
            "Siemens AG said profit rose, and Toyota's sales fell in March.",
            ["Siemens AG", "Toyota"],
        ),
    ],
)
def test_a_listed_company_opening_a_longer_name_is_not_that_name(
    text: str, found: list[str]
) -> None:
    assert names(text) == found


def test_a_street_after_on_is_an_address_not_a_complement() -> None:
    text = "Police were called to All Saints High School on Granville Road on Monday."
    assert names(text) == ["All Saints High School"]
    assert names("The Council on Foreign Relations met.") == ["Council on Foreign Relations"]


def test_and_the_before_a_listed_name_ends_a_complement() -> None:
    text = "Unions including the National Federation of Nurses and the AFL-CIO backed him."
    assert names(text) == ["National Federation of Nurses", "AFL-CIO"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Department of Health and Ambulance Victoria issued a joint warning.",
            ["Department of Health", "Ambulance Victoria"],
        ),
        (
            "Staff from the Ministry of Health and Health Canada's labs met on Friday.",
            ["Ministry of Health", "Health Canada"],
        ),
        (
            "The Department of Health and Human Services paid the grants.",
            ["Department of Health and Human Services"],
        ),
    ],
)
def test_a_field_and_place_after_and_ends_a_complement(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Researchers published the study in the journal Nature on Monday.", ["Nature"]),
        ("The findings appeared in the medical journal The Lancet.", ["Lancet"]),
        ("She kept a journal Monday through Friday.", []),
    ],
)
def test_a_journal_is_named_after_the_word_journal(text: str, found: list[str]) -> None:
    assert names(text) == found


def test_a_nationality_after_and_ends_a_cued_name() -> None:
    text = "A group of the distributor Lavergne and Czech publishers made an offer."
    assert names(text) == ["Lavergne"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Yields on Treasury notes fell as traders sold shares.", []),
        ("The 30-year Treasury bond slipped a quarter point on Monday.", []),
        ("A Treasury spokesman said the rules would change.", ["Treasury"]),
    ],
)
def test_the_treasurys_debt_is_no_organization(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("“We are ready,” Mayor Ann Lee told WMUR on Monday.", [("WMUR", "media")]),
        ("KPMG said profits fell.", [("KPMG", "company")]),
    ],
)
def test_an_unlisted_call_sign_is_a_broadcasters(text: str, found: list[tuple[str, str]]) -> None:
    result = newsfacts.extract(text)
    assert [(fact.text, fact.kind) for fact in result.organizations] == found


# A country's possessive owns the name after it ("data/owner_places.txt"): no part of a
# company's name, and a one-word name after it is a company's in a sentence of business.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("South Africa's Zorbacom said its half-year profit rose 5%.", [("Zorbacom", "company")]),
        ("South Africa 's Zorbacom said its profit rose .", [("Zorbacom", "company")]),
        ("Shares in Germany's Zorbex fell 3% on Monday.", [("Zorbex", "company")]),
        ("Germany's Zorbex Holdings cut its dividend.", [("Zorbex Holdings", "company")]),
        ("Analysts at Japan's Kirotsu expect higher sales.", [("Kirotsu", "company")]),
        # a company's own possessive stays in its name
        ("McDonald's Corp. said sales rose.", [("McDonald's Corp.", "company")]),
        # no word of business: a person is named so as often
        ("Italy's Bertoni said the talks would go on.", []),
        ("Spain's Alcaraz won the final in four sets.", []),
        # ... unless a verb only a company does follows, or one of speech with "it" after it
        ("Taiwan's Zorbex shipped 2 million phones in May.", [("Zorbex", "company")]),
        ("South Africa's Zorbacom said on Tuesday it would appeal.", [("Zorbacom", "company")]),
        ("Kenya's Zorbacom told reporters it had agreed to the terms.", [("Zorbacom", "company")]),
        # not "he", nor an "it" that is no one's, nor "its", the country's
        ("Italy's Bertoni said he would resign.", []),
        ("Italy's Bertoni said it would be hard to pass the budget.", []),
        ("Germany's Bertoni said its economy would grow.", []),
    ],
)
def test_a_places_possessive_is_no_part_of_the_name_after_it(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    assert [(fact.text, fact.kind) for fact in organizations(text)] == found


def listed(text: str) -> list[tuple[str, str]]:
    result = newsfacts.Extractor(["organizations"]).extract(text)
    return [(fact.text, fact.name) for fact in result.organizations]


# A newspaper's last word alone after "the" names it, "the" left out as NER corpora mark it;
# the paper the article names in full is the one meant.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        # London's paper in a British story; a title many papers end in, unresolved elsewhere
        ("He told the Times on Monday that he would resign.", [("Times", "Times")]),
        (
            "LONDON — The British minister told the Times that Britain would pay.",
            [("Times", "The Times")],
        ),
        (
            "WASHINGTON — A U.S. senator told the Times that American troops would stay.",
            [("Times", "Times")],
        ),
        # the dateline tells the article's country first
        (
            "LONDON (Reuters) - The U.S. envoy told the Times that American aid would go on.",
            [("Reuters", "Reuters"), ("Times", "The Times")],
        ),
        ("The Post reported the deal on Friday.", [("Post", "The Post")]),
        ("According to the Telegraph, the talks failed.", [("Telegraph", "The Telegraph")]),
        ("The Journal's editorial page disagreed.", [("Journal", "The Journal")]),
        (
            "She wrote for the Guardian and the Observer.",
            [("Guardian", "The Guardian"), ("Observer", "Observer")],
        ),
        (
            "The Washington Post reported the deal. He told the Post he was wrong.",
            [("The Washington Post", "The Washington Post"), ("Post", "The Washington Post")],
        ),
        (
            "The Boston Globe obtained the memo. The Globe said it was genuine.",
            [("The Boston Globe", "The Boston Globe"), ("Globe", "The Boston Globe")],
        ),
        # ... though another paper is listed by that title, before or after it
        (
            "The New York Times obtained the memo. The Times said it was genuine.",
            [("The New York Times", "The New York Times"), ("The Times", "The New York Times")],
        ),
        (
            "The Times broke the story. The New York Times followed. The Times said so.",
            [
                ("The Times", "The New York Times"),
                ("The New York Times", "The New York Times"),
                ("The Times", "The New York Times"),
            ],
        ),
        # an edition's name ends in the paper's
        (
            "The New York Times ran it. The International New York Times did too. The Times said.",
            [
                ("The New York Times", "The New York Times"),
                ("International New York Times", "International New York Times"),
                ("The Times", "The New York Times"),
            ],
        ),
        # two papers of that title named in full: none it can tell
        (
            "The New York Times and the Los Angeles Times ran it. The Times said so.",
            [
                ("The New York Times", "The New York Times"),
                ("Los Angeles Times", "Los Angeles Times"),
                ("The Times", "Times"),
            ],
        ),
        # another paper's name ending in the same word is no short form of it
        (
            "The Financial Times broke the story. The Times followed.",
            [("Financial Times", "Financial Times"), ("The Times", "Times")],
        ),
        ("The Sunday Telegraph quoted her.", [("The Sunday Telegraph", "The Sunday Telegraph")]),
        ("The Times of India said so.", [("The Times of India", "Times of India")]),
        # a capitalized word after it makes another name
        ("She posted it at the Post Office.", [("Post Office", "Post Office")]),
    ],
)
def test_a_newspaper_is_named_by_its_last_word_after_the(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert listed(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a head word that only ends names opens one with "for" and a capitalized word
        (
            "Parents United for Fair Schools and Safe Streets sued the district.",
            ["Parents United for Fair Schools and Safe Streets"],
        ),
        ("The Zorbex Club for Growth ran ads.", ["Zorbex Club for Growth"]),
        ("Fans of Oldtown United for the first time booed.", ["Oldtown United"]),
        # a bill of a chamber is no organization, and names no chamber
        ("Lawmakers passed Senate Bill 10 and Assembly Bill 5 on Monday.", []),
    ],
)
def test_a_names_complement_after_for_and_a_chambers_bill(text: str, found: list[str]) -> None:
    assert names(text) == found


# A press digest: its title, a dateline, the wire's warning, then each paper and its stories
DIGEST = (
    "PRESS DIGEST - Zorland - June 3 .\n"
    "ZORBURG 2024-06-03\n"
    "These are the top stories in the Zorland press on Monday .\n"
    "Reuters has not checked the reports and cannot confirm what they say .\n"
    "LA VOIX DU SUD\n"
    "- The harvest rose 5 percent .\n"
    "FRONT PAGE\n"
    "NOVA GAZETA\n"
    "- Teachers went on strike .\n"
)


def test_a_press_digests_papers_are_named_on_lines_of_their_own() -> None:
    papers = {fact.text: fact.kind for fact in organizations(DIGEST)}
    assert papers == {"Reuters": "media", "LA VOIX DU SUD": "media", "NOVA GAZETA": "media"}


def test_a_digests_marks_are_read_at_the_texts_opening_only() -> None:
    # The digest's title and warning past the first 1,000 characters: another story's lines
    opening = "The council met on Monday and voted to close the old bridge .\n" * 17
    names = [fact.text for fact in organizations(opening + DIGEST)]
    assert len(opening) > 1000
    assert "LA VOIX DU SUD" not in names
    assert "NOVA GAZETA" not in names


def test_a_line_in_capitals_outside_a_digest_is_no_paper() -> None:
    assert organizations("Results of the vote .\nNOVA GAZETA\nThe harvest rose .") == []


# A quarter's, a half's or a fiscal year's code after a company's name, as headlines write it,
# is no part of the name.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Saudi Aramco Q1 profit falls 14%", ["Saudi Aramco"]),
        ("Infosys Q3FY25 revenue beats estimates", ["Infosys"]),
        ("Harlow Foods FY24 sales rise", ["Harlow Foods"]),
        ("Harlow Foods 3Q profit slumps", ["Harlow Foods"]),
    ],
)
def test_a_periods_code_ends_a_companys_name(text: str, found: list[str]) -> None:
    assert names(text) == found


# "House of" before a head word opens the name: a chamber's, or a committee of one.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Kano State House of Assembly on Thursday passed the state's budget for 2026.",
            ["Kano State House of Assembly"],
        ),
        (
            "She leads the House of Representatives Committee on Fisheries and Oceans, which"
            " meets on Monday.",
            ["House of Representatives Committee on Fisheries and Oceans"],
        ),
    ],
)
def test_house_of_before_a_head_word_opens_the_name(text: str, found: list[str]) -> None:
    assert names(text) == found


def test_a_name_written_with_a_glued_ampersand_keeps_it_glued() -> None:
    text = "Ferry operator P&O Ferries and the builder Harlow & Briggs Ltd signed a deal on Monday."
    result = newsfacts.Extractor(["organizations"]).extract(text)
    assert [fact.name for fact in result.organizations] == ["P&O Ferries", "Harlow & Briggs Ltd"]
