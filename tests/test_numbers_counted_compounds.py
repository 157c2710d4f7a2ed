"""The ``numbers`` field: a noun of two words whose first ends a counted phrase elsewhere
stays whole (``data/stop_compounds.txt``): "14 regional think tanks" counts
"regional think tanks", not "regional"; "23 no votes" counts "no votes"; and so does
a name whose second word is such a word (``data/stop_closed_compounds.txt``): "five Super
Tuesday primaries" counts "Super Tuesday primaries"."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("She cited 14 regional think tanks in her speech.", "14", "regional think tanks"),
        ("Two think tanks in Lisbon backed the plan.", "Two", "think tanks"),
        ("The bill drew 23 no votes in the assembly.", "23", "no votes"),
        ("They made two down payments on the farm.", "two", "down payments"),
        # the same words in other uses still end the phrase
        ("The two think it will pass.", "two", None),
        ("He scored 3 no matter who played.", "3", None),
    ],
)
def test_a_compound_opened_by_a_stop_word_stays_whole(
    text: str, span: str, counted: str | None
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("She ran ads in five Super Tuesday primaries.", "five", "Super Tuesday primaries"),
        ("She has held 31 Super Tuesday rallies since May.", "31", "Super Tuesday rallies"),
        ("The chain held two Black Friday sales this year.", "two", "Black Friday sales"),
        # the weekday alone still ends the phrase
        ("The team played two games Tuesday night.", "two", "games"),
    ],
)
def test_a_name_closed_by_a_stop_word_stays_whole(
    text: str, span: str, counted: str | None
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
