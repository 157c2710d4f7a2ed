"""The ``numbers`` field: an age after a name that no comma closes is in years of age, as
local news and wires write it: after a name and a comma, before a home town, "and" and a
word in lower case, or a dash ("Ann Roe, 55 of Dayton", "Ann Roe, 13 and her sister", "Ann
Roe, 41 — a nurse —"); after a full name with no comma, two digits before a verb or a home
town ("Jane Roe 44 said", "John Doe 45 of Boston"). Not a poll's figure after a comma
("Ann Roe, 43 said the same"), a number word, a part of a whole ("In Ohio, 12 of Trump's
delegates") or a number in a name ("Star Trek 13 is due"). And the age that bounds a group
of people after "under" or "over" ("voters under 30", "those over 65 in Ohio"; not "played
over 20 games") or before "and older", "or younger" ("voters 45 and older"), or after people
before "and over", "and up", "and under" ("Children 12 and under")."""

from __future__ import annotations

import pytest

from number_checks import written

_AGE = "year of age"


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Police named the driver as John Doe 45 of Boston.", "45", _AGE),
        ("Astronaut Jane Roe 44 said she slept well in orbit.", "44", _AGE),
        ("Ben Cole 19 who works at the mill was hurt.", "19", _AGE),
        ("Nick McAdam 34 of Leeds was fined.", "34", _AGE),
        ("They were Carl Moss, 52, and Ruth Lane, 55 of St. Louis.", "55", _AGE),
        ("Officers arrested Paul Jones, 47 and said he was homeless.", "47", _AGE),
        ("The twins, Ann Roe, 13 and her sister, Kim, 8, were moved.", "13", _AGE),
        ("Dean Hart, 41 — a nurse and a father of two — was shot.", "41", _AGE),
        ("The author Noel Baker , 68, said it.", "68", _AGE),
        # two ages in apposition after people or a full name
        ("The men, 19 and 24, told officers he fled.", "19", _AGE),
        ("The men, 19 and 24, told officers he fled.", "24", _AGE),
        ("Sisters Kim and Ann Roe, 17 and 15, were found safe.", "15", _AGE),
        # no age
        ("Sen. Ann Roe, 43 said the same.", "43", None),
        ("Still, one has to wonder.", "one", None),
        ("In Ohio, 12 of Trump's delegates left.", "12", None),
        ("Windows Phone 10 is out.", "10", None),
        ("Star Trek 13 is due next year.", "13", None),
        ("The balls drawn were 12, 33, 47 and 58, and then 2.", "47", None),
        ("Sales, 40 and 50, rose.", "40", None),
        ("The team beat Marco Rubio 3 and Ted Cruz 2 in the poll.", "3", None),
    ],
)
def test_an_age_after_a_name_with_no_comma_after_it(text: str, span: str, unit: str | None) -> None:
    quantity = written(text, span)
    assert quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "span", "unit", "qualifier"),
    [
        ("The senator led among adults under 40 and women.", "40", _AGE, "<"),
        ("She won people under 45, exit polls showed.", "45", _AGE, "<"),
        ("Turnout fell among those over 65 in Ohio.", "65", _AGE, ">"),
        ("Workers under 35 are likelier to rent.", "35", _AGE, "<"),
        ("The bar serves only guests over 21.", "21", _AGE, ">"),
        # ... or before an open bound: "and older", "or younger"; after people "and over",
        # "and up", "and under" too
        ("The mayor leads among adults 55 and older.", "55", _AGE, ">="),
        ("Most of the jurors were 50 or older.", "50", _AGE, ">="),
        ("She led among those 65 and over.", "65", _AGE, ">="),
        ("Children 12 and under ride free.", "12", _AGE, "<="),
        ("Tickets cost 12 and up.", "12", None, ">="),
        # "older than" and "younger than" bound an age whoever stands before them
        ("He met people older than 70 on Monday.", "70", _AGE, ">"),
        ("All of the new judges are younger than 60.", "60", _AGE, "<"),
        ("Turnout fell among Hispanics younger than 35 in May.", "35", _AGE, "<"),
        ("The bridge is older than 90 years.", "90", "year", ">"),
        # no age
        ("He has played over 20 games this season.", "20", None, ">"),
        ("The index fell under 40 in May.", "40", None, "<"),
    ],
)
def test_an_age_bounding_a_group_of_people(
    text: str, span: str, unit: str | None, qualifier: str
) -> None:
    quantity = written(text, span)
    assert (quantity.unit, quantity.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Turnout rose among whites 30 to 49 and fell among the young.", "30 to 49", _AGE),
        ("The mayor trails among those 18-24, a poll found.", "18-24", _AGE),
        ("She led among voters 45 to 64 in the suburbs.", "45 to 64", _AGE),
        # no age: a range that counts, or one after no people
        ("The town hopes to buy 20 to 25 buses.", "20 to 25", None),
        ("The draft was read by 10 to 12 editors.", "10 to 12", None),
        ("Prices rose 10 to 12, dealers said.", "10 to 12", None),
    ],
)
def test_a_range_of_ages_after_a_group_of_people(text: str, span: str, unit: str | None) -> None:
    quantity = written(text, span)
    assert quantity.unit == unit
