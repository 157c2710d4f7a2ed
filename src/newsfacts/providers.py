"""How a plugin fills a field: the records its ``register`` calls make.

A plugin's :func:`~newsfacts.hookspecs.newsfacts_register_fields` hook calls ``register``
once per field; each call becomes a :class:`Provider`, and the core picks one provider per
field name (see :doc:`/resolution`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar

import attrs

from newsfacts.document import Document
from newsfacts.facts import Fact, FactMap, Field

F = TypeVar("F", bound=Fact)

#: The signature of a field's extract function: ``extract(document, needed, options)``.
ExtractFunction = Callable[[Document, FactMap, Any], Iterable[F]]


class Register(Protocol):
    """The ``register`` callback a plugin's ``newsfacts_register_fields`` hook receives."""

    def __call__(
        self,
        field: Field[F],
        extract: ExtractFunction[F],
        *,
        needs: Iterable[Field[Any] | str] = (),
        options: type[Any] | None = None,
        replaces: bool = False,
    ) -> None:
        """Register ``extract`` as the way this plugin fills ``field``."""


def _names(needs: Iterable[Field[Any] | str]) -> tuple[str, ...]:
    return tuple(need.name if isinstance(need, Field) else need for need in needs)


def _check_options(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (isinstance(value, type) and attrs.has(value)):
        raise TypeError(f"options must be an attrs class, got {value!r}")


@attrs.frozen
class Provider:
    """One way of filling a field: which plugin, how, and with what it needs.

    ``needs`` are field names; ``options`` is the attrs class a configuration fills (None
    when the field takes no options); ``replaces`` says the plugin means to replace another
    provider of the same field name (a built-in one, typically).
    """

    #: The name of the plugin that registered it.
    plugin: str
    #: The field it fills.
    field: Field[Any]
    #: ``extract(document, needed, options)``: the field's facts in ``document``.
    extract: ExtractFunction[Any] = attrs.field(validator=attrs.validators.is_callable())
    #: The names of the fields whose facts ``extract`` reads.
    needs: tuple[str, ...] = attrs.field(default=(), converter=_names)
    #: The attrs class of the plugin's options for this field, or None.
    options: type[Any] | None = attrs.field(default=None, validator=_check_options)
    #: Whether it replaces another provider of a field of the same name.
    replaces: bool = False

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.field, Field):
            raise TypeError(f"expected a newsfacts.Field, got {self.field!r}")
