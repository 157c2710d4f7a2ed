"""Street addresses are no numbers of the ``numbers`` field: a house number before a
direction and an ordinal street ("9 E 71st St"), or before the street's word and its name
("22 Avenue Foch"). Each row is a sentence of news and the numbers it keeps."""

from __future__ import annotations

import pytest

import newsfacts
import newsfacts_numbers


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The couple sold the house at 14 E 68th St, Manhattan, for $42 million.", ["$42 million"]),
        ("Tenants at 350 W 34th St. were told to leave.", []),
        ("Crowds lined 125th St for the parade.", []),
        ("The fund owns 22 Avenue Foch in Paris and 10 Rue de Rivoli.", []),
        ("Police searched 14 Ave. Montaigne on Tuesday.", []),
        # "St" before a name is a saint's: the ordinal stays
        ("She finished 3rd at St Andrews.", ["3rd"]),
        ("The 42nd St Louis marathon drew 9,000 runners.", ["42nd", "9,000"]),
        ("She ran 5 Avenue races this year.", ["5"]),
        # either street of a corner named by an ordinal
        ("Residents near Elm and Fourth streets stayed inside for 3 hours.", ["3"]),
        ("Smoke drifted between Second and Ninth streets.", []),
        ("It stands between 87th and 88th streets in Yorkville.", []),
        ("She came fourth and then fifth in the two races.", ["fourth", "fifth", "two"]),
        # a table of inspections, one place a line
        ("Joe's Diner | 123 Main St. | Springfield | 4 violations", ["4"]),
        ("Taco Hut\t88 W. Broadway\t2 violations", ["2"]),
        ("Burger Barn, 2200 Highway 50, Dallas: 3 violations", ["3"]),
        ("Tours start at 221B Baker Street and 123 Martin Luther King Jr. Blvd.", []),
        ("The shop at 40 West Elm Street sold 300 pies.", ["300"]),
        ("Byrne, of 27 St Brigid's Road, Kilkenny, denied 2 charges.", ["2"]),
        ("Harare's Third Street and Northwest Ninth Avenue were closed.", []),
        # a name of two words joined by a hyphen, a direction of two letters with stops
        ("The crash happened at 4100 Ames-Dale Road in Dover Township.", []),
        ("She was on the porch of 8 S.W. Third Terrace when 2 men came.", ["2"]),
        ("It was the first street to flood.", ["first"]),
        # a direction's letter before a people's name is no street
        ("Seoul sent 3 S Korean envoys.", ["3"]),
        ("Slater run out 9\nS. Law b Dharmasena 13", ["9", "13"]),
        ("The MacBook Pro 16 inch costs $2,000.", ["16", "$2,000"]),
        # a saint's "St." among the words of the street's name; a table of results before a
        # saint's "St", no street
        ("He lives at 12 St. Mary Street now.", []),
        ("Brazil 3 Bolivia 1 Chile 2 Peru 0, St Etienne won 2-1.", ["3", "1", "2", "0"]),
    ],
)
def test_a_street_address_is_no_number(text: str, kept: list[str]) -> None:
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    assert [q.text for q in newsfacts_numbers.extract(document)] == kept
