"""Rule tables and patterns compiled on first use (newsfacts.plugin)."""

from __future__ import annotations

import pytest
import regex

from newsfacts.plugin import NewsfactsError, Patterns, compiled, read_bytes, read_lines


def test_named_patterns_compile_when_read() -> None:
    rules = Patterns({"year": r"(?:19|20)\d\d", "month": r"(?:jan|feb)\w*"}, flags=regex.IGNORECASE)
    assert list(rules) == ["year", "month"] and len(rules) == 2
    month = rules["month"].match("February 2025")
    year = rules["year"].search("budget for 2025")
    assert month is not None and month.group() == "February"
    assert year is not None and year.group() == "2025"
    assert rules.get("day") is None


def test_a_pattern_is_compiled_once_per_process() -> None:
    assert compiled(r"\d+ drones") is compiled(r"\d+ drones")
    assert Patterns({"count": r"\d+ drones"})["count"] is compiled(r"\d+ drones")


def test_a_binary_table_is_read_as_bytes() -> None:
    packed = read_bytes("newsfacts_locations", "gazetteer.packed")
    assert isinstance(packed, bytes) and len(packed) > 1_000_000
    listed = read_bytes("newsfacts_numbers", "units.tsv").decode("utf-8")
    assert read_lines("newsfacts_numbers", "units.tsv")[0] in listed


def test_a_missing_binary_table_is_named() -> None:
    with pytest.raises(
        NewsfactsError, match=r"newsfacts_locations/data/nowhere\.packed is missing"
    ):
        read_bytes("newsfacts_locations", "nowhere.packed")
