"""The plugin manager: load the plugins of the ``newsfacts`` entry-point group and list them."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import metadata

import attrs
import pluggy

from newsfacts import hookspecs
from newsfacts.errors import PluginError
from newsfacts.facts import Field

ENTRY_POINT_GROUP = "newsfacts"


@attrs.frozen
class PluginFailure:
    """A plugin that failed to load or to extract, as recorded in a result."""

    plugin: str
    error_type: str
    message: str
    field: str | None = None

    @classmethod
    def from_exception(
        cls, plugin: str, error: BaseException, field: str | None = None
    ) -> PluginFailure:
        return cls(plugin, type(error).__name__, str(error), field)

    def to_dict(self) -> dict[str, str | None]:
        return attrs.asdict(self)


@attrs.frozen
class PluginInfo:
    """An installed plugin: where it comes from and what it provides."""

    name: str
    version: str | None
    distribution: str | None
    hooks: tuple[str, ...]
    fields: tuple[Field, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "version": self.version,
            "distribution": self.distribution,
            "hooks": list(self.hooks),
            "fields": [
                {"name": f.name, "description": f.description, "needs": list(f.needs)}
                for f in self.fields
            ],
        }


@attrs.frozen
class LoadedPlugins:
    """A plugin manager with its plugins registered, and the plugins that failed to load."""

    manager: pluggy.PluginManager
    failures: tuple[PluginFailure, ...]
    distributions: dict[str, metadata.Distribution | None]


def load_plugins(extra: Iterable[object] = (), *, entry_points: bool = True) -> LoadedPlugins:
    """Register the installed plugins (and ``extra`` plugin objects) in a new plugin manager.

    A plugin whose import or registration fails is left out and recorded in ``failures``, so
    that one broken install does not stop the others.
    """
    manager = pluggy.PluginManager("newsfacts")
    manager.add_hookspecs(hookspecs)
    failures: list[PluginFailure] = []
    distributions: dict[str, metadata.Distribution | None] = {}
    if entry_points:
        for entry_point in sorted(
            metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name
        ):
            if manager.has_plugin(entry_point.name):
                continue  # the same entry point seen through two paths on sys.path
            try:
                manager.register(entry_point.load(), name=entry_point.name)
            except Exception as error:
                failures.append(PluginFailure.from_exception(entry_point.name, error))
                continue
            distributions[entry_point.name] = entry_point.dist
    for plugin in extra:
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        try:
            manager.register(plugin, name=name)
        except ValueError as error:
            raise PluginError(name, str(error)) from error
        distributions[name] = None
    return LoadedPlugins(manager, tuple(failures), distributions)


def declared_fields(manager: pluggy.PluginManager) -> dict[str, tuple[Field, ...]]:
    """The fields each registered plugin declares, by plugin name (calls newsfacts_fields)."""
    declared: dict[str, tuple[Field, ...]] = {}
    for impl in manager.hook.newsfacts_fields.get_hookimpls():
        returned: Iterable[Field] = impl.function()  # type: ignore[assignment]
        fields = tuple(returned)
        for field in fields:
            if not isinstance(field, Field):
                raise PluginError(impl.plugin_name, f"newsfacts_fields returned {field!r}")
        declared[impl.plugin_name] = fields
    return declared


def plugin_infos(loaded: LoadedPlugins) -> list[PluginInfo]:
    """Describe every registered plugin: version, distribution, hooks and fields."""
    fields = declared_fields(loaded.manager)
    infos = []
    for name, plugin in sorted(loaded.manager.list_name_plugin()):
        dist = loaded.distributions.get(name)
        callers = loaded.manager.get_hookcallers(plugin) or []
        hooks = tuple(sorted(caller.name for caller in callers))
        infos.append(
            PluginInfo(
                name=name,
                version=dist.version if dist else getattr(plugin, "__version__", None),
                distribution=dist.metadata["Name"] if dist else None,
                hooks=hooks,
                fields=fields.get(name, ()),
            )
        )
    return infos
