"""The plugin manager: load the ``newsfacts`` entry points, collect the fields they register.

Every step is isolated per plugin: one that fails to import, to register or that implements
hooks newsfacts does not know is left out and recorded as a :class:`PluginFailure`, and the
others keep working.
"""

from __future__ import annotations

import functools
import os
import sys
import types
from collections.abc import Iterable
from typing import Any

import attrs
import pluggy

from newsfacts import entrypoints, hookspecs
from newsfacts.errors import PluginError
from newsfacts.facts import Field
from newsfacts.providers import ExtractFunction, Provider

#: The entry-point group plugins register under (``[project.entry-points.newsfacts]``).
ENTRY_POINT_GROUP = "newsfacts"


@attrs.frozen
class PluginFailure:
    """A plugin that failed, as recorded in results and listed by ``newsfacts plugins``."""

    #: The plugin's name (its entry point's name).
    plugin: str
    #: The exception's class name (``"ImportError"``, ``"TimeLimitError"`` ...).
    error_type: str
    #: The exception's message.
    message: str
    #: The field being extracted or configured when it failed, if any.
    field: str | None = None
    #: Where it failed: ``"load"``, ``"register"``, ``"configure"`` or ``"extract"``.
    stage: str = "extract"

    @classmethod
    def from_exception(
        cls, plugin: str, error: BaseException, field: str | None = None, stage: str = "extract"
    ) -> PluginFailure:
        """The failure ``error`` describes."""
        return cls(plugin, type(error).__name__, str(error), field, stage)

    def to_dict(self) -> dict[str, str | None]:
        """The failure as a JSON-ready dict."""
        return attrs.asdict(self)


@attrs.frozen
class PluginInfo:
    """An installed plugin: where it comes from, its hooks and the fields it fills."""

    #: The plugin's name (its entry point's name).
    name: str
    #: The version of its distribution (or the module's ``__version__``), if known.
    version: str | None
    #: The name of the distribution that installed it; None for a plugin object passed in.
    distribution: str | None
    #: The newsfacts hooks it implements.
    hooks: tuple[str, ...]
    #: How it fills each of its fields.
    providers: tuple[Provider, ...] = ()
    #: Why it is broken, for a plugin that failed to load or to register; else None.
    failure: PluginFailure | None = None

    @property
    def fields(self) -> tuple[Field[Any], ...]:
        """The fields it fills."""
        return tuple(provider.field for provider in self.providers)

    def to_dict(self) -> dict[str, object]:
        """The plugin as a JSON-ready dict (``newsfacts plugins --json``)."""
        return {
            "name": self.name,
            "version": self.version,
            "distribution": self.distribution,
            "hooks": list(self.hooks),
            "fields": [
                {
                    "name": p.field.name,
                    "description": p.field.description,
                    "needs": list(p.needs),
                    "options": _option_names(p.options),
                    "replaces": p.replaces,
                }
                for p in self.providers
            ],
            "failure": self.failure.to_dict() if self.failure else None,
        }


def _option_names(options: type[Any] | None) -> list[str]:
    return [a.name for a in attrs.fields(options) if a.init] if options else []


@attrs.frozen
class LoadedPlugins:
    """A plugin manager with the plugins registered, their providers, and what failed."""

    manager: pluggy.PluginManager
    providers: tuple[Provider, ...]
    failures: tuple[PluginFailure, ...]
    #: plugin -> (name, version) of the distribution it comes from; None if not installed
    distributions: dict[str, tuple[str | None, str | None] | None]

    def distribution_of(self, plugin: str) -> str:
        """``"name version"`` of the distribution a plugin comes from, for messages."""
        dist = self.distributions.get(plugin)
        if dist is None:
            return f"plugin {plugin!r}"
        return f"plugin {plugin!r} from {dist[0]} {dist[1]}"


# What pluggy reads a hook implementation from (see _Manager): a function, or a method.
_HOOKABLE = (types.FunctionType, types.MethodType, staticmethod, classmethod)
# The attribute @newsfacts.hookimpl marks a function with.
_MARK = "newsfacts_impl"


class _Manager(pluggy.PluginManager):
    """The plugin manager, told the attributes of a plugin module that hold no hook at once.

    pluggy reads every name of a registered module (some 60 a plugin: its imports, tables,
    functions) through :func:`inspect.getattr_static`, most of them raising an exception it
    catches: 14 million instructions of a fresh process, 1.5 % of its start. A module's value
    that is no function nor method, or a function without the mark, holds no hook
    implementation; any other name, and every name of a plugin that is not a module, is left
    to pluggy (this is its documented hook for that, ``parse_hookimpl_opts``)."""

    def parse_hookimpl_opts(self, plugin: object, name: str) -> Any:
        if isinstance(plugin, types.ModuleType):
            value = vars(plugin).get(name)
            if not isinstance(value, _HOOKABLE):
                return None
            if type(value) is types.FunctionType and _MARK not in value.__dict__:
                return None
        return super().parse_hookimpl_opts(plugin, name)


def load_plugins(extra: Iterable[object] = (), *, entry_points: bool = True) -> LoadedPlugins:
    """Register the installed plugins (and ``extra`` plugin objects) and collect their fields.

    A plugin whose import, registration or ``newsfacts_register_fields`` fails is left out and
    recorded in ``failures``, so that one broken install does not stop the others. Two
    ``extra`` objects with the same name raise :class:`~newsfacts.PluginError`: that is a
    mistake of the caller's, not of a plugin.
    """
    manager = _Manager("newsfacts")
    manager.add_hookspecs(hookspecs)
    failures: list[PluginFailure] = []
    distributions: dict[str, tuple[str | None, str | None] | None] = {}
    if entry_points:
        found = entrypoints.entry_points(ENTRY_POINT_GROUP, installation())
        for name, module, attribute, dist, version in found:
            if manager.has_plugin(name):
                continue  # the same entry point seen through two paths on sys.path
            distributions[name] = None if dist is None else (dist, version)
            try:
                _register(manager, entrypoints.load(module, attribute), name)
            except Exception as error:
                failures.append(PluginFailure.from_exception(name, error, None, "load"))
    for plugin in extra:
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        if manager.has_plugin(name):
            raise PluginError(name, "a plugin of that name is already registered")
        _register(manager, plugin, name)
        distributions[name] = None
    providers: list[Provider] = []
    for name, _plugin in manager.list_name_plugin():
        try:
            providers.extend(_registered_fields(manager, name))
        except Exception as error:
            failures.append(PluginFailure.from_exception(name, error, None, "register"))
    return LoadedPlugins(manager, tuple(providers), tuple(failures), distributions)


def _register(manager: pluggy.PluginManager, plugin: object, name: str) -> None:
    """Register ``plugin``; refuse hooks newsfacts does not specify (a typo, or plugin API v1)."""
    manager.register(plugin, name=name)
    unknown = sorted(
        caller.name
        for caller in manager.get_hookcallers(plugin) or []
        if not caller.has_spec() and caller.name.startswith("newsfacts_")
    )
    if unknown:
        manager.unregister(plugin, name=name)
        raise PluginError(name, f"implements unknown hooks: {', '.join(unknown)}")


def _registered_fields(manager: pluggy.PluginManager, name: str) -> list[Provider]:
    """Call one plugin's ``newsfacts_register_fields`` (through pluggy) and collect its calls."""
    others = [plugin for other, plugin in manager.list_name_plugin() if other != name]
    hook = manager.subset_hook_caller("newsfacts_register_fields", remove_plugins=others)
    collected: list[Provider] = []

    def register(
        field: Field[Any],
        extract: ExtractFunction[Any],
        *,
        needs: Iterable[Field[Any] | str] = (),
        options: type[Any] | None = None,
        replaces: bool = False,
    ) -> None:
        collected.append(Provider(name, field, extract, tuple(needs), options, replaces))

    hook(register=register)
    return collected


def plugin_infos(loaded: LoadedPlugins) -> list[PluginInfo]:
    """Describe every plugin, working or broken: version, distribution, hooks and fields."""
    failed = {failure.plugin: failure for failure in loaded.failures}
    names = {name for name, _ in loaded.manager.list_name_plugin()} | set(failed)
    infos = []
    for name in sorted(names):
        dist = loaded.distributions.get(name)
        plugin = loaded.manager.get_plugin(name)
        callers = loaded.manager.get_hookcallers(plugin) if plugin is not None else None
        infos.append(
            PluginInfo(
                name=name,
                version=dist[1] if dist else getattr(plugin, "__version__", None),
                distribution=dist[0] if dist else None,
                hooks=tuple(sorted(caller.name for caller in callers or [])),
                providers=tuple(p for p in loaded.providers if p.plugin == name),
                failure=failed.get(name),
            )
        )
    return infos


def installation() -> tuple[tuple[str, int], ...]:
    """A cheap fingerprint of what is installed: the import path and its folders' mtimes.

    Installing or removing a distribution changes the mtime of the folder holding its
    metadata, so an extractor cached under an old fingerprint is not used for the new one.
    """
    stamps = []
    for entry in sys.path:
        try:
            stamps.append((entry, os.stat(entry or ".").st_mtime_ns))
        except OSError:
            stamps.append((entry, 0))
    return tuple(stamps)


@functools.lru_cache(maxsize=4)
def _installed_fields(fingerprint: tuple[tuple[str, int], ...]) -> tuple[Field[Any], ...]:
    return tuple(provider.field for provider in load_plugins().providers)


def installed_fields() -> tuple[Field[Any], ...]:
    """The fields of the installed plugins (loaded once, again after an install)."""
    return _installed_fields(installation())
