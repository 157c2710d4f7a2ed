"""The people field: where names end, genders, given names, titles and portfolios."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import Person
from newsfacts_people import name_forms
from people_checks import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "State Rep. Marcus Evans Jr., D-Chicago, sponsored the bill. Evans said it would pass.",
            [("Rep. Marcus Evans Jr.", "Marcus Evans Jr."), ("Evans", "Marcus Evans Jr.")],
        ),
        (
            "His son Donald Jr. spoke first, then Donald J. Trump. Mr. Trump thanked Donald "
            "Trump Jr. later.",
            [
                ("Donald Jr.", "Donald Trump Jr."),
                ("Donald J. Trump", "Donald J. Trump"),
                ("Mr. Trump", "Donald J. Trump"),
                ("Donald Trump Jr.", "Donald Trump Jr."),
            ],
        ),
        # a suffix in capitals is no acronym
        (
            "King Charles III met James A. Baker III in London on Tuesday, and Baker said so.",
            [
                ("Charles III", "Charles III"),
                ("James A. Baker III", "James A. Baker III"),
                ("Baker", "James A. Baker III"),
            ],
        ),
        (
            "Ken Griffey Jr. homered in the ninth. His father, Ken Griffey Sr., watched. "
            "Griffey said the pitch was low.",
            [
                ("Ken Griffey Jr.", "Ken Griffey Jr."),
                ("Ken Griffey Sr.", "Ken Griffey Sr."),
                ("Griffey", "Ken Griffey Jr."),
            ],
        ),
    ],
)
def test_a_generational_suffix_ends_the_name_after_the_surname(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # The surname alone names the person: "Mr. Trump" the one named without a suffix, not his
    # son; of a "Sr." and a "Jr.", the one not described as the other's relative, as for any
    # namesakes.
    assert [(p.text, p.name) for p in people(text)] == expected


def test_an_arabic_article_joins_the_name_and_the_surname_alone_is_the_person() -> None:
    text = (
        "Foreign Minister Ayman al-Safadi met the envoy on Monday. Later al-Safadi said the "
        "talks went well, and Safadi thanked him."
    )
    assert [(p.text, p.name) for p in people(text)] == [
        ("Ayman al-Safadi", "Ayman al-Safadi"),
        ("al-Safadi", "Ayman al-Safadi"),
        ("Safadi", "Ayman al-Safadi"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last words of a longer name are that person, particle and all
        (
            "Mexican President Andrés Manuel López Obrador spoke at length on Monday. López "
            "Obrador said he would not seek another term in office.",
            [
                ("Andrés Manuel López Obrador", "Andrés Manuel López Obrador"),
                ("López Obrador", "Andrés Manuel López Obrador"),
            ],
        ),
        (
            "Ursula von der Leyen met the press. Von der Leyen said the talks went well.",
            [
                ("Ursula von der Leyen", "Ursula von der Leyen"),
                ("Von der Leyen", "Ursula von der Leyen"),
            ],
        ),
        # a capitalized particle that is also a number word: "Ten Hag", mid-sentence too
        (
            "The club sacked Erik ten Hag on Monday. Ten Hag had thanked the fans, and the "
            "board thanked Ten Hag.",
            [
                ("Erik ten Hag", "Erik ten Hag"),
                ("Ten Hag", "Erik ten Hag"),
                ("Ten Hag", "Erik ten Hag"),
            ],
        ),
        # not after "bin": "Mohammed bin Rashid Al Maktoum" is Sheikh Hamdan's father
        (
            "Dubai's crown prince, Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum, stood by his "
            "father, Sheikh Mohammed bin Rashid Al Maktoum, at a parade on Sunday.",
            [
                (
                    "Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum",
                    "Hamdan bin Mohammed bin Rashid Al Maktoum",
                ),
                ("Sheikh Mohammed bin Rashid Al Maktoum", "Mohammed bin Rashid Al Maktoum"),
            ],
        ),
    ],
)
def test_the_end_of_a_longer_name_is_its_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.text, p.name) for p in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Queen Camilla visited Ottawa.", "f"),
        ("Former Congresswoman Jo Smith spoke.", "f"),
        ("Chairman Lee Kim spoke.", "m"),
    ],
)
def test_a_gendered_title_gives_the_gender(text: str, gender: str) -> None:
    assert [p.gender for p in people(text)] == [gender]


@pytest.mark.parametrize(("word", "gender"), [("José", "m"), ("Agnès", "f"), ("Björn", "m")])
def test_a_given_name_is_known_with_its_accents(word: str, gender: str) -> None:
    assert name_forms.given_name_gender(word) == gender


def test_an_emir_named_by_one_name_is_the_ruler_named_in_full() -> None:
    text = "Sheikh Tamim bin Hamad Al Thani hosted the talks. Emir Tamim thanked the envoys."
    assert [(p.text, p.name, p.title) for p in people(text)] == [
        ("Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani", "Sheikh"),
        ("Tamim", "Tamim bin Hamad Al Thani", "Emir"),
    ]


def test_a_one_word_name_with_a_title_is_named_again_alone() -> None:
    text = (
        "Prince Edmund lost his court bid on Friday. Edmund, 39, moved abroad in 2020, "
        "and Edmund said he would appeal."
    )
    found = [(person.text, person.name) for person in people(text)]
    assert found == [("Edmund", "Edmund"), ("Edmund", "Edmund"), ("Edmund", "Edmund")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz Would Name Moderates To Bench, Senator Says\n\n"
            "Senator Ana Ruiz said on Friday that she would fight the nomination.",
            [("Ruiz", "Ana Ruiz"), ("Ana Ruiz", "Ana Ruiz")],
        ),
        # No person is named Tamsin: the headline's run opens with her given name.
        (
            "Tamsin Okoro Was Just Spotted Leaving The Studio\n\n"
            "The presenter Tamsin Okoro left at noon.",
            [("Tamsin Okoro", "Tamsin Okoro"), ("Tamsin Okoro", "Tamsin Okoro")],
        ),
    ],
)
def test_a_headline_run_opens_with_a_surname_only_if_a_person_bears_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(person.text, person.name) for person in people(text)] == expected


def test_a_byline_in_capitals_names_its_writers() -> None:
    text = (
        "Fed holds rates\n\nBy MARTIN CRUTSINGER and CHRISTOPHER RUGABER Associated Press\n\n"
        "WASHINGTON (AP) — Rates held. NATO AND THE UN said nothing. Rugaber reported."
    )
    people = newsfacts.Extractor(["people"]).extract(text).people
    assert [(fact.text, fact.name) for fact in people if isinstance(fact, Person)] == [
        ("MARTIN CRUTSINGER", "Martin Crutsinger"),
        ("CHRISTOPHER RUGABER", "Christopher Rugaber"),
        ("Rugaber", "Christopher Rugaber"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate backed Air Force Gen. Dan Caine on Tuesday.", ("Gen. Dan Caine", "Gen")),
        ("The post went to Marine Gen. Eric Smith last year.", ("Gen. Eric Smith", "Gen")),
        ("She met Coast Guard Adm. Linda Fagan in Boston.", ("Adm. Linda Fagan", "Adm")),
    ],
)
def test_a_service_of_one_or_two_words_before_a_rank_is_no_name(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(person.text, person.title) for person in people(text)] == [expected]


def test_a_given_name_before_an_honorific_alone_is_the_name() -> None:
    text = "The farm was home to Gina Lord and her horse. Lord bought it in May."
    assert [person.name for person in people(text)] == ["Gina Lord", "Gina Lord"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Transport Minister Christos Dimas told parliament so.", "Transport Minister"),
        ("Agriculture Secretary Tom Vilsack spoke in Iowa.", "Agriculture Secretary"),
        ("Communications Director Karen Finney said so.", "Communications Director"),
        ("District Attorney Kurt Ware called it grim.", "District Attorney"),
        ("New York City Mayor Bill de Blasio spoke.", "Mayor"),
    ],
)
def test_a_portfolio_before_a_title_is_part_of_it(text: str, title: str) -> None:
    assert [person.title for person in people(text)] == [title]


def test_a_portfolio_before_no_title_is_no_title() -> None:
    text = "In the weeks after Easter, Mrs. Whitfield has toured the state."
    assert [person.text for person in people(text)] == ["Mrs. Whitfield"]


def test_a_name_without_its_accents_names_the_same_person() -> None:
    text = (
        "Andrés Manuel López Obrador spoke on Monday. Lopez Obrador left. "
        "Francois Hollande agreed, and François Hollande said so again."
    )
    assert [person.name for person in people(text)] == [
        "Andrés Manuel López Obrador",
        "Andrés Manuel López Obrador",
        "François Hollande",
        "François Hollande",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rival Honda Motor Co. last month cut its plan by 30%.",
        "Two rivals, Heineken NV and Philip Morris Co.'s Kraft Foods unit, declined.",
        "He is a software engineer for General Motors in Warren.",
        # a utility named after its state; a river; a lodge named after a place
        "Georgia Power said most customers should have power restored by Friday.",
        "Teachers could cross the Sabine River into Texas for higher pay.",
        "The fire destroyed the historic Grand Canyon Lodge on Sunday.",
        # a part of a town named like a person
        "A fire destroyed a block of flats in the Lawrence Weston area of Bristol on Saturday.",
        # a company named with a generic word of companies' names
        "Gilead Sciences said on Tuesday it would invest $32 billion in U.S. plants.",
        # a generation's letter; a charity's French name
        "Protesters calling themselves Gen Z set fire to the complex on Tuesday.",
        "Médecins Sans Frontières said its teams had treated 1,000 patients.",
        # charities named by what they give
        "Citizens Advice said calls about energy bills had doubled since April.",
        "Christian Aid and Islamic Relief Worldwide appealed for donations.",
        "Macmillan Cancer Support warned that patients faced longer waits.",
        "Comic Relief raised 40 million pounds on Friday night.",
        "The Simon Communities of Ireland said homelessness had hit a record.",
        "The Mid-Ohio Food Collective said demand surged.",
        "Te Whatu Ora said hospitals were full, and Kāinga Ora will build 1,000 homes.",
        # a charity's noun before a name named for someone, and the company's nouns
        "The charity Marie Curie said in a statement that its nurses were stretched.",
        "The carmaker Rolls Royce said deliveries rose.",
        # a product named after its maker's other product
        "Microsoft said Windows Phone would no longer be supported.",
        # an airline, a company and a weekly that speak
        "Air France-KLM said profit rose, and Exxon Mobil told Der Spiegel it agreed.",
        # two parties named like people; a health authority named after its province
        "Fianna Fáil and Fine Gael would govern with independents, the party said.",
        "In Halifax, Nova Scotia Health said emergency wait times rose to 9.2 hours.",
        # a sport's body and others named by their field and a place named like a person
        "Cricket Victoria said on Monday that the match would go ahead.",
        "Netball Victoria and Ambulance Victoria said the final would be played.",
        "Screen Victoria said it would fund the series.",
    ],
)
def test_a_company_named_like_a_person_is_no_person(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a public body's field and the place it serves, a given name too (the core's
        # PLACE_BODY_FIELDS, which the organizations field reads)
        ("Parks Victoria said the walking track would close on Friday.", []),
        ("Tourism Victoria said visitor numbers rose 12 percent in March.", []),
        ("Transport Victoria said trains would run every ten minutes.", []),
        ("Environment Victoria called the new gas plant a step backwards.", []),
        # the field's word after the given name, or a portfolio before a title: people
        ("Victoria Parks said she would stand again in May.", ["Victoria Parks"]),
        ("Health Secretary Wes Streeting said waiting lists had fallen.", ["Wes Streeting"]),
        ("Tourism Minister Jackie Parks opened the new lodge.", ["Jackie Parks"]),
    ],
)
def test_a_public_body_named_by_its_field_and_place_is_no_person(
    text: str, names: list[str]
) -> None:
    assert [person.name for person in people(text)] == names


def test_the_last_words_of_a_bodys_name_after_of_and_are_no_person() -> None:
    text = (
        "Dr. Anthony Fauci, the former director of the National Institute of Allergy and"
        " Infectious Diseases, warned that the cuts would cost lives."
    )
    assert [person.name for person in people(text)] == ["Anthony Fauci"]


def test_given_names_of_a_generation_open_names() -> None:
    text = "Madison Keys won the title, beating Aryna Sabalenka. Keys said she was thrilled."
    assert [person.name for person in people(text)] == [
        "Madison Keys",
        "Aryna Sabalenka",
        "Madison Keys",
    ]


def test_given_names_of_young_athletes_open_names() -> None:
    # "Logan" and "Mason" name towns too, but none well known; a circle after one is a place
    text = "Logan Pereira allowed three runs and Mason Tull struck out six near Logan Circle."
    assert [person.name for person in people(text)] == ["Logan Pereira", "Mason Tull"]


def test_indian_given_names_open_names() -> None:
    text = "Prashant Kishor's party won nothing, and Tejashwi Yadav's alliance lost ground."
    assert [person.name for person in people(text)] == ["Prashant Kishor", "Tejashwi Yadav"]


def test_polish_given_names_open_names() -> None:
    text = "Karol Nawrocki narrowly beat the mayor, and Witold Sadowy conceded."
    assert [person.name for person in people(text)] == ["Karol Nawrocki", "Witold Sadowy"]


def test_des_joins_a_french_name() -> None:
    text = "Museum director Laurence des Cars told senators so. Des Cars offered to resign."
    assert [person.name for person in people(text)] == ["Laurence des Cars", "Laurence des Cars"]


def test_an_appositive_ends_at_its_sentences_end() -> None:
    text = "The truck struck a car driven by Susan Doyle, 62. Justice Ann Murray spoke."
    assert [(person.name, person.role) for person in people(text)] == [
        ("Susan Doyle", None),
        ("Ann Murray", None),
    ]


def test_a_company_named_after_its_cue_or_in_spanish_is_no_person() -> None:
    text = "Spain's grid operator Red Eléctrica said power had been restored."
    assert people(text) == []


def test_pro_tem_is_a_title_not_a_name() -> None:
    text = "Senate President pro Tem Mike McGuire said the budget protects the progress."
    assert [person.name for person in people(text)] == ["Mike McGuire"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scottish First Minister John Swinney met her.", ("John Swinney", "First Minister")),
        (
            "Scottish Deputy First Minister Kate Forbes spoke.",
            ("Kate Forbes", "Deputy First Minister"),
        ),
        ("First Minister Eluned Morgan spoke.", ("Eluned Morgan", "First Minister")),
    ],
)
def test_first_minister_is_a_title_after_a_nationality_too(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(p.text, p.title) for p in people(text)] == [expected]


def test_a_shoal_or_an_atoll_is_no_persons_name() -> None:
    text = (
        "Commodore Jay Tarriela said Chinese vessels fired water cannon near Second Thomas "
        "Shoal and Bikini Atoll."
    )
    assert [(p.text, p.title) for p in people(text)] == [("Jay Tarriela", "Commodore")]


def test_a_place_named_alone_speaks_as_the_person_of_that_surname() -> None:
    text = (
        "Premier Tim Houston announced the plan on Tuesday. “That ends now,” Houston told "
        "reporters, before he flew to Houston for talks."
    )
    result = newsfacts.extract(text)
    assert [(p.text, p.name) for p in people(text)] == [
        ("Tim Houston", "Tim Houston"),
        ("Houston", "Tim Houston"),
    ]
    assert [place.start for place in result["locations"]] == [text.rindex("Houston")]
    assert [quote.to_dict()["speaker"] for quote in result["quotes"]] == ["Tim Houston"]
