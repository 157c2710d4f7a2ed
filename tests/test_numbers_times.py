"""A number of times, or a multiple ("arrested three times", "three times the size", "a
10-fold rise"), is a count in the unit "count", as NewsQuant writes it: it counts nothing and
no victims, and a rate after it joins the unit ("16 times a day" is in count per day)."""

from __future__ import annotations

import pytest

import newsfacts
import newsfacts_numbers
from newsfacts import Quantity


def numbers(text: str) -> list[Quantity]:
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    return newsfacts_numbers.extract(document)


# text, then each number's text, unit, counted phrase and event
TIMES = [
    ("The new ship is three times the size of its predecessor.", ("three", "count", None, None)),
    ("The stock trades at 12 times earnings.", ("12", "count", None, None)),
    ("She has been arrested three times since May.", ("three", "count", None, None)),
    ("He was shot three times in the chest.", ("three", "count", None, None)),
    ("The satellite orbits Earth 16 times a day.", ("16", "count per day", None, None)),
    ("The app checks in hundreds of times a day.", ("hundreds", "count per day", None, None)),
    ("Exports rose 10-fold in a decade.", ("10", "count", None, None)),
    ("It is a six-fold increase.", ("six", "count", None, None)),
    # a multiple written as one word
    ("Revenue grew more than sixfold last year.", ("sixfold", "count", None, None)),
    ("Sales rose tenfold.", ("tenfold", "count", None, None)),
    ("The intake manifold cracked in two places.", ("two", None, "places", None)),
    ("The new strain is 50 times more contagious than flu.", ("50", "count", None, None)),
    # the newspaper is no multiple
    ("Two Times reporters were detained.", ("Two", None, "Times reporters", "detained")),
]


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_a_number_of_times_is_a_count_in_count_as_newsquant_writes_it(
    text: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    assert [(q.text, q.unit, q.counted, q.event) for q in numbers(text)] == [expected]
