"""A number as the scan finds it, before ranges are joined and its context is read."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(slots=True)
class Raw:
    """A number found in the text, before ranges are joined and context is read."""

    start: int
    end: int  # end of the span (number, symbol, scale, percent sign)
    tail: int  # end of the unit word, where the counted noun phrase would start
    value: Decimal
    kind: str = "count"
    unit: str | None = None
    currency: str | None = None
    multiplier: int = 1  # the scale applied, shared with the other end of a range
    low: Decimal | None = None
    high: Decimal | None = None
    vague: bool = False
