"""The ``numbers`` field: a unit's word written in lower case, here with a capital before
another capitalized word, opens a name, no unit ("8 Rand Paul.", "3 Dollar General
stores"), unless a capitalized word before the number makes the line a title ("Gains 3
Dollars On Supply Fears") or the unit is written so ("25 Celsius Tuesday")."""

from __future__ import annotations

import pytest

from number_checks import written


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit"),
    [
        ("Top five:\n\n7 Ann Lee.\n\n8 Rand Paul.\n\n9 Tim Cole.", "8", "count", None),
        ("He beat 8 Rand Paul supporters in a straw poll.", "8", "count", None),
        ("The chain opened 3 Dollar General stores in May.", "3", "count", None),
        (
            "Degrees awarded: 40 First Class, 812 Second Class, 51 Third Class.",
            "812",
            "count",
            None,
        ),
        # units
        ("Prices rose to 14 Rand in June.", "14", "money", "south african rand"),
        ("Oil Gains 3 Dollars On Supply Fears", "3", "money", "dollar"),
        ("Mayor Surges to +12 Point Lead in Ohio.", "12", "measure", "point"),
        ("Temperatures hit 25 Celsius Tuesday.", "25", "measure", "celsius"),
    ],
)
def test_a_capitalized_unit_word_before_a_name_opens_it(
    text: str, span: str, kind: str, unit: str | None
) -> None:
    quantity = written(text, span)
    assert (quantity.kind, quantity.unit) == (kind, unit)
