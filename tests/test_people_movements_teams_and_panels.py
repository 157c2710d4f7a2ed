"""The people field on bodies, teams and venues named like people: armed movements known by
one word ("Kataib Hezbollah", ``data/org_words.txt``), Formula 1 teams and venues named
after a person as a whole ("Red Bull", "Roland Garros", ``data/company_names.txt``), a
panel ("the Intergovernmental Panel on Climate Change"), and a field of study after an
institution's head and "of" though it opens with a given name ("the Institute of Marine
Science", surroundings.continues_organization). Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Basra, Kataib Hezbollah said it would halt its attacks.", []),
        ("Ansar Allah, as the movement is known, said it fired two missiles.", []),
        (
            "Hezbollah Secretary-General Naim Qassem said the group would not disarm.",
            [("Naim Qassem", "Secretary-General", None)],
        ),
        ("Norris finished ahead of Red Bull's Verstappen, and Red Bull said it would appeal.", []),
        ("Gauff, who won at Roland Garros last year, said she was tired.", [("Gauff", None, None)]),
        ("The Intergovernmental Panel on Climate Change warned of longer droughts.", []),
        ("The Australian Institute of Marine Science said the reef had bleached again.", []),
        # a person after "of" and "and": the institution's name ended before "and"
        (
            "Scholars at the University of Geneva and Peter Lund objected.",
            [("Peter Lund", None, None)],
        ),
        # "for" opens no field of study: the campaign is for a person
        (
            "Volunteers for the Campaign for Hillary Clinton knocked on doors.",
            [("Hillary Clinton", None, None)],
        ),
    ],
)
def test_bodies_teams_and_venues_named_like_people(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
