"""The ``numbers`` field: clock times in words are no quantity: the hour before "o'clock"
("at six o'clock", "by 10 o'clock") and twelve before "noon" or "midnight" ("until 12 noon",
"from twelve midnight"); each was a count of "o'clock" or "noon". Hours counted stay."""

from __future__ import annotations

import pytest

from number_checks import Row, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote was held at six o'clock in the evening.", []),
        ("Crews must leave by 10 o’clock, the council said.", []),
        ("Trains will not run until 12 noon on Sunday.", []),
        ("The curfew starts at twelve midnight.", []),
        ("Eleven o'clock came and went.", []),
        # hours counted, and a count before "noon" or "midnight" that is no clock time
        ("She waited six hours until noon.", [("six", 6, "measure", "hour", None)]),
        ("Some 12 people left at midnight.", [("12", 12, "count", None, None)]),
    ],
)
def test_clock_words(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected
