"""An amount of time whose number is marked as a lower bound: "-plus", "+" or "or more" after it
("15-plus years", "50+ hours", "two or more weeks"), is that amount, ``mod`` EQUAL_OR_MORE:
not the bare unit after it ("years", ``PXY``), which the number alone left. A relative
before it is kept ("the next six-plus weeks", "the past three-plus months"); a hyphen after
the mark makes it an adjective, whose article is the noun's ("the 15-plus-year career").

Each row reads: this sentence, published on Thursday 10 July 2025, holds this expression of
this type, value and mod. The sentences are of the kind news reports write.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import THURSDAY, check_mod, dates

ROWS: list[tuple[str, str, dt.date, str, str, str | None]] = [
    (
        "The mill paid no rates for 15-plus years.",
        "15-plus years",
        THURSDAY,
        "DURATION",
        "P15Y",
        "EQUAL_OR_MORE",
    ),
    (
        "The hearing ran 90-plus minutes.",
        "90-plus minutes",
        THURSDAY,
        "DURATION",
        "PT90M",
        "EQUAL_OR_MORE",
    ),
    ("Crews worked 50+ hours.", "50+ hours", THURSDAY, "DURATION", "PT50H", "EQUAL_OR_MORE"),
    (
        "Tenants who owe two or more months of rent face eviction.",
        "two or more months",
        THURSDAY,
        "DURATION",
        "P2M",
        "EQUAL_OR_MORE",
    ),
    (
        "The strike will drag on for the next six-plus weeks.",
        "the next six-plus weeks",
        THURSDAY,
        "DURATION",
        "P6W",
        "EQUAL_OR_MORE",
    ),
    (
        "Rents climbed during the past three-plus months.",
        "the past three-plus months",
        THURSDAY,
        "DURATION",
        "P3M",
        "EQUAL_OR_MORE",
    ),
    (
        "She ended her 15-plus-year career.",
        "15-plus-year",
        THURSDAY,
        "DURATION",
        "P15Y",
        "EQUAL_OR_MORE",
    ),
    # no mark: the amount as before, no mod
    ("The hearing ran 90 minutes.", "90 minutes", THURSDAY, "DURATION", "PT90M", None),
    ("He served two or three years.", "two or three years", THURSDAY, "DURATION", "P2Y", None),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value", "mod"), ROWS)
def test_a_number_marked_as_a_lower_bound_is_that_amount_or_more(
    sentence: str, expression: str, published: dt.date, kind: str, value: str, mod: str | None
) -> None:
    check_mod(sentence, expression, published, kind, value, mod)


def test_the_bare_unit_after_the_mark_is_no_expression_of_its_own() -> None:
    """ "15-plus years" is one expression: "years" alone (``PXY``) is not found too."""
    found = [(fact.text, fact.value) for fact in dates("The mill paid no rates for 15-plus years.")]
    assert found == [("15-plus years", "P15Y")]
