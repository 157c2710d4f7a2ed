"""Which provider fills each field, and in which order the fields are extracted (see
:doc:`/resolution`): the choices an :class:`~newsfacts.Extractor` makes when it is built."""

from __future__ import annotations

import heapq
from collections.abc import Mapping

from newsfacts.errors import PluginError, UnknownPluginError
from newsfacts.manager import LoadedPlugins, PluginFailure
from newsfacts.providers import Provider

# Result attributes and methods that a field name may not shadow.
RESERVED_NAMES = frozenset(
    {
        "article",
        "facts",
        "errors",
        "trace",
        "get",
        "items",
        "keys",
        "values",
        "to_dict",
        "from_dict",
    }
)


def reserved(provider: Provider) -> PluginFailure:
    """The failure of a provider whose field name is one of :data:`RESERVED_NAMES`."""
    message = f"field name {provider.field.name!r} is reserved"
    return PluginFailure(provider.plugin, "PluginError", message, provider.field.name, "register")


def disabled(provider: Provider, disable: frozenset[str]) -> bool:
    """Whether ``disable`` names the provider's plugin or field."""
    return provider.plugin in disable or provider.field.name in disable


def select(
    names: list[str] | None, candidates: Mapping[str, list[Provider]], failed: set[str]
) -> list[str]:
    """The fields asked for by ``names`` (plugin or field names; None: all of them)."""
    if names is None:
        return list(candidates)
    selected: set[str] = set()
    for name in names:
        if name in failed:  # reported in results, not as unknown
            continue
        matches = {
            field
            for field, providers in candidates.items()
            if name == field or any(p.plugin == name for p in providers)
        }
        if not matches:
            known = sorted(set(candidates) | {p.plugin for c in candidates.values() for p in c})
            raise UnknownPluginError(
                f"no installed plugin or field named {name!r}; installed: {', '.join(known)}"
            )
        selected |= matches
    return sorted(selected)


def choose(name: str, candidates: list[Provider], loaded: LoadedPlugins) -> Provider:
    """The provider of field ``name``: the only one, or the only one that replaces the others."""
    if len(candidates) == 1:
        return candidates[0]
    replacing = [p for p in candidates if p.replaces]
    if len(replacing) == 1:
        return replacing[0]
    first, second = (replacing or candidates)[:2]
    raise PluginError(
        second.plugin,
        f"field {name!r} is filled by {loaded.distribution_of(first.plugin)} and by "
        f"{loaded.distribution_of(second.plugin)}; disable one (disable=[...], --disable)"
        + ("" if replacing else " or declare the new one with replaces=True"),
        field=name,
    )


def order(chosen: Mapping[str, Provider]) -> list[str]:
    """Field names ordered so that every field comes after the fields it needs."""
    waiting = {name: {n for n in p.needs if n in chosen} for name, p in chosen.items()}
    ready = [name for name, needs in waiting.items() if not needs]
    heapq.heapify(ready)
    ordered = []
    while ready:
        name = heapq.heappop(ready)
        ordered.append(name)
        for other, needs in waiting.items():
            if name in needs:
                needs.discard(name)
                if not needs:
                    heapq.heappush(ready, other)
    if len(ordered) < len(chosen):
        cycle = sorted(set(chosen) - set(ordered))
        raise PluginError(chosen[cycle[0]].plugin, f"fields need each other in a cycle: {cycle}")
    return ordered
