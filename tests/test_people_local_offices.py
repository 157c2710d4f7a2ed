"""The people field on the offices of local government, courts, schools and public bodies
written as a title before a name, as local news writes them ("Trustee", "Supervisor",
"Regent", "Delegate", "Treasurer", "Coroner", "Magistrate", "Headteacher"), and on given
names common in India, Africa, Ireland and Britain that make a name of two words a person's
with no other sign."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
LOCAL_TITLES: list[tuple[str, Expected]] = [
    (
        "Trustee Maria Delgado voted against closing the two schools.",
        [("Maria Delgado", "Trustee", None)],
    ),
    (
        "Supervisor Tom Haskell asked the county to delay the vote.",
        [("Tom Haskell", "Supervisor", None)],
    ),
    (
        "Regent Alan Brodie said tuition would not rise next year.",
        [("Alan Brodie", "Regent", None)],
    ),
    (
        "Delegate Karen Whitlow introduced the bill in Richmond on Tuesday.",
        [("Karen Whitlow", "Delegate", None)],
    ),
    (
        "Treasurer Jim Calder said the budget would return to surplus.",
        [("Jim Calder", "Treasurer", None)],
    ),
    (
        "Coroner Ruth Pellow ruled the death accidental.",
        [("Ruth Pellow", "Coroner", None)],
    ),
    # A school's head, as British news writes it, before the name and after it
    (
        "Headteacher Ian Morley said he was deeply disappointed.",
        [("Ian Morley", "Headteacher", None)],
    ),
    (
        "The school's headmistress, Ruth Kell, said pupils were safe.",
        [("Ruth Kell", None, "headmistress")],
    ),
    # A title of two words: the court's and the rank's
    (
        "Both men appeared before Magistrate Judge Dale Fenner by video link.",
        [("Dale Fenner", "Magistrate Judge", None)],
    ),
    (
        "Palm Beach County Supervisor of Elections Linda Marlow expected a late count.",
        [("Linda Marlow", "County Supervisor of Elections", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOCAL_TITLES)
def test_local_office_title(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


# A given name alone makes a name of two words a person's, with no verb nor title
GIVEN_NAMES: list[tuple[str, Expected]] = [
    (
        "The party named Rekha Gupta as the city's new chief minister.",
        [("Rekha Gupta", None, None)],
    ),
    (
        "Britain's Keely Hodgkinson finished second in the 800 metres.",
        [("Keely Hodgkinson", None, None)],
    ),
    ("The award went to Niamh Brennan of Galway.", [("Niamh Brennan", None, None)]),
    ("Harish Rawat won the seat by 4,000 votes.", [("Harish Rawat", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), GIVEN_NAMES)
def test_given_name_makes_a_person(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
