"""The ``numbers`` field: "net zero", a climate target's name ("reach net zero by 2045",
"net-zero emissions"), counts nothing; "fell to zero" is still a zero."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    "text",
    [
        "Denmark has pledged to reach net zero by 2045.",
        "The airline targets net-zero emissions by 2050.",
        "Net zero is still the goal, the minister said.",
    ],
)
def test_net_zero_counts_nothing(text: str) -> None:
    assert [q.text for q in numbers(text) if "zero" in q.text.lower()] == []


def test_a_zero_reached_is_a_number() -> None:
    assert [(q.text, q.value) for q in numbers("Inflation fell to zero in May.")] == [("zero", 0)]
