"""The ``numbers`` field: a currency named with its nation's adjective, as wire copy names
the currencies of smaller markets, is money in that nation's currency ("3 billion Thai baht",
"40 million Iraqi dinars"), where each was a count of "Thai baht"; the adjective tells the
code where the bare word would not ("Moroccan dirhams" are no UAE dirhams)."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The airport cost 3 billion Thai baht.",
            [("3 billion", 3000000000, "money", "thai baht", "THB")],
        ),
        (
            "Smugglers were fined 40 million Iraqi dinars.",
            [("40 million", 40000000, "money", "iraqi dinar", "IQD")],
        ),
        (
            "The port took 500 million Moroccan dirhams and 2 million dirhams more.",
            [
                ("500 million", 500000000, "money", "moroccan dirham", "MAD"),
                ("2 million", 2000000, "money", "uae dirham", "AED"),
            ],
        ),
        (
            "Each family got 20,000 Congolese francs.",
            [("20,000", 20000, "money", "congolese franc", "CDF")],
        ),
        (
            "Chipmakers raised 9 billion Taiwan dollars.",
            [("9 billion", 9000000000, "money", "new taiwan dollar", "TWD")],
        ),
        (
            "Bread costs 1,200 Sri Lankan rupees.",
            [("1,200", 1200, "money", "sri lankan rupee", "LKR")],
        ),
    ],
)
def test_nation_currencies(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
