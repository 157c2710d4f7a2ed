"""Where ``newsfacts extract`` writes its results: JSON, JSON Lines, text or a facts table.

Text output is UTF-8 whatever the locale or ``PYTHONIOENCODING`` say: JSON is UTF-8 by
definition, and a consumer should not have to guess. A character UTF-8 cannot hold (a lone
surrogate from a ``\\ud800`` escape in the input) is written as its backslash escape, which is
also how JSON writes it.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import textwrap
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from newsfacts.errors import NewsfactsError
from newsfacts.facts import Field
from newsfacts.result import Result

TEXT_FORMATS = ("json", "jsonl", "text")
TABLE_FORMATS = ("parquet", "csv")
OUTPUT_FORMATS = TEXT_FORMATS + TABLE_FORMATS

Write = Callable[[Result], None]


def article_record(result: Result) -> dict[str, Any]:
    """The JSON record of one result: the one place that decides its shape.

    ``{"article": {...}, "facts": {field: [fact, ...]}, "errors": [...]}``, the record of
    :meth:`newsfacts.Result.to_dict` (which :meth:`newsfacts.Result.from_dict` reads back).
    """
    return result.to_dict()


@contextlib.contextmanager
def open_output(form: str, path: str | None, fields: tuple[Field[Any], ...]) -> Iterator[Write]:
    """A function writing each result in ``form`` to ``path`` (standard output when None)."""
    if form in TABLE_FORMATS:
        from newsfacts.table import TableWriter  # pyarrow loads only for tables

        target: Any = path if path is not None else sys.stdout.buffer
        try:
            writer = TableWriter(target, format=form, fields=fields)
        except OSError as error:
            raise _cannot_write(path, error) from None
        with writer as table:
            yield table.write
        return
    with _text_stream(path) as out:
        if form == "jsonl":

            def write_line(result: Result) -> None:
                out.write(json.dumps(article_record(result), ensure_ascii=False) + "\n")

            yield write_line
        elif form == "text":
            yield lambda result: _write_text(result, out)
        else:
            json_list = _JsonList(out)
            try:
                yield json_list.write
            finally:
                json_list.close()


@contextlib.contextmanager
def _text_stream(path: str | None) -> Iterator[TextIO]:
    if path is not None:
        try:
            opened = open(path, "w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115
        except OSError as error:
            raise _cannot_write(path, error) from None
        with opened as out:
            yield out
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text stream standing in for stdout (embedding, tests)
        yield sys.stdout
        return
    sys.stdout.flush()
    out = io.TextIOWrapper(buffer, encoding="utf-8", errors="backslashreplace")
    try:
        yield out
        out.flush()
    finally:
        out.detach()  # leaves sys.stdout's buffer open


class _JsonList:
    """One JSON object for one article, a list for several: written as they come."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first: str | None = None
        self.count = 0

    def write(self, result: Result) -> None:
        shown = json.dumps(article_record(result), ensure_ascii=False, indent=2)
        self.count += 1
        if self.count == 1:
            self.first = shown  # an object, unless a second article comes
            return
        if self.count == 2:
            assert self.first is not None
            self.out.write("[\n" + textwrap.indent(self.first, "  "))
        self.out.write(",\n" + textwrap.indent(shown, "  "))

    def close(self) -> None:
        if self.count == 0:
            self.out.write("[]\n")
        elif self.count == 1:
            self.out.write(f"{self.first}\n")
        else:
            self.out.write("\n]\n")


def _write_text(result: Result, out: TextIO) -> None:
    """A readable listing: the facts of each field with their offsets and attributes."""
    name = result.article.id or result.article.title or "article"
    out.write(f"== {name}\n")
    for field, facts in result.facts.items():
        out.write(f"{field} ({len(facts)})\n")
        for fact in facts:
            details = {k: v for k, v in fact.to_dict().items() if k not in ("text", "start", "end")}
            shown = " ".join(
                f"{k}={v!r}" for k, v in details.items() if v not in (None, "", [], {})
            )
            out.write(f"  {fact.start}-{fact.end} {fact.text!r} {shown}\n")
    for error in result.errors:
        out.write(f"error: {error.plugin}: {error.error_type}: {error.message}\n")


def _cannot_write(path: str | None, error: OSError) -> NewsfactsError:
    return NewsfactsError(f"{path}: cannot write: {error.strerror or error}")
