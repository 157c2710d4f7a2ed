""" "fall" and "spring" are verbs as often as seasons: after "to", "and" or "or" they are
verbs ("Prices are expected to fall", "He will rise or fall on his record", "new shops
began to spring up") unless another season joins them ("from spring to fall", "through the
summer and fall"). The sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check, dates

WEDNESDAY = dt.date(2026, 9, 2)  # Wednesday 2 September 2026


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices are expected to fall sharply.",
        "Exports continued to fall, the ministry said.",
        "Oil stocks rise and fall with the price of crude.",
        "The senator will rise or fall on his record.",
        "New cafes began to spring up along the waterfront.",
    ],
)
def test_a_verb_after_to_and_or_is_no_season(sentence: str) -> None:
    assert [fact.text for fact in dates(sentence, WEDNESDAY)] == []


JOINED_SEASONS: list[Row] = [
    ("The park is open from spring to fall.", "fall", WEDNESDAY, "DATE", "2026-FA"),
    (
        "Through the summer and fall, tenants protested the rent rise.",
        "fall",
        WEDNESDAY,
        "DATE",
        "2026-FA",
    ),
    ("Sales peak in spring and fall.", "fall", WEDNESDAY, "DATE", "2026-FA"),
    ("The plant will open in the fall.", "the fall", WEDNESDAY, "DATE", "2026-FA"),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), JOINED_SEASONS)
def test_a_season_joined_to_another_stays_a_season(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)
