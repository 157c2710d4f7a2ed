"""How each field looks: its label and colour, from the field's own hints or this table.

A field may carry display hints, ``label`` and ``color`` (read with :func:`getattr`, so a field
without them still works); a built-in field falls back to :data:`BUILT_IN_STYLES`, any other
field to a colour of :data:`DEFAULT_PALETTE` chosen from its name, the same on every page.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping

import attrs

#: Label and colour of each built-in field, in one place.
BUILT_IN_STYLES: Mapping[str, tuple[str, str]] = {
    "dates": ("Dates", "#2563eb"),
    "numbers": ("Numbers", "#d97706"),
    "quotes": ("Quotes", "#059669"),
    "people": ("People", "#7c3aed"),
    "locations": ("Places", "#dc2626"),
    "organizations": ("Organizations", "#0891b2"),
}

#: Colours for fields that bring none of their own, picked by a hash of the field's name.
DEFAULT_PALETTE = ("#db2777", "#65a30d", "#4f46e5", "#ca8a04", "#0d9488", "#9333ea", "#475569")

# Only colours that cannot break out of a CSS declaration: hex codes and colour keywords.
_SAFE_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[a-zA-Z]{3,30}")
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
    built_in_label, built_in_color = BUILT_IN_STYLES.get(name, (None, None))
    label = getattr(field, "label", None) or built_in_label or name.replace("_", " ").capitalize()
    color = getattr(field, "color", None)
    if not (isinstance(color, str) and _SAFE_COLOR.fullmatch(color)):
        color = built_in_color or default_color(name)
    description = getattr(field, "description", None)
    return FieldStyle(
        name, str(label), color, description if isinstance(description, str) else None
    )


def styles_for(
    names: Iterable[str], fields: Iterable[object] | None = None
) -> dict[str, FieldStyle]:
    """The styles of the named fields, in the given order, using the hints of ``fields``."""
    by_name = {getattr(field, "name", None): field for field in fields or ()}
    return {name: style_of(name, by_name.get(name)) for name in names}
