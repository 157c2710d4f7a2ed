"""What plugins produce: facts, and the fields that hold them."""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import operator
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Generic, TypeVar, overload

import attrs

from newsfacts.convert import from_json

F = TypeVar("F", bound="Fact")
# Fields are read-only keys: a Field[Person] is a Field[Fact] too.
F_co = TypeVar("F_co", bound="Fact", covariant=True)


_JSON_SCALARS = frozenset({str, int, float, bool})


def _json_ready(value: Any) -> Any:
    if value is None or type(value) in _JSON_SCALARS:  # nearly every attribute: answer at once
        return value
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

    #: The stretch of the article text the fact was read from.
    text: str
    #: Where it starts in the article text (a Python string index).
    start: int
    #: Where it ends: ``article.text[start:end] == text``.
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

    @classmethod
    def from_dict(cls: type[F], data: Mapping[str, Any]) -> F:
        """The fact a :meth:`to_dict` dict describes (JSON output read back).

        Keys that are not attributes of this class are ignored; a missing or ill-typed
        attribute raises :class:`~newsfacts.InvalidFactError`.
        """
        return from_json(cls, data)


@attrs.frozen
class Field(Generic[F_co]):
    """A key of the combined result: its name, the class of its facts and what it holds.

    A field is a typed key: ``result[NUMBERS]`` is a ``tuple[Quantity, ...]`` for a type
    checker as well as at run time, and so is ``needed[NUMBERS]`` in a plugin that needs
    numbers. The built-in fields are defined in :mod:`newsfacts.fields`; a plugin adding a
    field of its own defines it next to its fact class::

        WEATHER = newsfacts.Field("weather", Weather, "Weather conditions reported.")

    ``label`` and ``color`` are display hints for :func:`newsfacts.render` (a CSS colour);
    without them the name and a default colour are used.
    """

    #: The key in results and JSON output: lower case letters, digits and underscores.
    name: str = attrs.field(validator=attrs.validators.matches_re(r"[a-z][a-z0-9_]*"))
    #: The :class:`Fact` subclass every fact of this field is an instance of.
    fact_type: type[F_co]
    #: One line saying what the field holds (shown by ``newsfacts plugins``).
    description: str
    #: A human label for views; None shows :attr:`name`.
    label: str | None = attrs.field(default=None, kw_only=True)
    #: A CSS colour for views; None takes a default.
    color: str | None = attrs.field(default=None, kw_only=True)


class FactMap(Mapping[str, tuple[Fact, ...]]):
    """Facts by field name, read-only, with typed look-up by :class:`Field`.

    ``facts[PEOPLE]`` is a ``tuple[Person, ...]``; ``facts["people"]`` the same facts
    untyped. A field that is not there reads as an empty tuple when looked up by
    :class:`Field` (a needed field that is not installed, or failed, arrives empty) and
    raises :class:`KeyError` when looked up by name.
    """

    __slots__ = ("_facts",)

    def __init__(self, facts: Mapping[str, Iterable[Fact]] = ()) -> None:  # type: ignore[assignment]
        self._facts: dict[str, tuple[Fact, ...]] = {
            name: tuple(found) for name, found in dict(facts).items()
        }

    @classmethod
    def _of(cls, facts: dict[str, tuple[Fact, ...]]) -> FactMap:
        """The map of ``facts`` as given, not copied: for the core, which makes one for each
        field of each article from a dict of tuples it hands to no one else."""
        made = cls.__new__(cls)
        made._facts = facts
        return made

    @overload
    def __getitem__(self, key: Field[F]) -> tuple[F, ...]: ...
    @overload
    def __getitem__(self, key: str) -> tuple[Fact, ...]: ...
    def __getitem__(self, key: Field[Any] | str) -> tuple[Any, ...]:
        if isinstance(key, Field):
            return self._facts.get(key.name, ())
        try:
            return self._facts[key]
        except KeyError:
            raise KeyError(f"no field named {key!r}; fields: {', '.join(self._facts)}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._facts)

    def __len__(self) -> int:
        return len(self._facts)

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}: {len(found)}" for name, found in self._facts.items())
        return f"FactMap({{{counts}}})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FactMap):
            return self._facts == other._facts
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self._facts.items()))

    def __reduce__(self) -> tuple[type[FactMap], tuple[dict[str, tuple[Fact, ...]]]]:
        return (FactMap, (self._facts,))


def _merged(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and ends of the stretches the spans cover, overlapping ones merged."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


# A fact's (start, end), read in C: plugins make a few SpanSets for every article.
_SPAN = operator.attrgetter("start", "end")


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
        self._starts, self._ends = _merged(map(_SPAN, facts))

    @classmethod
    def of_spans(cls, spans: Iterable[tuple[int, int]]) -> SpanSet:
        """The stretches that (start, end) pairs cover, for spans a plugin found without
        building a fact for each (the numbers plugin's names with numbers in them)."""
        covered = cls()
        covered._starts, covered._ends = _merged(spans)
        return covered

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
