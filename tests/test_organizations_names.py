"""The organizations field: where names end and what joins them."""

from __future__ import annotations

import pytest

from organization_checks import organizations


def test_and_joins_the_words_of_one_public_bodys_name_but_not_two_names() -> None:
    found = organizations(
        "The U.S. Fish and Wildlife Service, the House Ways and Means Committee and the "
        "Planning and Zoning Commission agreed. The Rotary Club and Fairview Chamber of "
        "Commerce did not, and Google and Apple Inc. were silent. Cuts follow those at Eastern "
        "Kentucky University in Richmond and Murray State University. Bank of America and"
        " Wells Fargo gained, and the Department of Health and Human Services paid. A Morning"
        " Consult and Quinnipiac University poll agreed."
    )
    assert [fact.text for fact in found] == [
        "U.S. Fish and Wildlife Service",
        "House Ways and Means Committee",
        "Planning and Zoning Commission",
        "Rotary Club",
        "Fairview Chamber of Commerce",
        "Google",
        "Apple Inc.",
        "Eastern Kentucky University",
        "Murray State University",  # a town before "and", after "in"
        "Bank of America",  # a listed name after "and" ends an "of" complement
        "Wells Fargo",
        "Department of Health and Human Services",
        "Morning Consult",  # a listed name before "and" ends there
        "Quinnipiac University",
    ]


def test_a_listed_name_after_and_opens_a_name_of_its_own() -> None:
    found = organizations("Microsoft's Azure and Amazon Web Services reported outages.")
    assert [(fact.text, fact.acronym, fact.kind) for fact in found] == [
        ("Microsoft", None, "company"),
        ("Amazon Web Services", "AWS", "company"),
    ]


def test_the_same_head_word_either_side_of_and_makes_two_names() -> None:
    found = organizations(
        "The University of Leeds and Sheffield Hallam University signed the deal. Members of "
        "the Royal Society of Chemistry and Royal Society of Biology met at the convention of "
        "the National Union of Teachers and National Union of Students."
    )
    assert [fact.text for fact in found] == [
        "University of Leeds",
        "Sheffield Hallam University",
        "Royal Society of Chemistry",
        "Royal Society of Biology",
        "National Union of Teachers",
        "National Union of Students",
    ]


def test_a_work_or_an_abbreviation_written_with_an_ampersand_is_no_firm() -> None:
    text = "He appeared on Fox & Friends, then spent on R & D. Use the Park & Ride lot."
    assert organizations(text) == []


def test_a_legal_suffix_closes_a_companys_name() -> None:
    found = organizations(
        "It sold bonds to its owner, Harlow Group Inc. Harlow Insurance, based in Dayton,"
        " plans to use the cash."
    )
    assert [fact.text for fact in found] == ["Harlow Group Inc.", "Harlow Insurance"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Rivals such as Halvorsen Co.'s Pelham Brewing unit cut prices.",
            ["Halvorsen Co.", "Pelham Brewing"],
        ),
        (
            "It sold Dunmore Corp.'s Zorbex Foods to a rival.",
            ["Dunmore Corp.", "Zorbex Foods"],
        ),
        ("Shares of McDonald's Corp. rose.", ["McDonald's Corp."]),
        ("Boatmen's Bancshares Inc. agreed to the deal.", ["Boatmen's Bancshares Inc."]),
    ],
)
def test_a_legal_suffixs_possessive_is_the_parents(text: str, names: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "He was taken to the Queen Elizabeth Hospital in Birmingham.",
            ["Queen Elizabeth Hospital"],
        ),
        ("Staff at the Prince Charles Hospital said.", ["Prince Charles Hospital"]),
        (
            "He studied at the King Abdullah University of Science and Technology.",
            ["King Abdullah University of Science and Technology"],
        ),
        (
            "The case went to the Prince William County Circuit Court.",
            ["Prince William County Circuit Court"],
        ),
        ("The speech by Prince Charles on Tuesday was short.", []),
        (
            "Doctors at Royal Prince Alfred Hospital treated the man overnight.",
            ["Royal Prince Alfred Hospital"],
        ),
        (
            "Royal Princess Alexandra Hospital said the ward would reopen.",
            ["Royal Princess Alexandra Hospital"],
        ),
        ("Crowds waved at the Royal Prince Edward on his visit.", []),
        # after the article opening the sentence, as after a word in lower case
        ("The Queen Elizabeth Hospital treated him.", ["Queen Elizabeth Hospital"]),
        (
            "The All India Institute of Medical Sciences ran the trial.",
            ["All India Institute of Medical Sciences"],
        ),
    ],
)
def test_a_royal_title_opens_its_namesakes_name(text: str, names: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == names


def test_an_office_holders_office_keeps_the_holders_possessive() -> None:
    found = organizations(
        "The Greenville County Sheriff's Office and the U.S. Attorney's Office said so, as did "
        "Ukraine's Defence Ministry, the Women's Media Center and the Swiss People's Party."
    )
    assert [fact.name for fact in found] == [
        "Greenville County Sheriff's Office",
        "U.S. Attorney's Office",
        "Defence Ministry",
        "Women's Media Center",
        "Swiss People's Party",
    ]


def test_a_womans_club_keeps_the_possessive() -> None:
    # "Woman's" as "Women's": a name's word, no owner ("the woman's lawyer" names nobody)
    found = organizations(
        "The Riverside Woman's Club of Ohio will hold its sale on Saturday, and the Woman's "
        "Hospital of Texas said the twins were healthy. The woman's lawyer will appeal."
    )
    assert [fact.text for fact in found] == [
        "Riverside Woman's Club of Ohio",
        "Woman's Hospital of Texas",
    ]


def test_an_elementary_school_is_named_by_elementary_alone() -> None:
    found = organizations(
        "Voters approved money to build Cassens Elementary and renovate EHS South and Glen "
        "Carbon Elementary."
    )
    assert [(fact.text, fact.kind) for fact in found] == [
        ("Cassens Elementary", "education"),
        ("EHS South", None),
        ("Glen Carbon Elementary", "education"),  # "and" joins no two schools
    ]


def test_a_saints_possessive_opens_a_parish_or_a_schools_name() -> None:
    found = organizations(
        "Mourners filled St. Mary's Catholic Church, and pupils of St. Paul's High School and "
        "Ukraine's Defence Ministry sent flowers, as did St. Louis's Board of Aldermen."
    )
    assert [fact.name for fact in found] == [
        "St. Mary's Catholic Church",
        "St. Paul's High School",
        "Defence Ministry",
        "Board of Aldermen",  # a city named after a saint owns its board
    ]


def test_a_saints_possessive_opens_a_universitys_name() -> None:
    found = organizations("She teaches chemistry at St. Edmund's University in Vermont.")
    assert [(fact.name, fact.kind) for fact in found] == [("St. Edmund's University", "education")]


# A founder's possessive right before "Hospital" opens its name, "Hospital" alone being none;
# a place's possessive does not ("Ohio's Hospital Association" is no hospital of Ohio's).
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He was flown to Penrose's Hospital in the city.", ["Penrose's Hospital"]),
        ("She was treated at Marlowe's Infirmary overnight.", ["Marlowe's Infirmary"]),
        ("Ohio's Hospital Association met on Monday.", []),
    ],
)
def test_a_founders_possessive_opens_a_hospitals_name(text: str, names: list[str]) -> None:
    assert [fact.name for fact in organizations(text)] == names


def test_a_party_named_before_a_lower_case_party() -> None:
    found = organizations(
        "The populist Tsurugi party won 14 seats, while the ruling Liberal Democratic party "
        "and the Conservative party lost. Staff held a Christmas party."
    )
    assert [(fact.text, fact.name, fact.kind) for fact in found] == [
        ("Tsurugi", "Tsurugi Party", "party"),
        ("Liberal Democratic party", "Liberal Democratic Party", "party"),
        ("Conservative party", "Conservative Party", "party"),
    ]


def test_clubs_named_after_a_city_or_a_company_are_listed() -> None:
    found = organizations(
        "Liverpool agreed a fee with Bayer Leverkusen, while Atletico Madrid and Paris "
        "Saint-Germain chased a striker from AC Milan."
    )
    assert [(fact.text, fact.name, fact.kind) for fact in found] == [
        ("Bayer Leverkusen", "Bayer Leverkusen", "sports"),
        ("Atletico Madrid", "Atletico Madrid", "sports"),
        ("Paris Saint-Germain", "Paris Saint-Germain", "sports"),
        ("AC Milan", "AC Milan", "sports"),
    ]


def test_a_university_named_with_its_city_is_one_name() -> None:
    found = organizations("Dr. Amit Patel of University College London was not involved.")
    assert [(fact.text, fact.acronym) for fact in found] == [("University College London", "UCL")]


def test_a_political_article_is_no_sports_report() -> None:
    text = (
        "A new poll shows Trump and Clinton in a close match. The results of the match-up "
        "were a draw, the results show. Both sides drew crowds, and the results were similar. "
        "The Americans they met were undecided."
    )
    assert [fact.kind for fact in organizations(text)] == []


def test_no_teams_outside_sports_reports() -> None:
    assert (
        organizations("Leicester 2 Chelsea 1 were the numbers , and Austria beat inflation .") == []
    )


def test_place_after_a_head_word_is_not_part_of_the_name() -> None:
    found = organizations("She taught at the Brookings Institution in Denver.")
    assert [fact.text for fact in found] == ["Brookings Institution"]
    found = organizations("He spoke at the Bureau of Trade Relations in New York City.")
    assert [fact.text for fact in found] == ["Bureau of Trade Relations"]
    found = organizations("Envoys of the Organization for Security and Cooperation in Europe left.")
    assert [fact.name for fact in found] == ["Organization for Security and Co-operation in Europe"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the name after "and" read past its own possessive: a listed name, the same head
        (
            "Scientists at the University of Edinburgh and King's College London agreed.",
            ["University of Edinburgh", "King's College London"],
        ),
        (
            "Students at the College of Policing and St John's College protested.",
            ["College of Policing", "St John's College"],
        ),
        # one name whose last word has a possessive
        (
            "The Department of Housing and Urban Development's budget shrank.",
            ["Department of Housing and Urban Development"],
        ),
    ],
)
def test_and_before_a_name_cut_by_its_possessive(text: str, names: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == names


def test_and_the_before_a_named_body_ends_a_complement() -> None:
    found = organizations("Scientists at the University of Leeds and the Crick Institute agreed.")
    assert [fact.text for fact in found] == ["University of Leeds", "Crick Institute"]
    found = organizations("He heads the Department of Culture and the Arts.")
    assert [fact.text for fact in found] == ["Department of Culture and the Arts"]


# A school's or a company's name of a state or a country ends at "and" before words that name
# no place (the second school is named by its short form); a public body's and two places go on
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Engineers at the University of Kansas and Iowa State built the sensor.",
            ["University of Kansas"],
        ),
        (
            "Her sons went to the University of Vermont and Dartmouth on scholarships.",
            ["University of Vermont"],
        ),
        (
            "The Port Authority of New York and New Jersey raised tolls on Sunday.",
            ["Port Authority of New York and New Jersey"],
        ),
        (
            "Alumni of the College of William and Mary gathered in the rain.",
            ["College of William and Mary"],
        ),
    ],
)
def test_a_school_of_a_place_ends_before_and(text: str, names: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == names


# An office named after its holder: the title ends the name, though it ends no other (a
# title and a name after it are the holder: "the Office of the President Ana Ruiz")
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A statement from the Office of the Prime Minister said the talks had ended.",
            ["Office of the Prime Minister"],
        ),
        (
            "The Office of the Mayor did not answer several calls on Tuesday.",
            ["Office of the Mayor"],
        ),
        (
            "The Office of the U.S. Trade Representative opened a review of the duties.",
            ["Office of the U.S. Trade Representative"],
        ),
        (
            "The Office of the Director of National Intelligence released the findings.",
            ["Office of the Director of National Intelligence"],
        ),
    ],
)
def test_an_office_named_after_its_holder_ends_on_the_title(text: str, names: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == names


def test_units_and_headlines_as_before() -> None:
    # Possessives and abbreviation periods join their word; a headline in capitals only
    # takes listed names.
    [found] = organizations("Acme Widgets Inc. 's profit rose, the company said.")
    assert (found.text, found.name) == ("Acme Widgets Inc.", "Acme Widgets Inc.")
    assert [o.name for o in organizations("NATO ALLIES MEET IN BRUSSELS\n\nThe talks began.")] == [
        "North Atlantic Treaty Organization"
    ]
    dateline = "DALLAS (AP) — The city council met on a rainy evening downtown."
    assert [o.text for o in organizations(dateline)] == ["AP"]
    assert [o.text for o in organizations("The KDP said the vote was held in the north.")] == [
        "KDP"
    ]
    # a code ending in a digit names a product, a bill or a road
    recall = "Toyota will recall the RAV4, and the state repealed HB2 along US1."
    assert [o.text for o in organizations(recall)] == ["Toyota"]


# The time of an office ("Retired", "Incoming", "Outgoing", as "Former"), a verb or a
# conjunction opening the sentence is no part of the body's name after it.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Retired U.S. Air Force Gen. Ann Lee spoke on Monday.", ["U.S. Air Force"]),
        (
            "Incoming Lakeside Water Authority chairman Tom Oduya said so.",
            ["Lakeside Water Authority"],
        ),
        ("Outgoing Federal Reserve chair Ann Lee spoke.", ["Federal Reserve"]),
        (
            'He left. Replied Lakeside Water Authority spokeswoman Ann Lee, "No."',
            ["Lakeside Water Authority"],
        ),
        ("Once Congress passes the bill, the tax is gone.", ["Congress"]),
        ("Unless Parliament acts, the law lapses.", ["Parliament"]),
        (
            "It works. About Harlow Systems GmbH: Harlow Systems GmbH makes pumps in Bremen.",
            ["Harlow Systems GmbH", "Harlow Systems GmbH"],
        ),
    ],
)
def test_an_offices_time_or_an_opening_verb_is_no_part_of_a_name(
    text: str, names: list[str]
) -> None:
    assert [fact.text for fact in organizations(text)] == names


# "Top" opening a sentence, or a clause after a dateline's dash, is the rank of the people
# named after the body; mid-sentence or before a legal ending it is the name's own.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Top Senate Democrats met on Monday.", ["Senate"]),
        ("Top Harlow Systems executives resigned on Friday.", ["Harlow Systems"]),
        (
            "QUITO (Reuters) – Top Labour Party fundraiser Ann Lee met the governor.",
            ["Reuters", "Labour Party"],
        ),
        ("Top Glove Corp. reported a higher profit on Tuesday.", ["Top Glove Corp."]),
        ("Shares of Top Glove Corp. fell on Monday.", ["Top Glove Corp."]),
    ],
)
def test_a_rank_opening_a_sentence_is_no_part_of_a_name(text: str, names: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == names


# "PAC" closes a political action committee's name; the letters alone, "Super PAC" and a
# party's are no name.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Harbor Values PAC spent $3 million on ads.", [("Harbor Values PAC", "other")]),
        (
            "Money poured into the Lakeside Caucus PAC on Friday.",
            [("Lakeside Caucus PAC", "other")],
        ),
        ("Super PAC ad hits the mayor on crime.", []),
        ("A super PAC spokeswoman said the ads would run.", []),
        ("Ann Lee, chairman of a Republican PAC, said so.", []),
    ],
)
def test_a_pac_is_named_by_its_head_word(text: str, names: list[tuple[str, str]]) -> None:
    assert [(fact.text, fact.kind) for fact in organizations(text)] == names


def test_a_polling_firm_named_by_an_armys_head_word_is_listed() -> None:
    found = organizations("A poll by Democracy Corps, a Democratic firm, found the race close.")
    assert [(fact.text, fact.kind) for fact in found] == [("Democracy Corps", "company")]
