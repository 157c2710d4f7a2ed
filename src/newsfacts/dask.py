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
import io
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newsfacts.article import Article, ArticleInput, to_article
from newsfacts.errors import ReadError
from newsfacts.extractor import Extractor
from newsfacts.facts import Field
from newsfacts.published import DateOrder
from newsfacts.readers import format_of, read_articles
from newsfacts.result import Result

try:
    import dask.bag as db
    import fsspec
except ImportError as error:
    raise ImportError(
        f"newsfacts.dask needs Dask, its dataframes and pandas: pip install 'newsfacts[dask]' "
        f"({error})"
    ) from error

if TYPE_CHECKING:
    # Imported where used: a worker that only extracts never loads them (a second or two).
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa

__all__ = ["extract_bag", "facts_frame", "read_articles_bag"]

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
    # In batches, field by field (newsfacts.batches): what extract gives each article.
    articles = (to_article(item, published=published) for item in items)
    return [result.to_dict() for result in extractor.extract_many(articles)]


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


def _pandas(table: pa.Table) -> pd.DataFrame:
    import pandas as pd

    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _frame(records: Iterable[Mapping[str, Any]], fields: tuple[Field[Any], ...]) -> pd.DataFrame:
    from newsfacts.table import to_table

    results = [Result.from_dict(record, fields=fields) for record in records]
    return _pandas(to_table(results, fields=fields))


def facts_frame(records: db.Bag, plugins: Iterable[str] | None = None) -> dd.DataFrame:
    """The facts table of a bag of result records, as a Dask dataframe (one row per fact).

    The columns of :func:`newsfacts.table.to_table`: ``article_id``, ``url``, ``published``,
    ``field``, ``start``, ``end``, ``text``, then ``<field>_<attribute>`` for each attribute
    of each field's facts (``numbers_value``, ``locations_latitude``...), null where a row's
    fact does not have it; Arrow-backed pandas types, lists included (read a Parquet dataset of
    it back with ``dtype_backend="pyarrow"``). ``plugins`` must be those given to
    :func:`extract_bag`: they fix the columns, known before anything runs.
    """
    import dask.dataframe as dd

    from newsfacts.table import table_schema

    fields = _extractor(_plugins_key(plugins)).fields
    meta = _pandas(table_schema(fields).empty_table())
    parts = records.map_partitions(_frame, fields).to_delayed()
    return dd.from_delayed(parts, meta=meta, verify_meta=False)


# ---- reading files --------------------------------------------------------------------------


def _files(name: str) -> list[str]:
    """The files a path, a glob, a directory or a URL names, sorted, with their protocol."""
    if "://" not in name and os.path.isdir(name):
        found = []
        for folder, subfolders, files in os.walk(name):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            found += [
                os.path.join(folder, file)
                for file in sorted(files)
                if not file.startswith(".") and format_of(file)
            ]
        return found
    filesystem, _, paths = fsspec.core.get_fs_token_paths(name)
    if "file" in filesystem.protocol:
        return sorted(paths)
    return sorted(filesystem.unstrip_protocol(path) for path in paths)


def _read_file(name: str, date_order: DateOrder | None) -> Iterator[Article]:
    if "://" not in name or name.startswith("file://"):
        yield from read_articles(name.removeprefix("file://"), date_order=date_order)
        return
    with fsspec.open(name, mode="rb") as stream:
        form = format_of(name) or "txt"
        yield from read_articles(stream, input_format=form, date_order=date_order)


def _read_files(names: Iterable[str], date_order: DateOrder | None) -> list[Article]:
    return [article for name in names for article in _read_file(name, date_order)]


def _read_block(lines: Iterable[tuple[str, str]], date_order: DateOrder | None) -> list[Article]:
    """The articles of a block of JSON lines (their line numbers count from the block)."""
    pairs = list(lines)
    if not pairs:
        return []
    block = io.BytesIO("".join(line for line, _ in pairs).encode("utf-8"))
    block.name = f"{pairs[0][1]} (a block)"
    return list(read_articles(block, input_format="jsonl", date_order=date_order))


def read_articles_bag(
    paths: PathsLike,
    *,
    blocksize: int | str | None = None,
    date_order: DateOrder | None = None,
) -> db.Bag:
    """A bag of :class:`~newsfacts.Article` objects read from files, one partition per file.

    ``paths`` is a path, a glob (``"corpus/*.jsonl"``), a directory (read recursively) or a
    list of them, local or remote (any URL `fsspec <https://filesystem-spec.readthedocs.io/>`_
    opens, such as ``s3://``). Every format :func:`newsfacts.read_articles` reads: ``.txt``
    (one article), ``.json`` (an object or a list), ``.jsonl``/``.ndjson`` (an object per
    line), ``.html``/``.htm`` (a web page), ``.warc`` (a web crawl), each possibly ``.gz``;
    an unreadable item raises its :class:`~newsfacts.ReadError` when the bag is computed.
    Files are read by the workers, so they must see the same paths. ``blocksize`` (bytes,
    or ``"64MiB"``) splits uncompressed JSON lines files into partitions of about that size,
    for files too large for one worker. ``date_order`` reads all-numeric publication dates.
    """
    names = [os.fspath(p) for p in ([paths] if isinstance(paths, str | os.PathLike) else paths)]
    files = [file for name in names for file in _files(name)]
    if not files:
        raise ReadError(", ".join(names), "no file found")
    splits = [f for f in files if blocksize is not None and format_of(f) == "jsonl"]
    splits = [f for f in splits if not f.endswith(".gz")]
    whole = [f for f in files if f not in splits]
    bags = []
    if splits:
        lines = db.read_text(splits, blocksize=blocksize, include_path=True)
        bags.append(lines.map_partitions(_read_block, date_order))
    if whole:
        one_each = db.from_sequence(whole, npartitions=len(whole))
        bags.append(one_each.map_partitions(_read_files, date_order))
    return bags[0] if len(bags) == 1 else db.concat(bags)
