"""The dateline that opens a sentence, read by the core and shared by the fields."""

from __future__ import annotations

import doctest

import pytest

import newsfacts
from newsfacts import datelines


def _dateline(text: str, closed: bool = False) -> str:
    """The dateline's words as written."""
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    tokens = document.tokens_between(0, len(text))
    count = datelines.dateline(tokens, closed=closed)
    return text[tokens[0].start : tokens[count - 1].end] if count else ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MELBOURNE, Australia — Australia beat England by eight wickets.", "MELBOURNE, Australia"),
        ("BOSTON (Reuters) - Shares of the lender rose.", "BOSTON"),
        ("WAUSAU, Wis. (WSAW) -- A fire closed the mill.", "WAUSAU, Wis."),
        ("ST. PARIS, Ohio -- The village council met.", "ST. PARIS, Ohio"),
        ("KHASAVYURT , Russia 1996-08-30 Chechen rebels said.", "KHASAVYURT , Russia"),
        ("LONDON The Latest on the storm that hit the coast.", "LONDON"),
        ("EL PASO, Texas — The city council voted to raise water rates.", "EL PASO, Texas"),
        ("LA PAZ, Bolivia (AP) — Protesters blocked the roads.", "LA PAZ, Bolivia"),
        ("LE MARS, Iowa -- A fire destroyed a barn.", "LE MARS, Iowa"),
        ("LA Galaxy beat the Sounders on Saturday.", ""),  # a short word before no capitals
        ("US shares fell - the dollar rose.", ""),
        ("The council met in Dover on Tuesday.", ""),
        ("Dover - The council met on Tuesday.", ""),  # a place not in capitals
    ],
)
def test_a_dateline_opens_the_sentence(text: str, expected: str) -> None:
    assert _dateline(text) == expected


def test_a_closed_dateline_ends_at_a_mark_or_a_year() -> None:
    """A title-case word after capitals may open a headline, not end a dateline."""
    assert _dateline("FBI Director James Comey said on Friday.") == "FBI"
    assert _dateline("FBI Director James Comey said on Friday.", closed=True) == ""
    assert _dateline("MOSCOW (AP) - The mayor spoke.", closed=True) == "MOSCOW"


def test_the_module_examples_run() -> None:
    assert doctest.testmod(datelines).failed == 0
