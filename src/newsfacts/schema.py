"""The JSON Schema of the article records ``newsfacts extract`` prints, built from the fields.

A record is ``{"article": {...}, "facts": {"<field>": [fact, ...]}, "errors": [...]}``; the
article part comes from :class:`~newsfacts.Article`'s attributes, each field's facts from its
fact class's attributes and their type annotations, so a third-party field is described as
precisely as a built-in one. The annotation helpers here also give the facts table
(:mod:`newsfacts.table`) its column types.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import inspect
import types
import typing
from collections.abc import Iterable
from typing import Any

import attrs

from newsfacts.article import Article
from newsfacts.explain import Decision, Step
from newsfacts.facts import Fact, Field
from newsfacts.manager import PluginFailure

__all__ = ["DRAFT", "fact_schema", "json_schema"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"

#: The attributes every fact has (its span); a fact class's own attributes come after them.
SPAN_ATTRIBUTES = tuple(attribute.name for attribute in attrs.fields(Fact))

# What ``date.isoformat()`` and ``datetime.isoformat()`` write. JSON Schema's "date-time"
# format is RFC 3339, which requires a UTC offset: a naive publication time would fail it.
_CLOCK = r"\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?$"
_ISO_DATE_TIME = r"^\d{4}-\d{2}-\d{2}T" + _CLOCK
_ISO_TIME = "^" + _CLOCK
_TEMPORAL: dict[object, dict[str, Any]] = {
    dt.datetime: {"type": "string", "pattern": _ISO_DATE_TIME},
    dt.date: {"type": "string", "format": "date"},
    dt.time: {"type": "string", "pattern": _ISO_TIME},
}
_SCALARS: dict[object, dict[str, Any]] = {
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    str: {"type": "string"},
}
_SCALAR_TYPES = (bool, int, float, str)
_SEQUENCES = (
    tuple,
    list,
    set,
    frozenset,
    collections.abc.Sequence,
    collections.abc.MutableSequence,
    collections.abc.Set,
    collections.abc.MutableSet,
)
_MAPPINGS = (dict, collections.abc.Mapping, collections.abc.MutableMapping)


def annotations_of(cls: type) -> dict[str, object]:
    """The type annotation of each attrs attribute of ``cls``, in declaration order.

    String annotations (``from __future__ import annotations``) are resolved; an attribute
    whose annotation cannot be resolved (a name only a type checker imports) maps to None,
    which both the schema and the table treat as "any JSON value".
    """
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # one unresolvable forward reference: keep the attributes that have types
        hints = {}
    return {
        attribute.name: hints.get(
            attribute.name, None if isinstance(attribute.type, str) else attribute.type
        )
        for attribute in attrs.fields(cls)
    }


def fact_attributes(fact_type: type[Fact]) -> dict[str, object]:
    """A fact class's own attributes (after ``text``, ``start``, ``end``) and their types."""
    return {
        name: annotation
        for name, annotation in annotations_of(fact_type).items()
        if name not in SPAN_ATTRIBUTES
    }


def _union_members(annotation: object) -> tuple[tuple[object, ...], bool]:
    """The members of a union annotation other than None, and whether None is one of them.

    ``int | float | None`` gives ``((int, float), True)``; a plain ``str`` gives ``((str,),
    False)``.
    """
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation) if origin in (typing.Union, types.UnionType) else ()
    if not args:
        args = (annotation,)
    members = tuple(arg for arg in args if arg is not type(None) and arg is not None)
    return members, len(members) < len(args)


def _sequence_items(annotation: object) -> tuple[object, ...] | None:
    """The item types of a sequence annotation, None for anything else.

    ``tuple[str, ...]`` and ``list[str]`` give ``(str,)``; a fixed tuple ``tuple[str, int]``
    gives ``(str, int)``. :meth:`newsfacts.Fact.to_dict` writes every such value as a list.
    """
    if typing.get_origin(annotation) not in _SEQUENCES:
        return None
    args = typing.get_args(annotation)
    if len(args) == 2 and args[1] is Ellipsis:
        return (args[0],)
    return args or None


def value_kind(annotation: object) -> tuple[type, bool] | None:
    """The one type of the JSON-ready values of an attribute annotated ``annotation``.

    Gives bool, int, float or str, and whether the values are lists of it; None when they
    have no one such type (a dict, a nested fact, ``str | int``). ``int | float | None`` gives
    ``(float, False)``, ``tuple[str, str] | None`` ``(str, True)`` and a date ``(str,
    False)``: :meth:`newsfacts.Fact.to_dict` writes dates in ISO 8601 and enums by value.
    """
    members, _ = _union_members(annotation)
    scalar = _common_type({_scalar_type(member) for member in members})
    if scalar is not None:
        return scalar, False
    items = _sequence_items(members[0]) if len(members) == 1 else None
    if items:
        item = _common_type({_scalar_type(m) for each in items for m in _union_members(each)[0]})
        if item is not None:
            return item, True
    return None


def _scalar_type(annotation: object) -> type | None:
    if annotation in _SCALAR_TYPES:
        return typing.cast(type, annotation)
    if annotation in _TEMPORAL:
        return str
    if typing.get_origin(annotation) is typing.Literal:
        values: Iterable[object] = typing.get_args(annotation)
    elif isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        values = (member.value for member in annotation)
    else:
        return None
    return _common_type({type(value) for value in values})


def _common_type(types: set[type | None]) -> type | None:
    """The one type for values of these types: an int is a float, not a bool a number."""
    if types == {int, float}:
        return float
    if len(types) == 1:
        [only] = types
        return only if only in _SCALAR_TYPES else None
    return None


def json_schema(fields: Iterable[Field[Any]]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one article record of ``newsfacts extract``.

    ``fields`` are the fields the records may hold, usually ``newsfacts.Extractor().fields``.
    A record has every attribute of the article (null where it has no value) and every
    attribute of each fact; ``facts`` holds only the given fields, not necessarily all.
    """
    fields = tuple(fields)
    decision = _object_schema(Decision)
    decision["properties"]["steps"]["items"] = {"$ref": "#/$defs/Step"}
    definitions: dict[str, Any] = {
        "Article": _object_schema(Article),
        "Error": _object_schema(PluginFailure),
        "Decision": decision,
        "Step": _object_schema(Step),
    }
    facts: dict[str, Any] = {}
    for field in fields:
        definitions[field.name] = fact_schema(field.fact_type)
        facts[field.name] = {
            "title": field.label or field.name,
            "description": field.description,
            "type": "array",
            "items": {"$ref": f"#/$defs/{field.name}"},
        }
    return {
        "$schema": DRAFT,
        "title": "newsfacts article record",
        "description": (
            "One article's facts as `newsfacts extract` prints them: an object per line with "
            "--format jsonl, the object (or a list of them, for several articles) with --format "
            "json. Fact offsets are offsets into the article's text."
        ),
        "type": "object",
        "properties": {
            "article": {"$ref": "#/$defs/Article"},
            "facts": {
                "description": "Each field's facts, in text order.",
                "type": "object",
                "properties": facts,
                "additionalProperties": False,
            },
            "errors": {
                "description": "The plugins that failed on this article.",
                "type": "array",
                "items": {"$ref": "#/$defs/Error"},
            },
            "trace": {
                "description": (
                    "Why each candidate was kept or dropped: only in the records of a traced "
                    "extraction (Extractor(trace=True))."
                ),
                "type": "array",
                "items": {"$ref": "#/$defs/Decision"},
            },
        },
        "required": ["article", "facts", "errors"],
        "additionalProperties": False,
        "$defs": definitions,
    }


def fact_schema(fact_type: type[Fact]) -> dict[str, Any]:
    """The JSON Schema of one fact of ``fact_type`` as :meth:`newsfacts.Fact.to_dict` gives it."""
    return _fact_schema(fact_type, frozenset())


def _fact_schema(fact_type: type[Fact], seen: frozenset[type]) -> dict[str, Any]:
    schema = _object_schema(fact_type, seen | {fact_type})
    for offset in ("start", "end"):
        schema["properties"][offset] = {"type": "integer", "minimum": 0}
    return schema


def _object_schema(cls: type, seen: frozenset[type] = frozenset()) -> dict[str, Any]:
    """An attrs class as a closed JSON object: one property per attribute, each required."""
    properties = {name: value_schema(t, seen) for name, t in annotations_of(cls).items()}
    schema: dict[str, Any] = {"title": cls.__name__}
    description = _summary(cls)
    if description:
        schema["description"] = description
    schema.update(type="object", properties=properties, required=list(properties))
    schema["additionalProperties"] = False
    return schema


def _summary(cls: type) -> str | None:
    """The first paragraph of a class's own docstring (not one it inherits)."""
    doc = cls.__dict__.get("__doc__")
    if not isinstance(doc, str) or not doc.strip():
        return None
    return " ".join(inspect.cleandoc(doc).split("\n\n")[0].split())


def value_schema(annotation: object, seen: frozenset[type] = frozenset()) -> dict[str, Any]:
    """The JSON Schema of a value annotated ``annotation`` once made JSON-ready.

    Unknown annotations (None, ``Any``, an arbitrary class) give ``{}``: any value.
    """
    members, nullable = _union_members(annotation)
    schemas = [_member_schema(member, seen) for member in members]
    if nullable:
        schemas.append({"type": "null"})
    return _any_of(schemas)


def _any_of(schemas: list[dict[str, Any]]) -> dict[str, Any]:
    if not schemas or {} in schemas:
        return {}
    if len(schemas) == 1:
        return schemas[0]
    if all(schema.keys() == {"type"} for schema in schemas):
        names = list(dict.fromkeys(schema["type"] for schema in schemas))
        if "number" in names and "integer" in names:  # every integer is a number
            names.remove("integer")
        return {"type": names if len(names) > 1 else names[0]}
    return {"anyOf": schemas}


def _member_schema(member: object, seen: frozenset[type]) -> dict[str, Any]:
    if member in _SCALARS:
        return dict(_SCALARS[member])
    if member in _TEMPORAL:
        return dict(_TEMPORAL[member])
    origin = typing.get_origin(member)
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(member))}
    if isinstance(member, type) and issubclass(member, enum.Enum):
        return {"enum": [item.value for item in member]}
    if isinstance(member, type) and issubclass(member, Fact):
        # A fact inside a fact (to_dict nests its dict); a class that contains itself stops.
        return {} if member in seen else _fact_schema(member, seen)
    items = _sequence_items(member)
    if items is not None:
        if origin is tuple and len(typing.get_args(member)) == len(items) > 1:
            return {
                "type": "array",
                "prefixItems": [value_schema(item, seen) for item in items],
                "minItems": len(items),
                "items": False,
            }
        return {"type": "array", "items": value_schema(items[0], seen)}
    if origin in _MAPPINGS and len(typing.get_args(member)) == 2:
        return {"type": "object", "additionalProperties": value_schema(typing.get_args(member)[1])}
    return {}
