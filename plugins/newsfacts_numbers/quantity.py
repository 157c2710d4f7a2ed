"""The fact type of the ``numbers`` field."""

from __future__ import annotations

import attrs

import newsfacts

#: The kinds a :class:`Quantity` can have.
KINDS = ("count", "money", "percent", "measure", "ordinal", "fraction")
#: The qualifiers, from the words around the number.
QUALIFIERS = (">=", ">", "<=", "<", "~", "=")
#: The events a count of people can carry.
EVENTS = (
    "killed",
    "wounded",
    "missing",
    "arrested",
    "displaced",
    "evacuated",
    "detained",
    "protested",
)


@attrs.frozen(kw_only=True)
class Quantity(newsfacts.Fact):
    """A number in the text: a count, an amount of money, a percentage, a measure, an
    ordinal or a fraction, normalized.

    The span covers the number with its currency symbol, scale word and percent sign or word
    ("$3bn", "15 per cent", "1.2 million", "between 5 and 10"); qualifier words and unit
    nouns are attributes only.
    """

    #: The number itself (int when whole). For a range or a vague count, its low end.
    value: int | float | None
    #: Low and high ends of a range ("5-10") or vague count ("hundreds of": 200..999).
    low: int | float | None = None
    high: int | float | None = None
    #: One of :data:`KINDS`.
    kind: str = "count"
    #: Canonical unit ("km", "mile", "hour", "percent"); for money the currency's name.
    unit: str | None = None
    #: ISO 4217 code for money ("USD", "GBP", "EUR", "UAH").
    currency: str | None = None
    #: One of :data:`QUALIFIERS`: "at least two" is ">=", "about 5" is "~".
    qualifier: str = "="
    #: The noun phrase counted: "Shahed and decoy drones" in "397 Shahed and decoy drones".
    counted: str | None = None
    #: What happened to the counted people, one of :data:`EVENTS`, or None.
    event: str | None = None
