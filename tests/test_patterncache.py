"""Compiled patterns kept on disk between processes (newsfacts.patterncache)."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from newsfacts.patterncache import CACHE_DIR_VARIABLE, cache_directory, load_or_compile

DRONES = r"(?i:\d+\s+drones?)"
SENTENCE = "Officials counted 40 drones over the harbour on Tuesday."

#: What a foreign global in a cached file would call (it must never be called).
CALLED: list[str] = []


def record(note: str) -> str:
    CALLED.append(note)
    return note


class _Foreign:
    """Pickles to a call of :func:`record`: a file that is not a compiled pattern."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return record, ("unpickled",)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    directory = cache_directory()
    assert directory is not None
    return directory


def _files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.pickle")) if directory.exists() else []


def _found(pattern: regex.Pattern[str]) -> str | None:
    match = pattern.search(SENTENCE)
    return match.group() if match else None


def test_a_pattern_compiled_once_is_loaded_by_the_next_process(cache: Path) -> None:
    first = load_or_compile(DRONES)
    [kept] = _files(cache)
    again = load_or_compile(DRONES)  # as a new process would: from the file
    assert again is not first and again.pattern == DRONES and again.flags == first.flags
    assert _found(again) == _found(first) == "40 drones"
    assert _files(cache) == [kept]


def test_flags_are_part_of_what_is_kept(cache: Path) -> None:
    forwards = load_or_compile(r"\d+")
    backwards = load_or_compile(r"\d+", regex.REVERSE)
    assert len(_files(cache)) == 2
    assert forwards.search("from 12 to 345").group() == "12"  # type: ignore[union-attr]
    assert backwards.search("from 12 to 345").group() == "345"  # type: ignore[union-attr]
    assert load_or_compile(r"\d+", regex.REVERSE).flags & regex.REVERSE


def test_the_directory_is_named_by_the_versions_of_regex_and_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CACHE_DIR_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    expected = f"regex-{regex.__version__}-{sys.implementation.cache_tag}"
    assert cache_directory() == tmp_path / "newsfacts" / "patterns" / expected


def test_an_empty_variable_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_directory() is None
    assert _found(load_or_compile(DRONES)) == "40 drones"
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_file_is_compiled_again_and_replaced(cache: Path) -> None:
    load_or_compile(DRONES)
    [kept] = _files(cache)
    kept.write_bytes(b"\x80\x05 half a pickle")
    assert _found(load_or_compile(DRONES)) == "40 drones"
    assert _found(pickle.loads(kept.read_bytes())) == "40 drones"


def test_a_file_naming_any_other_function_is_refused_unread(cache: Path) -> None:
    load_or_compile(DRONES)
    [kept] = _files(cache)
    kept.write_bytes(pickle.dumps(_Foreign()))
    assert _found(load_or_compile(DRONES)) == "40 drones"
    assert CALLED == []


def test_a_file_holding_another_pattern_is_not_used(cache: Path) -> None:
    load_or_compile(DRONES)
    [kept] = _files(cache)
    kept.write_bytes(pickle.dumps(regex.compile(r"harbou?r")))
    assert _found(load_or_compile(DRONES)) == "40 drones"


def test_a_cache_that_cannot_be_written_costs_nothing_but_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file, not a directory"
    blocked.write_text("")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocked))
    assert _found(load_or_compile(DRONES)) == "40 drones"
    assert [path.name for path in tmp_path.iterdir()] == [blocked.name]


def test_a_second_process_loads_every_pattern_and_finds_the_same_facts(tmp_path: Path) -> None:
    seed = Path(__file__).parent.parent / "seeds" / "000_f00fe2d4c8c9df40.txt"
    command = [sys.executable, "-m", "newsfacts", "extract", str(seed), "--published", "2025-07-10"]
    environment = {**os.environ, CACHE_DIR_VARIABLE: str(tmp_path)}

    def run(hash_seed: str) -> str:
        # Each process its own hash seed (tox fixes one for all): a pattern built from a set
        # in its iteration order would differ, and be compiled anew in every process.
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            env={**environment, "PYTHONHASHSEED": hash_seed},
            check=True,
        ).stdout

    cold = run("1")
    kept = sorted(tmp_path.rglob("*.pickle"))
    assert len(kept) > 100  # the core's and the built-in plugins' patterns
    assert run("2") == cold and json.loads(cold)["facts"]["numbers"]
    assert sorted(tmp_path.rglob("*.pickle")) == kept  # nothing compiled anew
