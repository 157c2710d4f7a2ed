"""The normalized value of a fact in words, for tooltips, the side list and the report.

Works on a fact's dict (:meth:`newsfacts.Fact.to_dict`, a JSON line, a facts-table row), so
the article view and the corpus report say the same thing. The built-in fields get a reading
of their own; any other field lists its attributes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

Lines = tuple[str, ...]

_OFFSETS = frozenset({"text", "start", "end"})
_QUALIFIER_SIGNS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "~": "≈", "=": ""}


def number(value: Any) -> str:
    """A number as people write it: 397, 1,200, 2.5; a whole float without its ``.0``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def count(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``, ``1,200 facts``: a count with its noun."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _present(value: Any) -> bool:
    return value not in (None, "", [], {}, ())


def _joined(*parts: Any) -> str:
    return " ".join(str(part) for part in parts if _present(part))


def _date(fact: Mapping[str, Any]) -> Lines:
    value = fact.get("value")
    span = fact.get("range")
    if isinstance(span, list | tuple) and len(span) == 2:
        value = f"{span[0]} to {span[1]}"
    lines = [_joined(value, f"({fact['type']})" if fact.get("type") else None) or "no value"]
    if _present(fact.get("mod")):
        lines.append(f"modifier: {fact['mod']}")
    if fact.get("resolved") is False:
        lines.append("not resolved: needs the publication date")
    return tuple(lines)


def _ordinal(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return number(value)
    if not math.isfinite(value) or value != int(value):
        return number(value)
    whole = int(value)
    suffix = "th" if 10 <= whole % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(whole % 10, "th")
    return f"{whole:,}{suffix}"


def _quantity(fact: Mapping[str, Any]) -> Lines:
    low, high, value = fact.get("low"), fact.get("high"), fact.get("value")
    sign = _QUALIFIER_SIGNS.get(str(fact.get("qualifier") or "="), str(fact.get("qualifier")))
    if _present(low) and _present(high):  # a range says its bounds itself: no qualifier
        amount, sign = f"{number(low)}–{number(high)}", ""
    elif not _present(value):
        amount = "no value"
    elif fact.get("kind") == "ordinal":
        amount = _ordinal(value)
    else:
        amount = number(value)
    unit = fact.get("currency") or fact.get("unit")
    lines = [_joined(sign, amount, unit)]
    if _present(fact.get("counted")):
        lines.append(f"counted: {fact['counted']}")
    if _present(fact.get("event")):
        lines.append(f"event: {fact['event']}")
    if _present(fact.get("kind")):
        lines.append(f"kind: {fact['kind']}")
    return tuple(lines)


def coordinates(latitude: Any, longitude: Any) -> str | None:
    """``50.4547° N, 30.5238° E``, or None without both coordinates."""
    if not (isinstance(latitude, int | float) and isinstance(longitude, int | float)):
        return None
    north = "N" if latitude >= 0 else "S"
    east = "E" if longitude >= 0 else "W"
    return f"{abs(latitude):.4g}° {north}, {abs(longitude):.4g}° {east}"


def _place(fact: Mapping[str, Any]) -> Lines:
    name = fact.get("name") or fact.get("text")
    lines = [f"{name}, {fact['country_code']}" if fact.get("country_code") else str(name)]
    where = coordinates(fact.get("latitude"), fact.get("longitude"))
    if where:
        lines.append(where)
    if _present(fact.get("kind")):
        lines.append(f"kind: {fact['kind']}" + (" (adjective)" if fact.get("adjectival") else ""))
    return tuple(lines)


def _organization(fact: Mapping[str, Any]) -> Lines:
    name = fact.get("name") or fact.get("text")
    lines = [f"{name} ({fact['acronym']})" if fact.get("acronym") else str(name)]
    if _present(fact.get("kind")):
        lines.append(f"kind: {fact['kind']}")
    return tuple(lines)


def _person(fact: Mapping[str, Any]) -> Lines:
    lines = [str(fact.get("name") or fact.get("text"))]
    if _present(fact.get("title")):
        lines.append(f"title: {fact['title']}")
    if _present(fact.get("role")):
        lines.append(f"role: {fact['role']}")
    if _present(fact.get("age")):
        lines.append(f"age: {fact['age']}")
    if _present(fact.get("party")):
        lines.append(f"party: {fact['party']}")
    return tuple(lines)


def _quote(fact: Mapping[str, Any]) -> Lines:
    speaker = fact.get("speaker")
    lines = [f"said by {speaker}" if speaker else "speaker unknown"]
    how = _joined(fact.get("cue"), f"({fact['channel']})" if fact.get("channel") else None)
    if how:
        lines.append(f"cue: {how}")
    if fact.get("partial"):
        lines.append("partial quote")
    return tuple(lines)


def _attribute_text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_attribute_text(item) for item in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={_attribute_text(v)}" for k, v in value.items())
    return number(value) if isinstance(value, int | float) else str(value)


def attributes(fact: Mapping[str, Any]) -> Lines:
    """Every attribute that has a value, ``name: value``; what a field of unknown kind shows."""
    lines = tuple(
        f"{key}: {_attribute_text(value)}"
        for key, value in fact.items()
        if key not in _OFFSETS and _present(value)
    )
    return lines or ("no attributes",)


_READINGS: Mapping[str, Callable[[Mapping[str, Any]], Lines]] = {
    "dates": _date,
    "numbers": _quantity,
    "locations": _place,
    "organizations": _organization,
    "people": _person,
    "quotes": _quote,
}


def describe(field: str, fact: Mapping[str, Any]) -> Lines:
    """Lines telling what ``fact`` of ``field`` means; the first is its normalized value."""
    reading = _READINGS.get(field, attributes)
    try:
        return reading(fact)
    except (KeyError, TypeError, ValueError):  # a fact shaped unlike the built-in one
        return attributes(fact)
