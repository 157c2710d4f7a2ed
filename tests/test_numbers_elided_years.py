"""The ``numbers`` field: a year written with its century elided after an apostrophe is no
quantity ("in ’04", "’04 and ’08", "since '99, when", tokenized "in ' 87 or ' 88"),
before a mark or a word that starts no noun; a decade ("the '70s") and a count before its
noun ("'20 people came", "the film '13 Hours'") stay as before.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    "text",
    [
        "He ran in ’04 and ’08, and lost.",
        "Since '99, when the plant shut, the town shrank.",
        "She recalled a talk in ' 87 or ' 88 that changed her.",
        "Prices peaked in ‘06 as rates rose.",
    ],
)
def test_an_elided_year_is_no_quantity(text: str) -> None:
    assert facts(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("She said '20 people came'.", [("20", 20, "count", None, None)]),
        ("The film '13 Hours' opened.", [("13", 13, "measure", "hour", None)]),
        ("In '09, 40 jobs went.", [("40", 40, "count", None, None)]),
    ],
)
def test_a_count_after_an_apostrophe_stays(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows
