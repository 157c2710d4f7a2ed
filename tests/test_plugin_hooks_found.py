"""Where the plugin manager finds a plugin's hook implementation.

The manager passes over the names of a plugin module that can hold no hook (its imports,
constants, classes, unmarked functions) without asking pluggy about each one
(``newsfacts.manager._Manager``). Every way pluggy finds a hook still works: a marked function
named after the hook, a marked function under another name with ``specname``, a static
method or a class method of a plugin that is a class, a bound method of a plugin that is
an instance. A function named after the hook but not marked is no hook.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import newsfacts
from newsfacts import Document, Fact, FactMap, Field, hookimpl
from newsfacts.providers import Register

TEXT = "Snow fell on Monday and rain followed."


@attrs.frozen(kw_only=True)
class Weather(Fact):
    condition: str


WEATHER = Field("weather", Weather, "Weather words.")


def weather(document: Document, needed: FactMap, options: Any) -> list[Weather]:
    return [
        Weather.at(document.text, match.start(), match.end(), condition=match.group().lower())
        for match in re.finditer(r"(?i)\b(?:rain|snow)\b", document.text)
    ]


def register_weather(register: Register) -> None:
    register(WEATHER, weather)


def new_hook() -> Callable[[Register], None]:
    """A function of its own to mark (marking one sets an attribute on it)."""

    def hook(register: Register) -> None:
        register_weather(register)

    return hook


def module_plugin(name: str, hook: Callable[..., object]) -> object:
    """A plugin module whose only hook is ``hook`` (under ``name``), among the kind of names
    a real plugin module holds: an imported module, a constant, a class, a helper."""
    module = types.ModuleType("weather")
    setattr(module, name, hook)
    module.re = re  # type: ignore[attr-defined]
    module.WORDS = frozenset({"rain", "snow"})  # type: ignore[attr-defined]
    module.Weather = Weather  # type: ignore[attr-defined]
    module.weather = weather  # type: ignore[attr-defined]
    return module


class ClassPlugin:
    @staticmethod
    @hookimpl
    def newsfacts_register_fields(register: Register) -> None:
        register_weather(register)


class ClassMethodPlugin:
    @classmethod
    @hookimpl
    def newsfacts_register_fields(cls, register: Register) -> None:
        register_weather(register)


class InstancePlugin:
    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register_weather(register)


FOUND = [
    pytest.param(module_plugin("newsfacts_register_fields", hookimpl(new_hook())), id="module"),
    pytest.param(
        module_plugin("register", hookimpl(specname="newsfacts_register_fields")(new_hook())),
        id="module, specname",
    ),
    pytest.param(ClassPlugin, id="class, staticmethod"),
    pytest.param(ClassMethodPlugin, id="class, classmethod"),
    pytest.param(InstancePlugin(), id="instance"),
]


@pytest.mark.parametrize("plugin", FOUND)
def test_a_hook_is_found_wherever_pluggy_finds_it(plugin: object) -> None:
    extractor = newsfacts.Extractor(["weather"], extra_plugins=[plugin], strict=True)
    result = extractor.extract(TEXT)
    assert [fact.condition for fact in result[WEATHER]] == ["snow", "rain"]


def test_a_function_named_after_the_hook_but_not_marked_is_no_hook() -> None:
    plugin = module_plugin("newsfacts_register_fields", new_hook())
    extractor = newsfacts.Extractor(extra_plugins=[plugin])
    assert "weather" not in [field.name for field in extractor.fields]
