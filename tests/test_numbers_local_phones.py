"""The ``numbers`` field: a local phone number whose last digit is 0 ("call 427-6180") is no
range, where its first three digits are no range's round low end and no "from" or "between"
opens a range before it (``phones.LOCAL_PHONE``); the ranges that run from a round number
stay ranges."""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    "text",
    [
        "To register, call 427-6180 or visit the library.",
        "Questions go to the health office at 318-2270, ext. 4417.",
        "Tips can be left with the county crime line at 226-3100.",
        "Contact the coach at 389-5120 or by e-mail.",
        # as before: a last digit that no round high end has
        "Anyone with information should call police at 362-8147.",
    ],
)
def test_a_local_phone_number_ending_in_0_is_no_range(text: str) -> None:
    assert facts(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Most adults need 800-1200 calories.", [("800-1200", 800, "measure", "calorie", None)]),
        ("Rooms ran 750-1500 a night.", [("750-1500", 750, "count", None, None)]),
        ("The hall seats 125-1250 guests.", [("125-1250", 125, "count", None, None)]),
        ("Test results ranged from 196-2000.", [("196-2000", 196, "count", None, None)]),
        ("Crowds of between 312-1000 came.", [("312-1000", 312, "count", None, None)]),
    ],
)
def test_a_range_to_a_round_number_stays_a_range(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows
