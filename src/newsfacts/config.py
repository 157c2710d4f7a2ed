"""Plugin options: a caller's configuration checked against the options a plugin declares.

A plugin declares its options as an attrs class (``register(..., options=LocationOptions)``);
the caller passes ``config={"locations": {"adjectival": True}}`` to the extractor, a TOML
file (``--config newsfacts.toml``) or ``-o locations.adjectival=true`` on the command line.
Each section is keyed by field (or plugin) name; every value is checked against the
attribute's type, and an unknown name or a wrong type is a :class:`~newsfacts.ConfigError`
naming the plugin and the option.
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Hashable, Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from newsfacts.convert import NOTHING, attribute_types, coerce, type_name
from newsfacts.errors import ConfigError
from newsfacts.providers import Provider

Config = Mapping[str, Mapping[str, Any]]

_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def build_options(provider: Provider, values: Mapping[str, Any]) -> Any:
    """The options instance of ``provider`` for ``values``; None when it declares none."""
    if provider.options is None:
        if values:
            raise ConfigError(
                provider.plugin, None, f"field {provider.field.name!r} has no options"
            )
        return None
    types = attribute_types(typing.cast(Hashable, provider.options))
    known = {a.name for a in attrs.fields(provider.options) if a.init}
    checked: dict[str, Any] = {}
    for name, value in values.items():
        if name not in known:
            choices = ", ".join(sorted(known)) or "none"
            raise ConfigError(provider.plugin, name, f"unknown option (options: {choices})")
        converted = coerce(value, types[name])
        if converted is NOTHING:
            raise ConfigError(
                provider.plugin, name, f"expected {type_name(types[name])}, got {value!r}"
            )
        checked[name] = converted
    return provider.options(**checked)


def sections_for(providers: Iterable[Provider], config: Config) -> dict[str, dict[str, Any]]:
    """The configuration of each field, by field name; a section may name a plugin instead.

    A section naming neither an installed field nor a plugin is a
    :class:`~newsfacts.ConfigError`: a misspelt name must not be ignored silently.
    """
    providers = list(providers)
    by_field: dict[str, dict[str, Any]] = {}
    for section, values in config.items():
        if not isinstance(values, Mapping):
            raise ConfigError(section, None, f"expected a table of options, got {values!r}")
        matching = [p for p in providers if section in (p.field.name, p.plugin)]
        if not matching:
            known = sorted({p.field.name for p in providers} | {p.plugin for p in providers})
            raise ConfigError(section, None, f"no such field or plugin (known: {', '.join(known)})")
        for provider in matching:
            by_field.setdefault(provider.field.name, {}).update(values)
    return by_field


def read_config_file(path: str | Path) -> dict[str, dict[str, Any]]:
    """A TOML configuration file: one table per field, ``[locations]`` ``adjectival = true``."""
    # Imported here: most processes read no file, and the import was 1% of a cold start.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with open(path, "rb") as file:
            data = tomllib.load(file)
    except OSError as error:
        raise ConfigError(str(path), None, f"cannot read: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), None, f"not valid TOML: {error}") from None
    sections: dict[str, dict[str, Any]] = {}
    for section, values in data.items():
        if not isinstance(values, dict):
            raise ConfigError(str(path), section, "expected a table like [locations]")
        sections[section] = values
    return sections


def parse_assignments(assignments: Iterable[str]) -> dict[str, dict[str, Any]]:
    """``-o field.option=value`` settings as configuration sections.

    Values are TOML-like words: ``true``/``false``, integers, decimals, else text; a value
    with commas becomes a list (for tuple options).
    """
    config: dict[str, dict[str, Any]] = {}
    for assignment in assignments:
        key, sep, raw = assignment.partition("=")
        section, dot, option = key.strip().partition(".")
        if not sep or not dot or not section or not option:
            raise ConfigError(key or assignment, None, "expected FIELD.OPTION=VALUE")
        config.setdefault(section, {})[option] = _word(raw.strip())
    return config


def _word(raw: str) -> Any:
    if "," in raw:
        return [_word(part.strip()) for part in raw.split(",") if part.strip()]
    lowered = raw.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    for number in (int, float):
        try:
            return number(raw)
        except ValueError:
            pass
    return raw


def merge(*configs: Config | None) -> dict[str, dict[str, Any]]:
    """Configurations merged section by section, later ones winning."""
    merged: dict[str, dict[str, Any]] = {}
    for config in configs:
        for section, values in (config or {}).items():
            merged.setdefault(section, {}).update(values)
    return merged
