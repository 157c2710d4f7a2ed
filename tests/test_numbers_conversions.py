"""The ``numbers`` field's conversions in brackets: a bare number before an amount in
brackets is in the unit of an earlier amount the text converts at the same rate. Each row is
a sentence of news and the units of its numbers."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A pass costs 9,000 rupees ($108) for adults and 4,500 ($54) for children.",
            [
                ("9,000", "indian rupee"),
                ("$108", "dollar"),
                ("4,500", "indian rupee"),
                ("$54", "dollar"),
            ],
        ),
        (
            "Tickets are 5,000 pesos (about $290) and 2,500 (roughly $145) for students.",
            [
                ("5,000", "mexican peso"),
                ("$290", "dollar"),
                ("2,500", "mexican peso"),
                ("$145", "dollar"),
            ],
        ),
        (
            "The river rose 12 feet (3.7 metres) on Monday and 8 (2.4 metres) on Tuesday.",
            [("12", "foot"), ("3.7", "m"), ("8", "foot"), ("2.4", "m")],
        ),
        # amounts in words, and the words a bracket opens with: a few, one abbreviated, or a
        # tilde
        (
            "The bail was two million rupees (some $24,000) and the fine one million (some"
            " $12,000).",
            [
                ("two million", "indian rupee"),
                ("$24,000", "dollar"),
                ("one million", "indian rupee"),
                ("$12,000", "dollar"),
            ],
        ),
        (
            "Rooms cost 3,000 baht (the equivalent of US$85), suites 6,000 (the equivalent"
            " of US$170).",
            [
                ("3,000", "thai baht"),
                ("US$85", "dollar"),
                ("6,000", "thai baht"),
                ("US$170", "dollar"),
            ],
        ),
        (
            "Rooms cost 3,000 baht (approx. US$85), suites 6,000 (approx. US$170).",
            [
                ("3,000", "thai baht"),
                ("US$85", "dollar"),
                ("6,000", "thai baht"),
                ("US$170", "dollar"),
            ],
        ),
        (
            "Rooms cost 3,000 baht (~US$85), suites 6,000 (~US$170).",
            [
                ("3,000", "thai baht"),
                ("US$85", "dollar"),
                ("6,000", "thai baht"),
                ("US$170", "dollar"),
            ],
        ),
        # not at another rate, nor with no amount converted before it
        (
            "A pass costs 9,000 rupees ($108) and 2,000 ($90) buys a week.",
            [("9,000", "indian rupee"), ("$108", "dollar"), ("2,000", None), ("$90", "dollar")],
        ),
        ("The fine is 5,000 (about $60).", [("5,000", None), ("$60", "dollar")]),
        ("The fine is 5,000 (the equivalent of about $60).", [("5,000", None), ("$60", "dollar")]),
    ],
)
def test_a_bare_number_before_its_conversion_is_in_the_unit_converted_so_before(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.unit) for q in numbers(text)] == expected
