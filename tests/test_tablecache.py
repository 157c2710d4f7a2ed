"""Tables built from data files, kept on disk between processes (newsfacts.tablecache)."""

from __future__ import annotations

import functools
import importlib
import marshal
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from newsfacts import tablecache, tables
from newsfacts.errors import NewsfactsError
from newsfacts.patterncache import CACHE_DIR_VARIABLE
from newsfacts.plugin import built

#: A plugin package of its own: a word list, and a builder that reads it (counting its calls).
PACKAGE = "newsfacts_tablecache_example"
MODULE = '''
from newsfacts.plugin import built, read_words

CALLS = []


@built
def capitals(first: str = "") -> dict[str, tuple[str, ...]]:
    """The words of data/words.txt by their capitalized first letter."""
    CALLS.append(first)
    table: dict[str, tuple[str, ...]] = {}
    for word in sorted(read_words(__name__, "words.txt")):
        if word.startswith(first):
            table[word[0].upper()] = (*table.get(word[0].upper(), ()), word)
    return table
'''
WORDS = "senate\ncourt\nparliament\nsupreme\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(directory))
    return directory


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The example package, written afresh and importable; forgotten after the test."""
    folder = tmp_path / "packages" / PACKAGE
    (folder / "data").mkdir(parents=True)
    (folder / "__init__.py").write_text(MODULE)
    (folder / "data" / "words.txt").write_text(WORDS)
    monkeypatch.syspath_prepend(str(folder.parent))
    yield folder
    sys.modules.pop(PACKAGE, None)


def new_process() -> ModuleType:
    """The example package as a new process finds it: imported anew, no file read yet."""
    tablecache._tables.cache_clear()
    tablecache._fingerprint.cache_clear()
    tablecache._files.cache_clear()
    tables.read_lines.cache_clear()
    tables._data.cache_clear()  # the package is in a new folder in each test
    sys.modules.pop(PACKAGE, None)
    return importlib.import_module(PACKAGE)


def table_file(cache: Path) -> Path:
    return cache / tablecache.TABLES_FOLDER / sys.implementation.cache_tag / f"{PACKAGE}.marshal"


def edit(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, its modification time a second later (as an edit would)."""
    before = path.stat().st_mtime_ns
    path.write_text(text)
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


BY_CAPITAL = {"S": ("senate", "supreme"), "C": ("court",), "P": ("parliament",)}


def test_a_table_built_once_is_loaded_by_the_next_process(cache: Path, package: Path) -> None:
    first = new_process()
    assert first.capitals() == BY_CAPITAL
    assert first.CALLS == [""] and table_file(cache).exists()
    again = new_process()
    assert again.capitals() == BY_CAPITAL  # from the file: the builder is not called
    assert again.CALLS == []


def test_each_argument_is_a_table_of_its_own(cache: Path, package: Path) -> None:
    first = new_process()
    assert first.capitals("s") == {"S": ("senate", "supreme")}
    assert first.capitals() == BY_CAPITAL
    again = new_process()
    assert again.capitals() == BY_CAPITAL and again.capitals("s") == {"S": ("senate", "supreme")}
    assert again.capitals(first="c") == {"C": ("court",)}
    assert again.CALLS == ["c"]


def test_a_changed_data_file_is_a_new_fingerprint(cache: Path, package: Path) -> None:
    new_process().capitals()
    edit(package / "data" / "words.txt", WORDS + "congress\n")
    again = new_process()
    assert again.capitals()["C"] == ("congress", "court")
    assert again.CALLS == [""]


def test_changed_code_is_a_new_fingerprint(cache: Path, package: Path) -> None:
    new_process().capitals()
    edit(package / "__init__.py", MODULE.replace("word[0].upper()", "word[0]"))
    again = new_process()
    assert again.capitals() == {"s": ("senate", "supreme"), "c": ("court",), "p": ("parliament",)}
    assert again.CALLS == [""]


def test_a_new_file_of_the_package_is_a_new_fingerprint(cache: Path, package: Path) -> None:
    new_process().capitals()
    (package / "rules.py").write_text("RULES = ()\n")
    assert new_process().capitals() == BY_CAPITAL
    assert sys.modules[PACKAGE].CALLS == [""]


def _entry_of(cache: Path, value: bytes) -> bytes:
    """The table file with each entry's value (the table, the word list read) replaced by
    ``value``."""
    tag, fingerprint, entries = marshal.loads(table_file(cache).read_bytes())
    return marshal.dumps((tag, fingerprint, dict.fromkeys(entries, value)))


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda cache, data: data[: len(data) // 2], id="cut short"),
        pytest.param(lambda cache, data: b"\x00" * len(data), id="zeros"),
        pytest.param(lambda cache, data: b"", id="empty"),
        pytest.param(lambda cache, data: marshal.dumps("a table"), id="not a table file"),
        pytest.param(
            lambda cache, data: marshal.dumps(("newsfacts-tables-0", *marshal.loads(data)[1:])),
            id="another format",
        ),
        pytest.param(
            lambda cache, data: marshal.dumps((*marshal.loads(data)[:2], {b"key": "value"})),
            id="entries not bytes",
        ),
        pytest.param(lambda cache, data: _entry_of(cache, b"\xff damaged"), id="a damaged entry"),
    ],
)
def test_a_damaged_file_is_passed_over_and_written_afresh(
    cache: Path, package: Path, damage: Callable[[Path, bytes], bytes]
) -> None:
    new_process().capitals()
    path = table_file(cache)
    path.write_bytes(damage(cache, path.read_bytes()))
    again = new_process()
    assert again.capitals() == BY_CAPITAL  # built anew, no error
    assert again.CALLS == [""]
    third = new_process()
    assert third.capitals() == BY_CAPITAL and third.CALLS == []  # the file written afresh


def test_an_empty_variable_turns_the_cache_off(
    tmp_path: Path, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home"))
    assert new_process().capitals() == BY_CAPITAL
    again = new_process()
    assert again.capitals() == BY_CAPITAL and again.CALLS == [""]
    assert not (tmp_path / "home").exists()


def test_a_cache_that_cannot_be_written_costs_nothing_but_time(
    tmp_path: Path, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file, not a directory"
    blocked.write_text("")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocked))
    assert new_process().capitals() == BY_CAPITAL
    again = new_process()
    assert again.capitals() == BY_CAPITAL and again.CALLS == [""]


def _failing(reader: Callable[..., object]) -> Callable[..., object]:
    """A stand-in for a reader of data files (its name, the key of what it read) that fails."""

    @functools.wraps(reader)
    def fail(*args: object) -> object:
        raise AssertionError(f"read anew: {args}")

    return fail


def test_a_data_table_read_once_is_loaded_by_the_next_process(
    cache: Path, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_process()
    assert tables.read_lines(PACKAGE, "words.txt") == ("senate", "court", "parliament", "supreme")
    assert tables.read_table(PACKAGE, "words.txt", columns=2)[1] == ("court", "")
    new_process()
    monkeypatch.setattr(tables, "_lines", _failing(tables._lines))
    monkeypatch.setattr(tables, "_rows", _failing(tables._rows))
    assert tables.read_words(PACKAGE, "words.txt") == {"senate", "court", "parliament", "supreme"}
    assert tables.read_table(PACKAGE, "words.txt", columns=2)[3] == ("supreme", "")


def test_a_table_in_error_is_not_kept(cache: Path, package: Path) -> None:
    edit(package / "data" / "words.txt", WORDS + "house\tof commons\tUK\n")
    for _ in range(2):
        new_process()
        with pytest.raises(NewsfactsError, match="row 5 has 3 cells, expected at most 2"):
            tables.read_table(PACKAGE, "words.txt", columns=2)
    assert len(tables.read_table(PACKAGE, "words.txt", columns=3)) == 5


@built
def _words_of(words: frozenset[str]) -> list[str]:
    return sorted(words)


def test_a_set_argument_is_keyed_by_its_members_sorted(cache: Path) -> None:
    tablecache._tables.cache_clear()
    assert _words_of(frozenset({"court", "senate"})) == ["court", "senate"]
    assert _words_of(frozenset(["senate", "court"])) == ["court", "senate"]
    assert len(marshal.loads(next(cache.rglob("*.marshal")).read_bytes())[2]) == 1


@built
def _entries(names: tuple[str, ...]) -> dict[str, object]:
    return {name: object() for name in names}


def test_a_value_marshal_cannot_write_is_returned_not_kept(cache: Path) -> None:
    tablecache._tables.cache_clear()
    assert list(_entries(("Senate",))) == ["Senate"]
    assert not cache.exists()


def test_a_generator_is_no_key() -> None:
    with pytest.raises(TypeError, match="not a key of a built table"):
        _words_of(word for word in ("court",))  # type: ignore[arg-type]


# The built-in plugins' tables, in a form to compare across processes.
_TABLES = """
import datetime, marshal, sys
import newsfacts
from newsfacts_dates import dispatch
from newsfacts_numbers import lexicon as numbers, patterns
from newsfacts_organizations import name_tables as organizations
from newsfacts_people import lexicon as people
from newsfacts_quotes import lexicon as quotes

def entries(names):
    return {key: (e.name, e.acronym, e.kind) for key, e in names.items()}

tables = [
    entries(organizations.KNOWN), entries(organizations.KNOWN_FOLDED),
    *(
        (entries(table.names), table.lengths)
        for table in (organizations.KNOWN_TABLE, organizations.KNOWN_FOLDED_TABLE)
    ),
    sorted(dispatch.HEAD_KINDS.items()), dispatch.DISPATCH, people.GIVEN_NAMES,
    quotes.CUE.pattern, patterns.UNIT.pattern, patterns.CANDIDATE.pattern,
    *(
        sorted(table)
        for table in (patterns.UNIT_HEADS, patterns.UNIT_SHORT, patterns.QUALIFIER_ENDS,
                      patterns.BACK_LAST, patterns.UNIT_FIRST)
    ),
]
article = newsfacts.Article(
    text='The Supreme Court fined Acme Corp. $4.5 million on Tuesday, about 12 miles from '
    'Boston, and Senator Jane Doe said she was "appalled" by the ruling.',
    published=datetime.date(2025, 7, 10),
)
sys.stdout.buffer.write(marshal.dumps(
    (tables, repr(newsfacts.Extractor().extract(article).to_dict()))
))
"""


def test_the_built_in_plugins_tables_are_the_same_loaded_as_built(tmp_path: Path) -> None:
    def run(cache: str, hash_seed: str) -> bytes:
        # Each process its own hash seed: a table keyed by a set in its iteration order would
        # be built anew in every process.
        return subprocess.run(
            [sys.executable, "-c", textwrap.dedent(_TABLES)],
            capture_output=True,
            env={**os.environ, CACHE_DIR_VARIABLE: cache, "PYTHONHASHSEED": hash_seed},
            check=True,
        ).stdout

    cache = tmp_path / "cache"
    without = marshal.loads(run("", "1"))
    built_anew = marshal.loads(run(str(cache), "2"))
    folder = cache / tablecache.TABLES_FOLDER / sys.implementation.cache_tag
    files = {path.name: path.read_bytes() for path in folder.iterdir()}
    assert set(files) == {
        f"newsfacts{name}.marshal"
        for name in ("", "_dates", "_locations", "_numbers", "_organizations", "_people", "_quotes")
    }
    loaded = marshal.loads(run(str(cache), "3"))
    assert loaded == built_anew == without
    assert "Supreme Court" in loaded[1] and "appalled" in loaded[1]
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == files  # none anew
