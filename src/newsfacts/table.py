"""The facts table: one row per fact across a corpus, as a pyarrow Table, Parquet or CSV.

Every row has ``article_id``, ``url``, ``published``, ``field``, ``start``, ``end`` and
``text``, then one typed column per fact attribute of every field, named
``<field>_<attribute>`` (``numbers_value``, ``quotes_speaker``) and null where the row's fact
is of another field. Column types come from the fact classes' annotations (see
:func:`table_schema`); values are those of :meth:`newsfacts.Fact.to_dict`. An article's rows
come in text order.
"""

from __future__ import annotations

import collections
import itertools
import json
import operator
import os
from collections.abc import Callable, Iterable, Sequence
from types import TracebackType
from typing import Any, BinaryIO

import attrs
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from newsfacts.errors import TableError
from newsfacts.extractor import Extractor
from newsfacts.facts import Fact, Field
from newsfacts.result import Result
from newsfacts.schema import fact_attributes, value_kind

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "FACT_COLUMNS",
    "FORMATS",
    "TableWriter",
    "table_schema",
    "to_table",
]

#: The file formats :class:`TableWriter` writes.
FORMATS = ("parquet", "csv")
#: Rows per batch (a Parquet row group): for news facts about 15 MB of Python lists while
#: pending and 16 MB of Arrow arrays while written (measured on the seed article's facts).
DEFAULT_BATCH_SIZE = 65_536

#: The columns every row has, before the fact attributes' columns.
FACT_COLUMNS = (
    ("article_id", pa.string()),
    ("url", pa.string()),
    ("published", pa.string()),
    ("field", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("text", pa.string()),
)

_ARROW_TYPES = {bool: pa.bool_(), int: pa.int64(), float: pa.float64(), str: pa.string()}
# The Python types to_dict values may have in a column of each type (an int is a float).
_ACCEPTS: dict[type, tuple[type, ...]] = {
    bool: (bool,),
    int: (int,),
    float: (int, float),
    str: (str,),
}


@attrs.frozen
class _Column:
    """The column of one fact attribute of one field."""

    name: str
    attribute: str
    declared: str  # "Quantity.value", for error messages
    type: pa.DataType
    # The Python types of its values (of a list column: of its items); empty for a column of
    # JSON text, which holds any JSON-ready value.
    accepts: tuple[type, ...]

    @property
    def is_list(self) -> bool:
        return bool(pa.types.is_list(self.type))


def _column(field: Field[Any], attribute: str, annotation: object) -> _Column:
    name = f"{field.name}_{attribute}"
    declared = f"{field.fact_type.__name__}.{attribute}"
    kind = value_kind(annotation)
    if kind is None:
        return _Column(name, attribute, declared, pa.string(), ())
    scalar, listed = kind
    arrow = pa.list_(_ARROW_TYPES[scalar]) if listed else _ARROW_TYPES[scalar]
    return _Column(name, attribute, declared, arrow, _ACCEPTS[scalar])


@attrs.frozen
class _Layout:
    """The columns of a table over some fields: each field's attribute columns, in order."""

    fields: tuple[Field[Any], ...]
    columns: tuple[tuple[_Column, ...], ...]
    schema: pa.Schema

    @classmethod
    def of(cls, fields: Iterable[Field[Any]] | None) -> _Layout:
        fields = tuple(Extractor().fields if fields is None else fields)
        repeated = [n for n, c in collections.Counter(f.name for f in fields).items() if c > 1]
        if repeated:
            raise TableError(f"field {repeated[0]!r} is given twice")
        columns = tuple(
            tuple(_column(field, *item) for item in fact_attributes(field.fact_type).items())
            for field in fields
        )
        schema = [pa.field(name, type) for name, type in FACT_COLUMNS]
        schema += [pa.field(column.name, column.type) for group in columns for column in group]
        names = collections.Counter(column.name for column in schema)
        clashes = sorted(name for name, count in names.items() if count > 1)
        if clashes:
            raise TableError(
                f"two fact attributes give the same column {clashes[0]!r}: "
                "the table cannot hold both fields"
            )
        return cls(fields, columns, pa.schema(schema))

    def flat_schema(self) -> pa.Schema:
        """The schema with list columns as JSON text, for CSV (which has no lists)."""
        return pa.schema(
            [pa.field(f.name, pa.string()) if pa.types.is_list(f.type) else f for f in self.schema]
        )


def table_schema(fields: Iterable[Field[Any]]) -> pa.Schema:
    """The pyarrow schema of the facts table over ``fields``.

    Each fact attribute's column type comes from its annotation: ``int`` is int64, ``float``
    and ``int | float`` are float64, ``bool`` is bool, ``str`` (and dates, enums of strings,
    literals) is string; ``Optional`` only makes values nullable, as every attribute column
    is. A tuple or list of one of those is a list column (``dates_range`` is
    ``list<string>``); anything else is kept as JSON text in a string column. Raises
    :class:`~newsfacts.TableError` when two attributes would give the same column name.
    """
    return _Layout.of(fields).schema


def _text_order(item: tuple[Fact, int]) -> tuple[int, int, int]:
    fact, rank = item
    return fact.start, -fact.end, rank


def _picker(columns: tuple[_Column, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function taking a field's attribute values, in column order, from a fact's dict."""
    names = [column.attribute for column in columns]
    if len(names) == 1:
        return lambda values: (values[names[0]],)
    if not names:
        return lambda values: ()
    return operator.itemgetter(*names)


class _Batch:
    """Rows gathered column by column; each field's attribute values come with their rows."""

    def __init__(self, layout: _Layout, *, flat: bool) -> None:
        self.layout = layout
        self.flat = flat
        self.names = tuple(field.name for field in layout.fields)
        self.ranks = {name: rank for rank, name in enumerate(self.names)}
        self.pickers = tuple(_picker(group) for group in layout.columns)
        self.base: tuple[list[Any], ...] = tuple([] for _ in FACT_COLUMNS)
        # Per field: the rows of its facts, and each fact's attribute values (a tuple).
        self.rows: tuple[list[int], ...] = tuple([] for _ in layout.fields)
        self.values: tuple[list[tuple[Any, ...]], ...] = tuple([] for _ in layout.fields)

    def __len__(self) -> int:
        return len(self.base[0])

    def add(self, result: Result) -> None:
        facts: list[tuple[Fact, int]] = []
        for name, found in result.facts.items():
            if not found:
                continue
            if name not in self.ranks:
                raise TableError(
                    f"the result has facts of field {name!r}, which this table has no columns "
                    f"for (fields: {', '.join(self.ranks) or 'none'}); pass its fields"
                )
            rank = self.ranks[name]
            facts.extend((fact, rank) for fact in found)
        facts.sort(key=_text_order)
        article = result.article.to_dict()
        ids, urls, published, fields, starts, ends, texts = self.base
        first = len(starts)
        for kept, value in (
            (ids, article.get("id")),
            (urls, article.get("url")),
            (published, article.get("published")),
        ):
            kept.extend(itertools.repeat(value, len(facts)))
        fields.extend([self.names[rank] for _, rank in facts])
        starts.extend([fact.start for fact, _ in facts])
        ends.extend([fact.end for fact, _ in facts])
        texts.extend([fact.text for fact, _ in facts])
        for row, (fact, rank) in enumerate(facts, start=first):
            self.rows[rank].append(row)
            values = fact.to_dict()
            try:
                picked = self.pickers[rank](values)
            except KeyError:  # a to_dict of its own that leaves an attribute out: null there
                picked = tuple(values.get(c.attribute) for c in self.layout.columns[rank])
            self.values[rank].append(picked)

    def table(self) -> pa.Table:
        size = len(self)
        base = zip(self.base, FACT_COLUMNS, strict=True)
        arrays = [pa.array(values, type) for values, (_, type) in base]
        for columns, rows, values in zip(self.layout.columns, self.rows, self.values, strict=True):
            if not rows:
                arrays += [pa.nulls(size, _stored_type(c, flat=self.flat)) for c in columns]
                continue
            # Each field's values are built once, then spread over the batch's rows by take:
            # no Python loop over the rows of the other fields.
            spread = None
            if len(rows) < size:
                index: list[int | None] = [None] * size
                for position, row in enumerate(rows):
                    index[row] = position
                spread = pa.array(index, pa.int64())
            for column, kept in zip(columns, zip(*values, strict=True), strict=True):
                array = _array(column, kept, flat=self.flat)
                arrays.append(array if spread is None else array.take(spread))
        schema = self.layout.flat_schema() if self.flat else self.layout.schema
        return pa.Table.from_arrays(arrays, schema=schema)


def _fits(kind: type, accepts: tuple[type, ...]) -> bool:
    if kind in accepts:
        return True
    # A bool is an int to Python but not to a column of numbers.
    return issubclass(kind, accepts) and not (issubclass(kind, bool) and bool not in accepts)


def _stored_type(column: _Column, *, flat: bool) -> pa.DataType:
    return pa.string() if flat and column.is_list else column.type


def _array(column: _Column, values: Sequence[Any], *, flat: bool) -> pa.Array:
    if column.accepts:
        _check(column, values)
    if not column.accepts or (flat and column.is_list):
        return pa.array([_as_json(column, value) for value in values], pa.string())
    try:
        return pa.array(values, column.type)
    except (pa.ArrowException, OverflowError) as error:  # an int beyond int64, say
        raise TableError(f"column {column.name} ({column.type}): {error}") from None


def _check(column: _Column, values: Sequence[Any]) -> None:
    """Refuse values the column's type would not hold: pyarrow would truncate 2.5 to 2."""
    present = [value for value in values if value is not None]
    if column.is_list:
        _refuse(column, present, (list,))
        present = [item for item in itertools.chain.from_iterable(present) if item is not None]
    _refuse(column, present, column.accepts)


def _refuse(column: _Column, values: list[Any], accepts: tuple[type, ...]) -> None:
    wrong = {kind for kind in set(map(type, values)) if not _fits(kind, accepts)}
    if wrong:
        value = next(value for value in values if type(value) in wrong)
        raise TableError(
            f"column {column.name} ({column.type}) cannot hold {value!r}: a "
            f"{type(value).__name__}, not what {column.declared} is declared to be"
        )


def _as_json(column: _Column, value: Any) -> str | None:
    if value is None:
        return None
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError) as error:
        raise TableError(f"column {column.name}: {value!r} is not JSON-ready: {error}") from None


def to_table(
    results: Iterable[Result] | Result, *, fields: Iterable[Field[Any]] | None = None
) -> pa.Table:
    """The facts of ``results`` as one :class:`pyarrow.Table`, one row per fact.

    ``fields`` give the columns (default: the fields of the installed plugins,
    ``newsfacts.Extractor().fields``); a result holding facts of a field not among them
    raises :class:`~newsfacts.TableError`. The whole table is built in memory: for a large
    corpus write it with :class:`TableWriter`.
    """
    batch = _Batch(_Layout.of(fields), flat=False)
    for result in [results] if isinstance(results, Result) else results:
        batch.add(result)
    return batch.table()


class TableWriter:
    """Writes the facts of result after result to a Parquet or CSV file, batch by batch.

    ``where`` is a path or a binary file object (left open); ``fields`` give the columns
    (default: those of the installed plugins). As soon as ``batch_size`` rows are pending
    they are written out as one Parquet row group (or CSV block), so memory stays flat
    however many articles are written. CSV has no list columns: those hold the list as JSON
    text. An empty table is still a valid file with every column::

        with TableWriter("facts.parquet", fields=extractor.fields) as writer:
            for result in extractor.extract_many(articles):
                writer.write(result)
    """

    def __init__(
        self,
        where: str | os.PathLike[str] | BinaryIO,
        format: str = "parquet",
        *,
        fields: Iterable[Field[Any]] | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        if format not in FORMATS:
            raise TableError(f"unknown table format {format!r}; choose one of {', '.join(FORMATS)}")
        if batch_size < 1:
            raise TableError(f"batch_size must be at least 1, got {batch_size}")
        self._layout = _Layout.of(fields)
        self.format = format
        self.batch_size = batch_size
        self._batch = _Batch(self._layout, flat=format == "csv")
        # Paths are opened here so that the writer, not pyarrow, decides when they close.
        self._sink = None
        if isinstance(where, str | os.PathLike):
            self._sink = pa.OSFile(os.fspath(where), "wb")
        sink = where if self._sink is None else self._sink
        try:
            if format == "parquet":
                self._writer: Any = pq.ParquetWriter(sink, self._layout.schema)
            else:
                self._writer = pa_csv.CSVWriter(sink, self._layout.flat_schema())
        except BaseException:
            if self._sink is not None:
                self._sink.close()
            raise
        self.closed = False

    @property
    def fields(self) -> tuple[Field[Any], ...]:
        """The fields whose facts the table holds."""
        return self._layout.fields

    @property
    def schema(self) -> pa.Schema:
        """The table's schema (see :func:`table_schema`); in CSV, lists are JSON text."""
        return self._layout.flat_schema() if self.format == "csv" else self._layout.schema

    def write(self, result: Result) -> None:
        """Add one article's facts; a full batch is written out at once."""
        if self.closed:
            raise TableError("write to a closed TableWriter")
        self._batch.add(result)
        if len(self._batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write out the pending rows now (a Parquet row group), if any."""
        if len(self._batch):
            # A batch that cannot be built raises once, here, and is not tried again at close.
            batch, self._batch = self._batch, _Batch(self._layout, flat=self._batch.flat)
            self._writer.write_table(batch.table())

    def close(self) -> None:
        """Write the pending rows and finish the file (closing it if the writer opened it)."""
        if self.closed:
            return
        self.closed = True
        try:
            self.flush()
        finally:
            self._writer.close()
            if self._sink is not None:
                self._sink.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
