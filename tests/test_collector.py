"""The cyclic garbage collector is paused while an article is extracted, and left as found."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import newsfacts
from newsfacts.collector import paused
from newsfacts.plugin import Document, Fact, FactMap, Field, Register, hookimpl


@pytest.fixture
def collector_state() -> Iterator[None]:
    running = gc.isenabled()
    yield
    if running:
        gc.enable()
    else:
        gc.disable()


class _Spy:
    """A plugin that notes whether the collector runs while it extracts."""

    def __init__(self) -> None:
        self.seen: list[bool] = []

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        self.seen.append(gc.isenabled())
        register(Field("spy", Fact, "Nothing: it watches the collector."), self.extract)

    def extract(self, document: Document, needed: FactMap, options: None) -> list[Fact]:
        self.seen.append(gc.isenabled())
        return []


@pytest.mark.usefixtures("collector_state")
def test_paused_while_plugins_load_and_during_extraction_and_running_after() -> None:
    spy = _Spy()
    gc.enable()
    extractor = newsfacts.Extractor(["spy"], extra_plugins=[spy])
    assert spy.seen == [False]  # paused while the plugins load too
    assert gc.isenabled()
    extractor.extract("The council met in Leeds on Tuesday.")
    assert spy.seen == [False, False]
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_state")
def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    with paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector_state")
def test_resumed_when_the_block_raises() -> None:
    gc.enable()
    with pytest.raises(ValueError), paused():
        raise ValueError("a plugin failed")
    assert gc.isenabled()
