"""The ``numbers`` field: "a fifth" after "by" and a qualifier ("rose by more than a fifth to
12,400", "fell by almost a third in March") is a part, a fraction with that qualifier, as
"rose by a fifth to 12,400" is; "beaten by a third-round knockout" is still a rank."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "part", "value", "kind", "qualifier"),
    [
        ("Deportations rose by more than a fifth to 12,400.", "a fifth", 0.2, "fraction", ">"),
        ("Sales fell by almost a third in March.", "a third", 1 / 3, "fraction", "~"),
        ("Prices rose by about a quarter last year.", "a quarter", 0.25, "fraction", "~"),
        ("Exports rose by a fifth to $4bn.", "a fifth", 0.2, "fraction", "="),
        # a rank before its noun
        ("The champion was beaten by a third-round knockout.", "third", 3, "ordinal", "="),
    ],
)
def test_a_part_after_by_and_a_qualifier(
    text: str, part: str, value: float, kind: str, qualifier: str
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == part]
    assert quantity.value == pytest.approx(value)
    assert (quantity.kind, quantity.qualifier) == (kind, qualifier)
