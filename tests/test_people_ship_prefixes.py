"""The people field on ships named with a royal title after a navy's prefix ("HMS Queen
Elizabeth", "RMS Queen Mary 2"): the ship, no queen (``vessels.py``,
``data/vessel_prefixes.txt``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carrier strike group led by HMS Queen Elizabeth sailed into the Gulf.", []),
        ("The liner RMS Queen Mary 2 docked in Southampton on Friday.", []),
        ("HMS Prince of Wales left Portsmouth with 1,600 sailors aboard.", []),
        # the queen herself, with no prefix before her title
        ("Queen Camilla visited the ship's crew on Monday.", [("Camilla", "Queen", None)]),
        # a person named after the ship's name
        (
            "Sailors aboard HMS Queen Elizabeth cheered Commodore Jane Bell.",
            [("Jane Bell", "Commodore", None)],
        ),
    ],
)
def test_a_ship_named_with_a_royal_title_is_no_person(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
