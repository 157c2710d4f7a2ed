"""Extracted facts read back for the report, from JSON Lines, a facts table or results.

Whatever the source, the facts end up in one shape: the facts table (one row per fact;
``article_id``, ``published``, ``field``, ``start``, ``end``, ``text``, then one column per
fact attribute named ``<field>_<attribute>``), as an Arrow table, so the report counts with
Arrow's grouping in C rather than fact by fact in Python. ``FACTS.jsonl`` holds one record per
article as ``newsfacts extract --format jsonl`` prints it; ``FACTS.parquet`` is the facts
table itself; :class:`~newsfacts.Result` objects come straight from an extractor.
"""

from __future__ import annotations

import itertools
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsfacts.errors import FactsFileError
from newsfacts.view.results import ViewedResult

_TABLE_COLUMNS = ("article_id", "field", "start", "end", "text")


@attrs.frozen
class Corpus:
    """The facts of a corpus as a facts table, with how many articles they came from."""

    table: pa.Table
    articles: int
    articles_with_errors: int
    published: tuple[str, str] | None  # the first and last publication dates, ISO


def _published(value: Any) -> str | None:
    return str(value)[:10] if value else None


@attrs.define
class _Records:
    """Records of articles gathered field by field, to become one facts table."""

    facts: defaultdict[str, list[dict[str, Any]]] = attrs.Factory(lambda: defaultdict(list))
    owners: defaultdict[str, list[tuple[str, str | None]]] = attrs.Factory(
        lambda: defaultdict(list)
    )
    articles: int = 0
    with_errors: int = 0
    published: list[str] = attrs.Factory(list)

    def add(self, record: Any, where: str) -> None:
        if not isinstance(record, Mapping) or not isinstance(record.get("facts"), Mapping):
            raise FactsFileError(where, 'expected a record {"article": ..., "facts": {...}}')
        article = record.get("article")
        if not isinstance(article, Mapping):
            article = {}
        published = _published(article.get("published"))
        owner = (str(article.get("id") or article.get("url") or where), published)
        if published is not None:
            self.published.append(published)
        for field, facts in record["facts"].items():
            if not isinstance(facts, list) or not all(isinstance(f, dict) for f in facts):
                raise FactsFileError(where, f"the facts of {field!r} are not a list of objects")
            self.facts[str(field)] += facts
            self.owners[str(field)] += [owner] * len(facts)
        self.articles += 1
        self.with_errors += bool(record.get("errors"))

    def table(self) -> pa.Table | None:
        tables = [self._field_table(field, facts) for field, facts in self.facts.items() if facts]
        return pa.concat_tables(tables, promote_options="permissive") if tables else None

    def _field_table(self, field: str, facts: list[dict[str, Any]]) -> pa.Table:
        owners = self.owners[field]
        columns = {
            "article_id": pa.array([key for key, _ in owners], pa.string()),
            "published": pa.array([date for _, date in owners], pa.string()),
            "field": pa.array([field] * len(facts), pa.string()),
        }
        for name, array in zip(*_attribute_columns(facts), strict=True):
            column = name if name in ("start", "end", "text") else f"{field}_{name}"
            columns[column] = array
        return pa.table(columns)


def _attribute_columns(facts: list[dict[str, Any]]) -> tuple[list[str], list[pa.Array]]:
    """The facts' attribute names and a column for each."""
    try:  # Arrow reads the dicts in one pass in C++: the report's costliest step otherwise
        struct = pa.array(facts)
        return [child.name for child in struct.type], struct.flatten()
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):  # an attribute of mixed kinds
        names = list(dict.fromkeys(itertools.chain.from_iterable(facts)))
        return names, [_array([fact.get(name) for fact in facts]) for name in names]


def _array(values: list[Any]) -> pa.Array:
    """An Arrow column of ``values``; values of mixed kinds become their JSON text."""
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return pa.array(
            [v if v is None or isinstance(v, str) else json.dumps(v) for v in values], pa.string()
        )


def _json(raw: str, path: str, where: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise FactsFileError(path, f"{where}invalid JSON: {error.msg}") from None


def _read_json(path: str, lines: bool) -> Iterator[tuple[Any, str]]:
    """Records of a JSON Lines file, or of a JSON file holding one record or a list."""
    try:
        with open(path, encoding="utf-8") as stream:
            if not lines:
                data = _json(stream.read(), path, "")
                for index, record in enumerate(data if isinstance(data, list) else [data]):
                    yield record, f"{path}[{index}]"
                return
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield _json(line, path, f"line {number}: "), f"{path}:{number}"
    except OSError as error:
        raise FactsFileError(path, error.strerror or str(error)) from None
    except UnicodeDecodeError:
        raise FactsFileError(path, "not UTF-8 text") from None


def _read_table(path: str) -> pa.Table:
    try:
        table = pq.read_table(path)
    except FileNotFoundError:
        raise FactsFileError(path, "No such file or directory") from None
    except (OSError, pa.ArrowException) as error:
        raise FactsFileError(path, f"not a readable Parquet file: {error}") from None
    missing = [name for name in _TABLE_COLUMNS if name not in table.column_names]
    if missing:
        raise FactsFileError(path, f"not a facts table: no column {', '.join(missing)}")
    # An article is known by its id, else by its address.
    key = table["article_id"].cast(pa.string())
    if "url" in table.column_names:
        key = pc.coalesce(key, table["url"].cast(pa.string()))
    table = _replace(table, "article_id", pc.fill_null(key, ""))
    if "published" in table.column_names:
        published = pc.utf8_slice_codeunits(table["published"].cast(pa.string()), 0, 10)
        table = _replace(table, "published", published)
    return table.drop_columns([n for n in table.column_names if n == "url"])


def _replace(table: pa.Table, name: str, column: Any) -> pa.Table:
    return table.set_column(table.column_names.index(name), name, column)


def _result_record(result: ViewedResult) -> dict[str, Any]:
    article = result.article
    published = article.published.isoformat() if article.published else None
    return {
        "article": {
            "id": article.id or article.url or f"article {id(result):x}",
            "published": published,
        },
        "facts": {
            field: [fact.to_dict() for fact in facts] for field, facts in result.facts.items()
        },
        "errors": [error.to_dict() for error in result.errors],
    }


def _sources(sources: Iterable[Any], records: _Records) -> Iterator[pa.Table]:
    """Feed records to ``records``; yield the facts tables read as they are."""
    for source in sources:
        if isinstance(source, str | os.PathLike):
            path = os.fspath(source)
            suffix = Path(path).suffix.lower()
            if suffix in (".parquet", ".pq"):
                yield _read_table(path)
            elif suffix in (".jsonl", ".ndjson", ".json"):
                for record, where in _read_json(path, lines=suffix != ".json"):
                    records.add(record, where)
            else:
                raise FactsFileError(path, "expected a .jsonl or .parquet file of extracted facts")
        elif hasattr(source, "facts") and hasattr(source, "article"):
            records.add(_result_record(source), "result")
        else:
            raise TypeError(f"expected a path or a Result, got {type(source).__name__}")


def _table_articles(table: pa.Table) -> tuple[int, list[str]]:
    articles = pc.count_distinct(table["article_id"]).as_py()
    dates = []
    if "published" in table.column_names and table.num_rows:
        low, high = pc.min_max(table["published"]).values()
        dates = [date.as_py() for date in (low, high) if date.is_valid]
    return articles, dates


def read_corpus(sources: Iterable[Any]) -> Corpus:
    """Every fact of ``sources`` (paths of ``.jsonl``/``.parquet`` files, or results)."""
    records = _Records()
    tables = list(_sources(sources, records))
    articles, published = records.articles, list(records.published)
    for table in tables:
        count, dates = _table_articles(table)
        articles += count
        published += dates
    from_records = records.table()
    tables += [from_records] if from_records is not None else []
    if tables:
        table = pa.concat_tables(tables, promote_options="permissive")
    else:
        table = pa.table({name: pa.array([], pa.string()) for name in _TABLE_COLUMNS})
    span = (min(published), max(published)) if published else None
    return Corpus(table, articles, records.with_errors, span)
