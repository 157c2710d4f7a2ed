"""A pattern matched at a position in the article gets an end position when it would read the
rest of the text.

Before it matches, the regex module looks for a pattern's literal words ("of" in
``\\s+of\\b``, "per" in ``[ \\t]+per[ \\t]+\\d``) between the start and the end position.
Matched at every number of a text with no such word and no end position, such a pattern reads
the rest of the text each time: a megabyte of number words took 73 CPU seconds. These tests
find the built-in plugins' and the core's patterns that read ahead (timed on a short and a
long text: a thousand times apart, not a matter of a busy machine) and fail on any call that
matches one of them at a position without an end position.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import random
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = [
    "newsfacts",
    "newsfacts_dates",
    "newsfacts_locations",
    "newsfacts_numbers",
    "newsfacts_organizations",
    "newsfacts_people",
    "newsfacts_quotes",
]
SKIPPED_MODULES = frozenset({"__main__", "cli"})  # importing them parses arguments
# Words of consonants: no pattern's literal word is among them.
_PICKER = random.Random(3)
_TEXT = " ".join(
    "".join(_PICKER.choice("bcdfgjkqvxz") for _ in range(_PICKER.randint(2, 6)))
    for _ in range(200_000)
)
SHORT, LONG = _TEXT[:2_000], _TEXT  # about 2,000 and 1,000,000 characters


def _patterns() -> list[tuple[str, regex.Pattern[str]]]:
    """The compiled patterns at the top of every module of the packages, with their names."""
    found: list[tuple[str, regex.Pattern[str]]] = []
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        modules = [package]
        for info in pkgutil.iter_modules(package.__path__):
            if info.name not in SKIPPED_MODULES:
                modules.append(importlib.import_module(f"{package_name}.{info.name}"))
        for module in modules:
            for name, value in vars(module).items():
                if isinstance(value, regex.Pattern) and name != "__builtins__":
                    found.append((name, value))
    return found


def _seconds(pattern: regex.Pattern[str], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        began = time.process_time()  # CPU time: a busy machine's waits don't count
        for position in range(1, 100, 10):
            pattern.match(text, position)
        best = min(best, time.process_time() - began)
    return best


def _reads_ahead(pattern: regex.Pattern[str]) -> bool:
    """Whether a match at a position reads on to the end of the text: a thousand times as
    long on a text 500 times longer (a match that reads a few characters takes the same
    time on both)."""
    return _seconds(pattern, LONG) > 20 * _seconds(pattern, SHORT) + 0.0005


def _unbounded_calls(names: set[str]) -> list[str]:
    """Calls ``NAME.match(text, position)`` (or fullmatch, search) without an end position,
    of the patterns named ``names``, in the sources of the packages."""
    found = []
    sources = [*(ROOT / "src").rglob("*.py"), *(ROOT / "plugins").rglob("*.py")]
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("match", "fullmatch", "search")
            ):
                continue
            receiver = node.func.value
            name = receiver.attr if isinstance(receiver, ast.Attribute) else None
            name = receiver.id if isinstance(receiver, ast.Name) else name
            has_end = len(node.args) >= 3 or any(k.arg == "endpos" for k in node.keywords)
            if name in names and len(node.args) == 2 and not has_end:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    return found


def test_the_long_text_shows_a_pattern_that_reads_ahead() -> None:
    per_after = regex.compile(r"[ \t]++per[ \t]++\d")
    assert _reads_ahead(per_after)
    assert not _reads_ahead(regex.compile(r"[ \t]++(\p{L}+)"))


def test_patterns_that_read_ahead_are_matched_with_an_end_position() -> None:
    reading_ahead = {name for name, pattern in _patterns() if _reads_ahead(pattern)}
    assert "OF" in reading_ahead  # the numbers field's "of" after a number: one is found
    assert _unbounded_calls(reading_ahead) == []
