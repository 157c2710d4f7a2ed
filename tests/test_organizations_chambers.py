"""The organizations field: a legislature's chambers ("the House", "the Senate"), whose country or
state the article's people and places tell, and parliaments named in their own languages."""

from __future__ import annotations

import newsfacts
from organization_checks import organizations


def test_a_chamber_opens_a_name() -> None:
    text = "The bill goes to the Chamber of Deputies, and the Chamber of Commerce backs it."
    assert [fact.text for fact in organizations(text)] == [
        "Chamber of Deputies",
        "Chamber of Commerce",
    ]


def test_the_house_after_a_capitalized_word_is_the_chamber() -> None:
    found = organizations("Later the House voted, but the Sydney Opera House stayed shut.")
    assert [(fact.text, fact.name) for fact in found] == [
        ("House", "United States House of Representatives")
    ]


def test_legislators_named_with_their_home_towns_make_the_chambers_a_states() -> None:
    found = organizations(
        "The Legislature met on Friday. The Senate passed the budget, said Sen. Ana Ruiz, "
        "D-Las Cruces."
    )
    assert [(fact.text, fact.name) for fact in found] == [("Senate", "Senate")]


def test_a_states_lawmakers_and_a_town_member_make_the_chambers_a_states() -> None:
    found = organizations(
        "Idaho lawmakers passed the bill. The House voted 46-24, said Rep. Dan Skaug, a Nampa "
        "Republican."
    )
    assert [(fact.text, fact.name) for fact in found] == [("House", "House")]


def test_parliaments_named_in_their_own_languages_are_organizations() -> None:
    text = (
        "Rahul Gandhi, Leader of Opposition in the Lok Sabha, spoke. The Rajya Sabha, the "
        "Maharashtra Vidhan Sabha, the Dail and the Sejm voted."
    )
    assert [(fact.text, fact.name, fact.kind) for fact in organizations(text)] == [
        ("Lok Sabha", "Lok Sabha", "government"),
        ("Rajya Sabha", "Rajya Sabha", "government"),
        ("Maharashtra Vidhan Sabha", "Maharashtra Vidhan Sabha", "government"),
        ("Dail", "Dáil", "government"),
        ("Sejm", "Sejm", "government"),
    ]
    assert [person.text for person in newsfacts.extract(text).people] == ["Rahul Gandhi"]


def test_a_state_capitals_dateline_and_a_member_make_the_chambers_the_states() -> None:
    text = (
        "TALLAHASSEE, Fla. (AP) — Gov. Ron DeSantis signed a budget on Monday. House Speaker "
        "Daniel Perez, a Miami Republican, said lawmakers would return in January."
    )
    houses = [fact for fact in organizations(text) if fact.text == "House"]
    assert [(fact.name, fact.kind) for fact in houses] == [("House", "government")]


def test_a_house_of_representatives_abroad_is_that_countrys() -> None:
    text = (
        "KATHMANDU, Nepal (AP) — Nepal's parliament elected a prime minister on Friday. "
        "President Ram Chandra Poudel dissolved the House of Representatives."
    )
    houses = [fact for fact in organizations(text) if "House" in fact.text]
    assert [(fact.text, fact.name) for fact in houses] == [
        ("House of Representatives", "House of Representatives")
    ]


def test_the_house_as_a_chamber() -> None:
    found = organizations(
        "The Senate voted on Tuesday, and the House passed it later. "
        "House Speaker Paul Ryan said House Republicans agreed."
    )
    assert [(fact.text, fact.name) for fact in found] == [
        ("Senate", "United States Senate"),
        ("House", "United States House of Representatives"),
        ("House", "United States House of Representatives"),
        ("House", "United States House of Representatives"),
    ]


def test_in_an_article_about_a_states_government_the_chambers_are_the_states() -> None:
    found = organizations(
        "State lawmakers argued into the night. The bill passed the House 65-46, and the "
        "Senate passed it 38-21, said state Sen. Ana Ruiz, R-Dixon."
    )
    assert [(fact.text, fact.name) for fact in found] == [("House", "House"), ("Senate", "Senate")]


def test_a_chamber_before_a_preposition_and_a_day_is_the_chamber() -> None:
    found = organizations("The bill passed the House on Tuesday and the Lords on Friday.")
    assert [(fact.text, fact.name) for fact in found] == [
        ("House", "United States House of Representatives"),
        ("Lords", "House of Lords"),
    ]


def test_the_commons_is_the_house_of_commons() -> None:
    found = organizations("Ms Reeves told the Commons that Commons Speaker Lindsay Hoyle agreed.")
    assert [(fact.text, fact.name) for fact in found] == [
        ("Commons", "House of Commons"),
        ("Commons", "House of Commons"),
    ]


def test_the_state_senate_is_the_states_in_any_article() -> None:
    found = organizations(
        "The Senate confirmed the judge. In Ohio, the bill passed the state Senate 32-6 and "
        "goes to the governor."
    )
    assert [(fact.text, fact.name) for fact in found] == [
        ("Senate", "United States Senate"),
        ("Senate", "Senate"),
    ]


def test_a_states_chamber_named_by_the_state_makes_the_chambers_the_states() -> None:
    found = organizations(
        "The Texas House voted 88-52 for a new congressional map, and the Senate is expected "
        "to pass it, said State Rep. Ana Ruiz. She once sat in the Virginia House of Delegates."
    )
    assert [(fact.text, fact.name) for fact in found] == [
        ("Texas House", "Texas House"),
        ("Senate", "Senate"),
        ("Virginia House of Delegates", "Virginia House of Delegates"),
    ]


def test_a_member_of_congress_keeps_the_chambers_of_congress() -> None:
    found = organizations(
        "State lawmakers and a state senator watched as the House passed the bill, said "
        "Rep. Ana Ruiz, D-Calif."
    )
    assert [(fact.text, fact.name) for fact in found] == [
        ("House", "United States House of Representatives")
    ]
