"""What plugins produce: facts, and the fields that hold them."""

from __future__ import annotations

import bisect
import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any, TypeVar

import attrs

F = TypeVar("F", bound="Fact")


def _json_ready(value: Any) -> Any:
    if isinstance(value, Fact):
        return value.to_dict()
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_json_ready(v) for v in value]
    return value


def _check_offsets(fact: Fact, attribute: attrs.Attribute[Any], end: int) -> None:
    if not 0 <= fact.start <= end:
        raise ValueError(f"bad offsets {fact.start}..{end} for {fact.text!r}")
    if end - fact.start != len(fact.text):
        raise ValueError(f"offsets {fact.start}..{end} do not span {fact.text!r}")


@attrs.frozen(kw_only=True)
class Fact:
    """Base class of every fact: a stretch of the article text and what it means.

    ``article.text[start:end] == text`` holds for every fact a plugin returns; the core checks
    it. Subclasses add their own attributes, all keyword-only::

        @attrs.frozen(kw_only=True)
        class Weather(newsfacts.Fact):
            condition: str
    """

    text: str
    start: int
    end: int = attrs.field(validator=_check_offsets)

    @classmethod
    def at(cls: type[F], source: str, start: int, end: int, **attributes: Any) -> F:
        """Build a fact covering ``source[start:end]``; the usual way plugins create facts."""
        return cls(text=source[start:end], start=start, end=end, **attributes)

    def to_dict(self) -> dict[str, Any]:
        """The fact as a JSON-ready dict: ``text``, ``start``, ``end`` and its own attributes."""
        return {
            field.name: _json_ready(getattr(self, field.name)) for field in attrs.fields(type(self))
        }


def _names(names: Iterable[str]) -> tuple[str, ...]:
    # A typed converter: with a bare ``tuple`` mypy cannot tell what Field(needs=...) accepts.
    return tuple(names)


@attrs.frozen
class Field:
    """A key of the combined result, declared by the plugin that fills it.

    ``needs`` names fields whose facts this field reads; the core extracts them first and
    passes their facts to :func:`~newsfacts.hookspecs.newsfacts_extract` (see
    :doc:`/resolution`). A needed field that is not installed, or failed, arrives empty.
    """

    name: str = attrs.field(validator=attrs.validators.matches_re(r"[a-z][a-z0-9_]*"))
    fact_type: type[Fact]
    description: str
    needs: tuple[str, ...] = attrs.field(default=(), converter=_names)


def sorted_facts(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """Facts in text order (start, then longest first), as every field of a result is."""
    return tuple(sorted(facts, key=lambda fact: (fact.start, -fact.end)))


class SpanSet:
    """The stretches of text covered by some facts, for fast overlap questions.

    Plugins use it to respect facts of the fields they need: the numbers plugin skips what
    ``SpanSet(facts["dates"])`` covers.
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, facts: Iterable[Fact] = ()) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((fact.start, fact.end) for fact in facts):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` shares at least one character with a covered stretch."""
        index = bisect.bisect_right(self._starts, start) - 1
        if index >= 0 and self._ends[index] > start:
            return True
        return index + 1 < len(self._starts) and self._starts[index + 1] < end

    def contains(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` lies inside one covered stretch."""
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and self._ends[index] >= end

    def __len__(self) -> int:
        return len(self._starts)
