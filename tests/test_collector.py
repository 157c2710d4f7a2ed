"""The cyclic garbage collector is paused while an article is extracted, and left as found."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest

import newsfacts
from newsfacts.collector import FROZEN_FROM, loading, paused
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


@pytest.fixture
def frozen_state() -> Iterator[None]:
    """Objects a test freezes are handed back to the collector after it."""
    frozen = gc.get_freeze_count()
    yield
    if gc.get_freeze_count() != frozen:
        gc.unfreeze()


@pytest.mark.usefixtures("collector_state", "frozen_state")
def test_a_load_that_builds_tables_sets_them_out_of_the_collectors_reach() -> None:
    gc.enable()
    frozen = gc.get_freeze_count()
    with loading():
        assert not gc.isenabled()
        table = [[word, len(word)] for word in map(str, range(2 * FROZEN_FROM))]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(table)


@pytest.mark.usefixtures("collector_state", "frozen_state")
def test_a_small_load_freezes_nothing() -> None:
    gc.enable()
    frozen = gc.get_freeze_count()
    with loading():
        table = [["Leeds", 5], ["York", 4]]
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    assert table


def _freeze_counts(script: str) -> tuple[int, int]:
    """The objects frozen before and after ``script``'s last line, in a fresh process."""
    *setup, last = script.splitlines()
    counted = "before = gc.get_freeze_count()"
    shown = "print(before, gc.get_freeze_count())"
    program = "\n".join(["import gc", *setup, counted, last, shown])
    output = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    ).stdout
    before, after = map(int, output.split())
    return before, after


def test_a_program_importing_the_library_has_nothing_of_its_own_frozen() -> None:
    assert _freeze_counts("import newsfacts\nnewsfacts.Extractor()") == (0, 0)


def test_the_command_line_freezes_the_plugins_tables_when_it_loads_them() -> None:
    before, after = _freeze_counts(
        "from newsfacts.cli import build_parser\n"
        "from newsfacts.cli.options import extractor_from_args\n"
        "args = build_parser().parse_args(['extract', 'article.txt'])\n"
        "extractor_from_args(args)"
    )
    assert before == 0
    assert after > FROZEN_FROM
