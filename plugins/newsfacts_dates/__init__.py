"""The dates plugin for newsfacts: time expressions normalized TIMEX3-style.

The rules live in ``grammar`` (patterns and word lists from ``data/``), ``normalize`` and
``amounts`` (readings), ``anchor`` (calendar arithmetic) and ``scan`` (the pass over the text).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

import newsfacts
from newsfacts_dates.scan import join_ranges, scan


@attrs.frozen(kw_only=True)
class TimeExpression(newsfacts.Fact):
    """A time expression and its TIMEX3 normalization.

    ``type`` is DATE, TIME, DURATION or SET; ``value`` the TIMEX3 value ("2025-07-10",
    "XXXX-WXX-4", "P2W", "PRESENT_REF"); ``resolved`` is False when the value needed the
    publication date and none was given; ``range`` holds the start and end values of a
    range ("between Wednesday and Thursday"); ``mod`` the TIMEX3 mod (START, END, MID,
    APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS) or None.
    """

    type: str
    value: str
    resolved: bool = True
    range: tuple[str, str] | None = None
    mod: str | None = None


FIELD = newsfacts.Field(
    "dates", TimeExpression, "Dates, times, durations and sets, normalized TIMEX3-style."
)


@newsfacts.hookimpl
def newsfacts_fields() -> Sequence[newsfacts.Field]:
    return [FIELD]


@newsfacts.hookimpl
def newsfacts_extract(
    document: newsfacts.Document,
    field: newsfacts.Field,
    facts: Mapping[str, Sequence[newsfacts.Fact]],
) -> Sequence[newsfacts.Fact] | None:
    if field.name != FIELD.name:
        return None
    return [
        TimeExpression.at(
            document.text,
            span.start,
            span.end,
            type=span.reading.type,
            value=span.reading.value,
            resolved=span.reading.resolved,
            range=span.range,
            mod=span.reading.mod,
        )
        for span in join_ranges(document.text, list(scan(document)))
    ]
