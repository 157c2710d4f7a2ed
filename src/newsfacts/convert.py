"""JSON values back to typed attribute values: how facts and results are read from JSON.

The inverse of :meth:`newsfacts.Fact.to_dict`: a list becomes the tuple an attribute is
annotated with, an ISO string a date, and a value of the wrong type a clear
:class:`~newsfacts.InvalidFactError` rather than a fact that breaks later.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Hashable, Mapping
from pathlib import PurePath
from typing import Any, TypeVar

import attrs

from newsfacts.errors import InvalidFactError

T = TypeVar("T")

#: What :func:`coerce` returns for a value that is not of the type asked for.
NOTHING = object()


@functools.cache
def attribute_types(cls: Any) -> dict[str, Any]:
    """The resolved type annotation of each attrs attribute of ``cls``, by name."""
    attrs.resolve_types(cls)
    return {attribute.name: attribute.type for attribute in attrs.fields(cls)}


def from_json(cls: type[T], data: Mapping[str, Any]) -> T:
    """Build an attrs instance of ``cls`` from a JSON object, converting and checking types."""
    if not isinstance(data, Mapping):
        raise InvalidFactError(cls.__name__, f"expected a JSON object, got {type(data).__name__}")
    types_by_name = attribute_types(typing.cast(Hashable, cls))
    values: dict[str, Any] = {}
    attributes: tuple[attrs.Attribute[Any], ...] = attrs.fields(cls)  # type: ignore[arg-type]
    for attribute in attributes:
        if attribute.name not in data:
            if attribute.default is attrs.NOTHING:
                raise InvalidFactError(attribute.name, f"missing from {cls.__name__}")
            continue
        value = coerce(data[attribute.name], types_by_name[attribute.name])
        if value is NOTHING:
            raise InvalidFactError(
                attribute.name,
                f"{data[attribute.name]!r} is not a {type_name(types_by_name[attribute.name])}",
            )
        values[attribute.name] = value
    try:
        return cls(**values)
    except (TypeError, ValueError) as error:
        raise InvalidFactError(cls.__name__, str(error)) from None


def type_name(annotation: Any) -> str:
    """A short readable name of a type annotation, for messages."""
    return getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")


def coerce(value: Any, annotation: Any) -> Any:
    """``value`` as an ``annotation``, or NOTHING when it is not one."""
    if annotation is Any or annotation is object:
        return value
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        for arm in typing.get_args(annotation):
            converted = coerce(value, arm)
            if converted is not NOTHING:
                return converted
        return NOTHING
    if annotation is type(None):
        return None if value is None else NOTHING
    if origin in (tuple, list):
        return _coerce_sequence(value, origin, typing.get_args(annotation))
    if origin in (dict, Mapping) or annotation is dict:
        return dict(value) if isinstance(value, Mapping) else NOTHING
    if isinstance(annotation, type):
        return _coerce_scalar(value, annotation)
    return value  # an annotation we do not check (a Literal, a TypeVar): taken as it is


def _coerce_sequence(value: Any, origin: type[Any], arguments: tuple[Any, ...]) -> Any:
    if not isinstance(value, list | tuple):
        return NOTHING
    if origin is tuple and arguments and arguments[-1] is not Ellipsis:
        if len(arguments) != len(value):
            return NOTHING
        items = [coerce(item, arm) for item, arm in zip(value, arguments, strict=True)]
    else:
        arm = arguments[0] if arguments else Any
        items = [coerce(item, arm) for item in value]
    if any(item is NOTHING for item in items):
        return NOTHING
    return origin(items)


def _coerce_scalar(value: Any, annotation: type[Any]) -> Any:
    if annotation is bool:
        return value if isinstance(value, bool) else NOTHING
    if annotation is int:
        return value if isinstance(value, int) and not isinstance(value, bool) else NOTHING
    if annotation is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else NOTHING
    if annotation is str:
        return value if isinstance(value, str) else NOTHING
    if issubclass(annotation, enum.Enum):
        try:
            return annotation(value)
        except ValueError:
            return NOTHING
    if annotation in (dt.date, dt.datetime, dt.time):
        if isinstance(value, annotation):
            return value
        try:
            return annotation.fromisoformat(value) if isinstance(value, str) else NOTHING
        except ValueError:
            return NOTHING
    if issubclass(annotation, PurePath):
        return annotation(value) if isinstance(value, str | PurePath) else NOTHING
    if attrs.has(annotation):
        if isinstance(value, annotation):
            return value
        return from_json(annotation, value) if isinstance(value, Mapping) else NOTHING
    return value if isinstance(value, annotation) else NOTHING
