"""A financial year split by a slash or a hyphen in the business shorthand ("FY2026/27", "FY
2025-26") is one date, as "fiscal 2026/27" is: the first year's value, both years in its
range (a two-digit end the next year only).

The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts

JULY_10 = dt.date(2025, 7, 10)


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "span"),
    [
        ("The budget for FY2026/27 was unveiled.", "FY2026/27", "2026", ("2026", "2027")),
        ("Revenue for FY 2025-26 rose 8%.", "FY 2025-26", "2025", ("2025", "2026")),
        ("Targets for FY2025/2026 were cut.", "FY2025/2026", "2025", ("2025", "2026")),
        # one year, as before
        ("The budget for FY2026 was unveiled.", "FY2026", "2026", None),
    ],
)
def test_a_split_fiscal_year_in_shorthand(
    sentence: str, expression: str, value: str, span: tuple[str, str] | None
) -> None:
    dates = newsfacts.extract(newsfacts.Article(text=sentence, published=JULY_10)).dates
    assert [(d.text, d.value, d.range) for d in dates] == [(expression, value, span)]


def test_no_split_year_past_the_next() -> None:
    """ "FY2024/20": the end is no next year, a code rather than a year."""
    article = newsfacts.Article(text="Profit for FY2024/20 fell.", published=JULY_10)
    assert not newsfacts.extract(article).dates
