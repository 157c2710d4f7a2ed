"""The locations field on names in capitals with an apostrophe: after a name's first letter
("N'DJAMENA", looked up as "N'Djamena") and a possessive's ("ST. JOHN'S", looked up as
"St. John's", the Newfoundland city, not "St. John" with its possessive stripped, Saint
John of New Brunswick). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "N'DJAMENA 2003-04-11\nThe cabinet met on Friday.",
            [("N'DJAMENA", "N'Djamena", "TD")],
        ),
        (
            "ST. JOHN'S, Newfoundland (CP) - The council met on Monday.",
            [
                ("ST. JOHN'S", "St. John's", "CA"),
                ("Newfoundland", "Newfoundland and Labrador", "CA"),
            ],
        ),
        # a possessive in capitals is still stripped
        ("CAMBRIDGE'S MAYOR QUITS AFTER VOTE", [("CAMBRIDGE", "Cambridge", "GB")]),
    ],
)
def test_a_name_in_capitals_with_an_apostrophe_is_looked_up_as_written(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(place.text, place.name, place.country_code) for place in places(text)]
    assert found == expected
