"""The ``numbers`` field: "held" says a bare count's people are detained only with what says
so after it ("three are still held in Mali", "held hostage", "held without charge"); an
event held, a thing held or a level held gives a bare count no event ("11 of which were held
in May", "dozens at the gate held banners", "held rates near zero"). A count of people is detained
by "held" as before ("Police held five suspects")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        ("They planned 30 hearings, 11 of which were held in May.", "11", None),
        ("Dozens at the gate held banners and sang.", "Dozens", None),
        ("The bank has held rates near zero since 2009.", "zero", None),
        ("He has not held one this year.", "one", None),
        ("Of the six trials, the last two were held in private.", "two", None),
        # detained
        ("Five soldiers were freed but three are still held in Mali.", "three", "detained"),
        ("Two were held hostage for a week.", "Two", "detained"),
        ("Four were held without charge.", "Four", "detained"),
        ("Police held five suspects overnight.", "five", "detained"),
        ("The gang held 20 people hostage.", "20", "detained"),
    ],
)
def test_held_detains_a_bare_count_only_with_a_word_of_detention(
    text: str, span: str, event: str | None
) -> None:
    quantity = [q for q in numbers(text) if q.text == span][-1]
    assert quantity.event == event
