"""A day a forecast is for is still to come: after "is forecast" or "are predicted" ("Snow is
forecast Thursday"), after "forecast to", "predicted to" or "projected to" ("Temperatures
are forecast to reach 40C on Saturday"), and near "predict" or "predicts" ("Forecasters
predict snow on Saturday"); "forecast on" without "is" or "are" is the day a forecast was
made ("The bank forecast on Tuesday that"). The sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import Row, check

WEDNESDAY = dt.date(2026, 9, 2)  # Wednesday 2 September 2026

FORECASTS: list[Row] = [
    ("Snow is forecast Thursday across the Rockies.", "Thursday", WEDNESDAY, "DATE", "2026-09-03"),
    (
        "Temperatures are forecast to reach 40C on Saturday.",
        "Saturday",
        WEDNESDAY,
        "DATE",
        "2026-09-05",
    ),
    ("Growth is projected to slow in March.", "March", WEDNESDAY, "DATE", "2027-03"),
    ("Forecasters predict heavy snow on Saturday.", "Saturday", WEDNESDAY, "DATE", "2026-09-05"),
    (
        "Heavy rain is forecast on Saturday in the north.",
        "Saturday",
        WEDNESDAY,
        "DATE",
        "2026-09-05",
    ),
    # a forecast told of in the past stays in the past, and so does the day one was made
    (
        "The bank forecast on Tuesday that inflation would ease.",
        "Tuesday",
        WEDNESDAY,
        "DATE",
        "2026-09-01",
    ),
    (
        "The storm hit on Sunday, as forecasters had predicted.",
        "Sunday",
        WEDNESDAY,
        "DATE",
        "2026-08-30",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "published", "kind", "value"), FORECASTS)
def test_a_day_forecast_is_to_come(
    sentence: str, expression: str, published: dt.date, kind: str, value: str
) -> None:
    check(sentence, expression, published, kind, value)


def test_predict_as_an_infinitive_looks_nowhere() -> None:
    check(
        "The polls failed to predict his win on Tuesday night.",
        "Tuesday night",
        WEDNESDAY,
        "DATE",
        "2026-09-01TNI",
    )
