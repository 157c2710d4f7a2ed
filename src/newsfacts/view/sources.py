"""Extracted facts read back for the report, from JSON Lines, a facts table or results.

Whatever the source, each fact becomes one :class:`FactRow`, so the report has one shape to
count: ``FACTS.jsonl`` holds one record per article as ``newsfacts extract --format jsonl``
prints it; ``FACTS.parquet`` is the facts table (one row per fact, ``<field>_<attribute>``
columns); :class:`~newsfacts.Result` objects come straight from an extractor.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from newsfacts.errors import FactsFileError

if TYPE_CHECKING:
    import pyarrow

    from newsfacts.extractor import Result

_TABLE_COLUMNS = ("article_id", "field", "start", "end", "text")


@attrs.frozen
class FactRow:
    """One fact of one article: its field, its text and its attributes (no offsets)."""

    article: str
    published: str | None
    field: str
    text: str
    attributes: Mapping[str, Any]


@attrs.frozen
class Corpus:
    """The facts of a corpus, with how many articles they came from."""

    articles: int
    articles_with_errors: int
    rows: tuple[FactRow, ...]
    published: tuple[str, ...] = ()  # the articles' publication dates, ISO, where known


def _published(value: Any) -> str | None:
    return str(value)[:10] if value else None


def _record_rows(record: Any, where: str) -> tuple[str, str | None, list[FactRow], bool]:
    if not isinstance(record, Mapping) or not isinstance(record.get("facts"), Mapping):
        raise FactsFileError(where, 'expected a record {"article": ..., "facts": {...}}')
    article = record.get("article")
    if not isinstance(article, Mapping):
        article = {}
    key = str(article.get("id") or article.get("url") or where)
    published = _published(article.get("published"))
    rows = []
    for field, facts in record["facts"].items():
        if not isinstance(facts, list):
            raise FactsFileError(where, f"facts of {field!r} are not a list")
        for fact in facts:
            if not isinstance(fact, Mapping):
                raise FactsFileError(where, f"a fact of {field!r} is not an object")
            rows.append(FactRow(key, published, str(field), str(fact.get("text", "")), fact))
    return key, published, rows, bool(record.get("errors"))


def _json(raw: str, path: str, where: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise FactsFileError(path, f"{where}invalid JSON: {error.msg}") from None


def _read_json(path: str, lines: bool) -> Iterator[tuple[str, str | None, list[FactRow], bool]]:
    """Records of a JSON Lines file, or of a JSON file holding one record or a list."""
    try:
        with open(path, encoding="utf-8") as stream:
            if not lines:
                data = _json(stream.read(), path, "")
                for index, record in enumerate(data if isinstance(data, list) else [data]):
                    yield _record_rows(record, f"{path}[{index}]")
                return
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield _record_rows(_json(line, path, f"line {number}: "), f"{path}:{number}")
    except OSError as error:
        raise FactsFileError(path, error.strerror or str(error)) from None
    except UnicodeDecodeError:
        raise FactsFileError(path, "not UTF-8 text") from None


def _field_columns(names: Iterable[str], fields: Iterable[str]) -> dict[str, dict[str, str]]:
    """For each field, its attribute columns: ``{"numbers": {"numbers_value": "value"}}``."""
    fields = sorted(fields, key=len, reverse=True)  # "foo_bar_x" belongs to "foo_bar", not "foo"
    owned: dict[str, dict[str, str]] = {field: {} for field in fields}
    for name in names:
        for field in fields:
            if name.startswith(f"{field}_"):
                owned[field][name] = name[len(field) + 1 :]
                break
    return owned


def _read_table(path: str) -> Iterator[tuple[str, str | None, list[FactRow], bool]]:
    try:
        import pyarrow.compute as pc
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        raise FactsFileError(path, "reading a facts table needs pyarrow") from None
    try:
        table: pyarrow.Table = pq.read_table(path)
    except (OSError, ValueError) as error:
        raise FactsFileError(path, f"not a readable Parquet file: {error}") from None
    missing = [name for name in _TABLE_COLUMNS if name not in table.column_names]
    if missing:
        raise FactsFileError(path, f"not a facts table: no column {', '.join(missing)}")
    fields = [str(name) for name in pc.unique(table["field"]).to_pylist() if name is not None]
    columns = _field_columns(table.column_names, fields)
    meta = [
        name for name in ("article_id", "url", "published", "text") if name in table.column_names
    ]
    by_article: dict[str, tuple[str | None, list[FactRow]]] = {}
    for field in fields:
        # One field at a time, only its own columns: far less to turn into Python objects.
        part = table.filter(pc.equal(table["field"], field))
        data = part.select([*meta, *columns[field]]).to_pydict()
        renamed = [(columns[field][name], data[name]) for name in columns[field]]
        ids, urls = data["article_id"], data.get("url") or [None] * part.num_rows
        dates = data.get("published") or [None] * part.num_rows
        for row in range(part.num_rows):
            key = str(ids[row] or urls[row] or "")
            published = _published(dates[row])
            attributes = {name: values[row] for name, values in renamed if values[row] is not None}
            fact = FactRow(key, published, field, str(data["text"][row] or ""), attributes)
            by_article.setdefault(key, (published, []))[1].append(fact)
    for key, (published, rows) in by_article.items():
        yield key, published, rows, False


def _result_rows(result: Result) -> tuple[str, str | None, list[FactRow], bool]:
    article = result.article
    key = article.id or article.url or f"article {id(result):x}"
    published = _published(article.published.isoformat() if article.published else None)
    rows = [
        FactRow(key, published, field, fact.text, fact.to_dict())
        for field, facts in result.facts.items()
        for fact in facts
    ]
    return key, published, rows, bool(result.errors)


def _entries(source: Any) -> Iterator[tuple[str, str | None, list[FactRow], bool]]:
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        suffix = Path(path).suffix.lower()
        if suffix in (".parquet", ".pq"):
            yield from _read_table(path)
        elif suffix in (".jsonl", ".ndjson", ".json"):
            yield from _read_json(path, lines=suffix != ".json")
        else:
            raise FactsFileError(path, "expected a .jsonl or .parquet file of extracted facts")
    elif hasattr(source, "facts") and hasattr(source, "article"):
        yield _result_rows(source)
    else:
        raise TypeError(f"expected a path or a Result, got {type(source).__name__}")


def read_corpus(sources: Iterable[Any]) -> Corpus:
    """Every fact of ``sources`` (paths of ``.jsonl``/``.parquet`` files, or results)."""
    rows: list[FactRow] = []
    articles = with_errors = 0
    published = []
    for source in sources:
        for _key, date, facts, failed in _entries(source):
            articles += 1
            with_errors += failed
            rows += facts
            if date:
                published.append(date)
    return Corpus(articles, with_errors, tuple(rows), tuple(published))
