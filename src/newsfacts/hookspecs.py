"""The hook specification: what a newsfacts plugin may implement.

A plugin is a module (or any object) with functions named after these hooks and decorated with
``@newsfacts.hookimpl``, registered under the ``newsfacts`` entry-point group. The built-in
plugins are ordinary plugins registered the same way. This module holds only the
specifications; :doc:`/hooks` documents them with examples.
"""

from __future__ import annotations

import pluggy

from newsfacts.providers import Register

hookspec = pluggy.HookspecMarker("newsfacts")
hookimpl = pluggy.HookimplMarker("newsfacts")


@hookspec
def newsfacts_register_fields(register: Register) -> None:
    """Register the fields this plugin fills, by calling ``register`` once per field.

    ``register(field, extract, *, needs=(), options=None, replaces=False)`` takes the
    :class:`~newsfacts.Field` (its name, fact class and description), the function that
    extracts its facts, ``extract(document, needed, options)``, the fields whose facts that
    function reads (``needs``), an attrs class of the plugin's options (``options``, filled
    from the caller's configuration) and whether this plugin replaces another that fills a
    field of the same name (``replaces``).

    ``extract`` receives the :class:`~newsfacts.Document`, a :class:`~newsfacts.FactMap` of
    the needed fields' facts (``needed[PEOPLE]``; empty for a field that is not installed or
    failed) and the options instance (None without ``options``). It returns the field's facts
    in any order, each with ``document.text[fact.start:fact.end] == fact.text``. An exception
    raised here or in ``extract`` is recorded in results' ``errors`` (or raised as
    :class:`~newsfacts.PluginError` in strict mode) and does not stop the other plugins.
    """
