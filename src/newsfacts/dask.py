"""Dask: extract facts from a corpus on many processes or a cluster (see :doc:`/cluster`).

Needs the ``dask`` extra: ``pip install 'newsfacts[dask]'``. ::

    import newsfacts.dask

    articles = newsfacts.dask.read_articles_bag("corpus/*.jsonl")
    records = newsfacts.dask.extract_bag(articles, published="2025-07-10")
    newsfacts.dask.facts_frame(records).to_parquet("facts/")

Each worker process builds its :class:`~newsfacts.Extractor` once (per set of plugins) and
keeps it for every partition it is given. Results travel as JSON-ready records, one per
article (:meth:`newsfacts.Result.to_dict`; :meth:`~newsfacts.Result.from_dict` reads one
back), as ``newsfacts extract --format jsonl`` prints them::

    {"article": {"text": ..., "id": ..., "published": ..., "url": ..., ...},
     "facts": {"numbers": [{"text": ..., "start": ..., "end": ..., ...}, ...], ...},
     "errors": [{"plugin": ..., "error_type": ..., "message": ..., "field": ...}, ...]}

so they can be written as JSON lines (``.map(json.dumps).to_textfiles(...)``) or turned into
the facts table (:func:`facts_frame`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import typing
from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any

import attrs

from newsfacts.article import Article
from newsfacts.errors import InvalidArticleError
from newsfacts.extractor import ArticleInput, Extractor
from newsfacts.facts import Field

try:
    import dask.bag as db
    import dask.dataframe as dd
    import fsspec
    import pandas as pd
except ImportError as error:
    raise ImportError(
        f"newsfacts.dask needs Dask, its dataframes and pandas: pip install 'newsfacts[dask]' "
        f"({error})"
    ) from error

__all__ = ["extract_bag", "facts_frame", "read_articles_bag"]

# The columns every row of the facts table has, before the facts' own attributes.
_BASE_COLUMNS = {
    "article_id": "string",
    "url": "string",
    "published": "string",
    "field": "string",
    "start": "int64",
    "end": "int64",
    "text": "string",
}
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_ARTICLE_KEYS = frozenset(field.name for field in attrs.fields(Article))

PathsLike = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


@functools.lru_cache(maxsize=8)
def _extractor(plugins: tuple[str, ...] | None) -> Extractor:
    """The extractor of this process for these plugins: loaded once, reused by every task."""
    return Extractor(plugins)


def _plugins_key(plugins: Iterable[str] | None) -> tuple[str, ...] | None:
    if plugins is None:
        return None
    return (plugins,) if isinstance(plugins, str) else tuple(sorted(plugins))


def _extract_partition(
    items: Iterable[ArticleInput],
    plugins: tuple[str, ...] | None,
    published: dt.date | str | None,
) -> list[dict[str, Any]]:
    extractor = _extractor(plugins)
    return [extractor.extract(item, published=published).to_dict() for item in items]


def extract_bag(
    bag: db.Bag,
    plugins: Iterable[str] | None = None,
    published: dt.date | str | None = None,
) -> db.Bag:
    """A bag of result records (see above), one per article of ``bag``, in its order.

    ``bag`` holds texts, JSON-like mappings or :class:`~newsfacts.Article` objects; ``plugins``
    names the plugins or fields to run (None: all installed), ``published`` sets or overrides
    every article's publication date. Lazy, like every bag: nothing runs before ``compute``.
    """
    return bag.map_partitions(_extract_partition, _plugins_key(plugins), published)


# ---- the facts table ------------------------------------------------------------------------


def _dtype(annotation: object) -> str:
    """The pandas dtype of a fact attribute: nullable numbers, booleans and strings.

    Values of any other type (tuples, lists, mappings) are stored as JSON text.
    """
    kinds = set(typing.get_args(annotation)) - {type(None)} or {annotation}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "Int64"
    if kinds <= {int, float}:
        return "float64"
    return "string"


def _table_columns(fields: Iterable[Field[Any]]) -> dict[str, str]:
    """The facts table's columns and their pandas dtypes, for these fields."""
    # The facts table of newsfacts.table (being written) has these columns; once it lands,
    # this and _frame become a call of it.
    columns = dict(_BASE_COLUMNS)
    for field in fields:
        try:
            hints = typing.get_type_hints(field.fact_type)
        except Exception:  # an annotation that cannot be evaluated: keep its values as text
            hints = {}
        for attribute in attrs.fields(field.fact_type):
            if attribute.name not in ("text", "start", "end"):
                columns[f"{field.name}_{attribute.name}"] = _dtype(hints.get(attribute.name))
    return columns


def _rows(records: Iterable[Mapping[str, Any]], columns: Mapping[str, str]) -> list[dict[str, Any]]:
    rows = []
    for record in records:
        article = record["article"]
        for field, facts in record["facts"].items():
            for fact in facts:
                row = dict.fromkeys(columns)
                row.update(
                    article_id=article.get("id"),
                    url=article.get("url"),
                    published=article.get("published"),
                    field=field,
                    start=fact["start"],
                    end=fact["end"],
                    text=fact["text"],
                )
                for name, value in fact.items():
                    column = f"{field}_{name}"
                    if column in columns:
                        row[column] = _cell(value, columns[column])
                rows.append(row)
    return rows


def _cell(value: Any, dtype: str) -> Any:
    if dtype == "string" and value is not None and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return value


def _frame(records: Iterable[Mapping[str, Any]], columns: Mapping[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(_rows(records, columns), columns=list(columns), dtype=object)
    return frame.astype(dict(columns))


def facts_frame(records: db.Bag, plugins: Iterable[str] | None = None) -> dd.DataFrame:
    """The facts table of a bag of result records, as a Dask dataframe (one row per fact).

    Columns: ``article_id``, ``url``, ``published`` (ISO 8601 text), ``field``, ``start``,
    ``end``, ``text``, then ``<field>_<attribute>`` for each attribute of each field's facts
    (``numbers_value``, ``locations_latitude``...), null where a row's fact does not have it.
    Numbers are nullable floats or integers, flags nullable booleans, other values text (JSON
    for lists). ``plugins`` must be those given to :func:`extract_bag`: they fix the columns.
    """
    columns = _table_columns(_extractor(_plugins_key(plugins)).fields)
    parts = records.map_partitions(_frame, columns).to_delayed()
    return dd.from_delayed(parts, meta=_frame([], columns), verify_meta=False)


# ---- reading files --------------------------------------------------------------------------


def _suffix(path: str) -> str:
    return PurePosixPath(path).suffix.lower()


def _read_file(file: Any) -> list[dict[str, Any]]:
    """The articles of one file: a JSON object per line, a JSON document, or one text."""
    path, suffix = file.path, _suffix(file.path)
    with file as stream:
        if suffix in JSONL_SUFFIXES:
            return [
                _article_fields(_json(line, f"{path}:{number}"), f"{path}:{number}")
                for number, line in enumerate(stream, start=1)
                if line.strip()
            ]
        content = stream.read()
    if suffix == ".json":
        data = _json(content, path)
        items = data if isinstance(data, list) else [data]
        return [_article_fields(item, f"{path}[{index}]") for index, item in enumerate(items)]
    return [{"text": content, "id": PurePosixPath(path).stem}]


def _json(raw: str, where: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise InvalidArticleError("article", f"{where}: invalid JSON: {error.msg}") from None


def _article_fields(item: Any, where: str) -> dict[str, Any]:
    """An article's own keys of a JSON object (a corpus line may carry much else)."""
    if not isinstance(item, Mapping):
        raise InvalidArticleError("article", f"{where}: expected a JSON object")
    return {key: value for key, value in item.items() if key in _ARTICLE_KEYS}


def read_articles_bag(paths: PathsLike, *, blocksize: int | str | None = None) -> db.Bag:
    """A bag of article records read from files, one partition per file.

    ``paths`` is a path, a glob (``"corpus/*.jsonl"``) or a list of them, local or remote
    (any URL `fsspec <https://filesystem-spec.readthedocs.io/>`_ opens, such as ``s3://``).
    ``.jsonl``/``.ndjson`` files hold one article object per line, ``.json`` files one object
    or a list of them (``text`` required; ``id``, ``published``, ``url``... kept), and any other
    file is one article's text, its id the file name without suffix. Files are read by the
    workers, so they must see the same paths. ``blocksize`` (bytes, or ``"64MiB"``) splits
    JSON lines files into partitions of about that size, for files too large for one worker.
    """
    names = [os.fspath(p) for p in ([paths] if isinstance(paths, str | os.PathLike) else paths)]
    files = fsspec.open_files(names, mode="rt", encoding="utf-8-sig")
    if not files:
        raise InvalidArticleError("article", f"no file matches {', '.join(names)}")
    if blocksize is None:
        return db.from_sequence(files, npartitions=len(files)).map_partitions(_read_files)
    lines = [f.full_name for f in files if _suffix(f.path) in JSONL_SUFFIXES]
    others = [f for f in files if _suffix(f.path) not in JSONL_SUFFIXES]
    bags = []
    if lines:
        text = db.read_text(lines, blocksize=blocksize, encoding="utf-8-sig", include_path=True)
        bags.append(text.filter(_has_text).map(_parse_line))
    if others:
        bags.append(db.from_sequence(others, npartitions=len(others)).map_partitions(_read_files))
    return bags[0] if len(bags) == 1 else db.concat(bags)


def _read_files(files: Iterable[Any]) -> list[dict[str, Any]]:
    return [article for file in files for article in _read_file(file)]


def _has_text(pair: tuple[str, str]) -> bool:
    return bool(pair[0].strip())


def _parse_line(pair: tuple[str, str]) -> dict[str, Any]:
    line, path = pair
    return _article_fields(_json(line, path), path)
