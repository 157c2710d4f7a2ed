"""The people field on nouns of a person's situation before or after a name: a passenger, a
resident, a witness, a voter. They are the person's role, never part of the name nor a title,
even written with a capital at a sentence's opening (``data/situation_roles.txt``). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written with a capital, opening the sentence
        (
            "Passenger Omar Haddad, 37, told reporters the train stopped twice.",
            [("Omar Haddad", None, "passenger")],
        ),
        (
            "Resident Tom Albright, 71, who spoke during public comment, opposed the plan.",
            [("Tom Albright", None, "resident")],
        ),
        (
            "Witness Dario Fenn said he saw the van turn left.",
            [("Dario Fenn", None, "witness")],
        ),
        # a relation to another, written with a capital
        (
            "Rival Nora Vance said the count was wrong.",
            [("Nora Vance", None, "rival")],
        ),
        (
            "Challenger Ada Roy took a third of the vote.",
            [("Ada Roy", None, "challenger")],
        ),
        # in lower case before the name
        (
            "A passenger, Lena Okoro, said the bus was late again.",
            [("Lena Okoro", None, "passenger")],
        ),
        (
            "Longtime neighbor Ada Roy said the fence went up overnight.",
            [("Ada Roy", None, "Longtime neighbor")],
        ),
        # who lives in a village, or came to mourn, written with a capital
        (
            "Villager Siti Rahayu said the water rose in minutes.",
            [("Siti Rahayu", None, "villager")],
        ),
        (
            "Mourner Dan Frey, 70, said he had known her for decades.",
            [("Dan Frey", None, "mourner")],
        ),
        # a pupil's year, written with a capital, opening the sentence
        (
            "Sophomore Ava Lindqvist, 15, told the board she wakes at 5:50 a.m.",
            [("Ava Lindqvist", None, "sophomore")],
        ),
        (
            "Freshman Tom Reyes scored twice in the second half.",
            [("Tom Reyes", None, "freshman")],
        ),
        (
            "Fifth-grader Lucy Tran asked the mayor about the park.",
            [("Lucy Tran", None, "fifth-grader")],
        ),
        # after the name, set off by commas
        (
            "Colm Prewitt, a retiree who walks the trail daily, found the bag.",
            [("Colm Prewitt", None, "a retiree who walks the trail daily")],
        ),
    ],
)
def test_a_situation_is_a_role(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


def test_a_plural_situation_opening_a_headline_is_no_title() -> None:
    # "Voters" is no title shared by the words after it, which name no one
    text = "Rural Voters Might Sway Vance In The Fall\n\nThe race is close."
    assert people(text) == []
