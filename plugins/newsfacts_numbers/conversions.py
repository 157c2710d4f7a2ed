"""A bare number before its conversion in brackets, in the unit of an earlier amount that
the text converts at the same rate: "3,150,000 yen ($28,900) for the base model and 2,990,000
($27,430) for the hybrid" (the second in yen too)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers.patterns import CONCURRENT
from newsfacts_numbers.raw import Raw

# Between an amount and its conversion in brackets, maybe with a few words of it, one of them
# abbreviated, or a tilde: " (", " (about ", " (or about ", " (the equivalent of ",
# " (approx. ", " (~"
_OPENING = compiled(
    r"""[ \t]*+\([ \t]*+
    (?:\p{Ll}++\.?+[ \t]++){0,3}+  # "about ", "or roughly ", "the equivalent of ", "approx. "
    ~?+                         # "(~$60)"
    """,
    regex.VERBOSE,
)
_OPENING_FIRST = frozenset(" \t(")  # what _OPENING starts with
# How far apart two rates of one conversion may be, each amount rounded: 2,435,000 / 22,480
# and 2,380,000 / 21,972 differ by a thousandth; "5,000 ($290)" and "2,500 ($200)" are no
# amounts at one rate.
_SAME_RATE = Decimal("0.03")
_CONVERTED = ("money", "measure")


def units_of_conversions(text: str, raws: list[Raw]) -> None:
    """A bare count right before an amount in brackets ("2,380,000 ($21,972)") is in the
    unit of the last amount before it that the text converts into the bracket's unit at the
    same rate ("2,435,000 yen ($22,480)"); with none, it stays a count."""
    # The conversions read so far, by the bracket's unit: (rate, the amount converted)
    rates: dict[str, list[tuple[Decimal, Raw]]] = {}
    for first, second in itertools.pairwise(raws):
        if second.kind not in _CONVERTED or second.unit is None or not second.value:
            continue
        if text[first.tail : first.tail + 1] not in _OPENING_FIRST:
            continue  # the common case ("$1, $2"), decided without the regex
        if _OPENING.fullmatch(text, first.tail, second.start, CONCURRENT) is None:
            continue
        rate = first.value / second.value
        if first.kind in _CONVERTED and first.unit not in (None, second.unit):
            rates.setdefault(second.unit, []).append((rate, first))
        elif _bare(first):
            _take_unit(first, rate, rates.get(second.unit, []))


def _bare(raw: Raw) -> bool:
    return raw.kind == "count" and raw.unit is None and not raw.vague and raw.value > 0


def _take_unit(bare: Raw, rate: Decimal, converted: Sequence[tuple[Decimal, Raw]]) -> None:
    for other_rate, amount in reversed(converted):
        if abs(rate - other_rate) <= _SAME_RATE * other_rate:
            bare.kind, bare.unit, bare.currency = amount.kind, amount.unit, amount.currency
            return
