"""How each field looks: its label and colour, from the field's own display hints.

A :class:`~newsfacts.Field` may carry ``label`` and ``color``; the built-in fields declare
theirs in :mod:`newsfacts.fields`, the one table of their colours. Hints are read with
:func:`getattr`, so any field-like object works; a field without a colour gets one of
:data:`DEFAULT_PALETTE`, chosen from its name and so the same on every page.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from typing import Any

import attrs

from newsfacts.facts import Field
from newsfacts.fields import BUILT_IN_FIELDS
from newsfacts.manager import installed_fields

#: Colours for fields that bring none of their own, picked by a hash of the field's name.
DEFAULT_PALETTE = ("#db2777", "#65a30d", "#4f46e5", "#ca8a04", "#0d9488", "#9333ea", "#475569")

# Only colours that cannot break out of a CSS declaration: hex codes, colour keywords and
# colour functions of numbers ("rgb(42 157 143)", "hsl(170deg 58% 39% / 0.9)").
_SAFE_COLOR = re.compile(
    r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[a-zA-Z]{3,30}"
    r"|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%/ +-]{1,60}\)"
)
_CLASS_SAFE = re.compile(r"[a-z][a-z0-9_]{0,40}")


@attrs.frozen
class FieldStyle:
    """How one field is shown: ``label`` in the legend, ``color`` of its marks, a CSS class."""

    name: str
    label: str
    color: str
    description: str | None = None

    @property
    def css_class(self) -> str:
        """A CSS class unique to the field name, safe whatever the name holds."""
        if _CLASS_SAFE.fullmatch(self.name):
            return f"nf-f-{self.name}"
        return f"nf-f-x{zlib.crc32(self.name.encode('utf-8')):08x}"


def default_color(name: str) -> str:
    """The palette colour of a field that has none of its own (stable across runs)."""
    return DEFAULT_PALETTE[zlib.crc32(name.encode("utf-8")) % len(DEFAULT_PALETTE)]


def style_of(name: str, field: object | None = None) -> FieldStyle:
    """The style of field ``name``; ``field`` (a :class:`~newsfacts.Field`) may give hints."""
    label = getattr(field, "label", None) or name.replace("_", " ").capitalize()
    color = getattr(field, "color", None)
    if not (isinstance(color, str) and _SAFE_COLOR.fullmatch(color)):
        color = default_color(name)
    description = getattr(field, "description", None)
    return FieldStyle(
        name, str(label), color, description if isinstance(description, str) else None
    )


def known_fields(names: Iterable[str]) -> dict[str, Field[Any]]:
    """The fields of these names among the built-in and the installed ones."""
    known = {field.name: field for field in BUILT_IN_FIELDS}
    if any(name not in known for name in names):  # a plugin's: look only when needed
        known.update((field.name, field) for field in installed_fields())
    return known


def styles_for(
    names: Iterable[str], fields: Iterable[object] | None = None
) -> dict[str, FieldStyle]:
    """The styles of the named fields, in the given order.

    The hints come from ``fields`` where given, else from the built-in and installed fields.
    """
    names = list(names)
    by_name: dict[str | None, object] = {}
    if fields is None:
        by_name.update(known_fields(names))
    else:
        by_name.update((getattr(field, "name", None), field) for field in fields)
    return {name: style_of(name, by_name.get(name)) for name in names}
