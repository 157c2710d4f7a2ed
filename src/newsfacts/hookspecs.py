"""The hook specification: what a newsfacts plugin may implement.

A plugin is a module (or any object) with functions named after these hooks and decorated with
``@newsfacts.hookimpl``, registered under the ``newsfacts`` entry-point group. The built-in
plugins are ordinary plugins registered the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pluggy

from newsfacts.document import Document
from newsfacts.facts import Fact, Field

hookspec = pluggy.HookspecMarker("newsfacts")
hookimpl = pluggy.HookimplMarker("newsfacts")


@hookspec
def newsfacts_fields() -> Sequence[Field]:
    """Declare the fields this plugin adds to every result.

    Return one :class:`~newsfacts.Field` per key of the result this plugin fills: its name,
    the :class:`~newsfacts.Fact` subclass of its facts, a one-line description, and the
    fields it ``needs`` (whose facts it reads). A field name is owned by one plugin only.
    """


@hookspec(firstresult=True)
def newsfacts_extract(
    document: Document, field: Field, facts: Mapping[str, Sequence[Fact]]
) -> Sequence[Fact] | None:
    """Extract the facts of ``field`` from ``document``.

    Called once per article and per field this plugin declared, after the fields named in
    ``field.needs``; ``facts`` maps each of those names to its facts (empty when that field is
    not installed or failed). Return the facts in any order, each with
    ``document.text[fact.start:fact.end] == fact.text``. Return None for a field this
    plugin did not declare. An exception raised here is recorded in the result's ``errors``
    (or raised as :class:`~newsfacts.PluginError` in strict mode) and does not stop the
    other plugins.
    """
