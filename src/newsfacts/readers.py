"""Reading corpora: articles from files, directories and standard input, one at a time.

:func:`read_items` yields a :class:`ReadItem` for every item of every input — an article, an
error saying why an item gave none, or a record that holds no article (skipped) — so that a
caller can count and report them all; :func:`read_articles` yields just the articles. Both
stream: a JSON Lines file or a web crawl is read one line or record at a time.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import PurePath
from typing import IO, Any, BinaryIO, Literal, get_args

import attrs

from newsfacts.article import Article
from newsfacts.errors import InvalidArticleError, ReadError
from newsfacts.items import ReadItem
from newsfacts.published import DATE_ORDERS, DateOrder
from newsfacts.streams import REPLACED, closes, decode, decoded_lines, open_input, source_name

InputFormat = Literal["txt", "json", "jsonl", "html", "warc"]
#: The input formats, as named by ``input_format`` and the CLI's ``--input-format``.
INPUT_FORMATS: tuple[str, ...] = get_args(InputFormat)
#: File name endings and the format read from them (each may also end in ``.gz``).
SUFFIXES: dict[str, InputFormat] = {
    ".txt": "txt",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".warc": "warc",
}
Source = str | os.PathLike[str] | IO[bytes]


def read_items(
    sources: Source | Iterable[Source],
    *,
    input_format: InputFormat | None = None,
    date_order: DateOrder | None = None,
) -> Iterator[ReadItem]:
    """Every item of the given inputs, in order, as :class:`ReadItem` values.

    A source is a path (a file, or a directory read recursively: files named ``*.txt``,
    ``*.json``, ``*.jsonl``, ``*.ndjson``, ``*.html``, ``*.htm``, ``*.warc``, each possibly
    ``.gz``; hidden files skipped), ``"-"`` for standard input, or a binary file object.
    ``input_format`` reads the named files, standard input and file objects as that format
    instead of by their names (standard input is read as text when it is not given);
    ``date_order`` reads all-numeric publication dates ("10/07/2025").
    """
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise ValueError(
            f"input_format must be one of {', '.join(INPUT_FORMATS)}, not {input_format!r}"
        )
    if date_order is not None and date_order not in DATE_ORDERS:
        raise ValueError(f"date_order must be one of {', '.join(DATE_ORDERS)}, not {date_order!r}")
    if isinstance(sources, str | os.PathLike) or hasattr(sources, "read"):
        sources = [sources]  # type: ignore[list-item]
    for source in sources:
        if isinstance(source, str | os.PathLike) and os.path.isdir(source):
            yield from _read_directory(os.fspath(source), date_order)
        else:
            name = source_name(source)
            form = input_format or format_of(name) or "txt"
            yield from _read_source(source, name, form, date_order)


def read_articles(
    sources: Source | Iterable[Source],
    *,
    input_format: InputFormat | None = None,
    date_order: DateOrder | None = None,
    on_error: Literal["raise"] | Callable[[ReadError], object] = "raise",
) -> Iterator[Article]:
    """The articles of the given inputs (see :func:`read_items` for the sources), streamed.

    An item that cannot be read raises its :class:`~newsfacts.ReadError` (``on_error=
    "raise"``, the default) or is passed to ``on_error`` (a callable) while reading goes on.
    A warning is issued with :mod:`warnings`: a :class:`UnicodeWarning` for bytes that were
    not UTF-8 (replaced), a :class:`UserWarning` for other caveats.
    """
    for item in read_items(sources, input_format=input_format, date_order=date_order):
        if item.warning:
            category = UnicodeWarning if item.warning.startswith(REPLACED) else UserWarning
            warnings.warn(f"{item.where}: {item.warning}", category, stacklevel=2)
        if item.article is not None:
            yield item.article
        elif item.error is not None:
            if on_error == "raise":
                raise item.error
            on_error(item.error)


def format_of(name: str) -> InputFormat | None:
    """The format a file name says (``crawl.warc.gz`` -> ``warc``), or None."""
    path = PurePath(name.lower())
    if path.suffix == ".gz":
        path = path.with_suffix("")
    return SUFFIXES.get(path.suffix)


def _stem(name: str) -> str:
    """A file's name without its directory and format endings: the article id of a page."""
    path = PurePath(name)
    while path.suffix.lower() in (*SUFFIXES, ".gz"):
        path = path.with_suffix("")
    return path.name


def _read_directory(path: str, date_order: DateOrder | None) -> Iterator[ReadItem]:
    """Files of a directory tree in name order; other files are reported as skipped."""
    try:
        with os.scandir(path) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield ReadItem(path, error=ReadError(path, f"cannot list: {error.strerror or error}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _read_directory(entry.path, date_order)
        elif (form := format_of(entry.name)) is not None:
            yield from _read_source(entry.path, entry.path, form, date_order)
        else:
            yield ReadItem(entry.path, skipped="not an article file (by its name)")


def _read_source(
    source: Source, name: str, form: InputFormat, date_order: DateOrder | None
) -> Iterator[ReadItem]:
    try:
        # warcio reads in blocks of its own: unbuffered, a truncated crawl yields every
        # record before the truncation
        stream = open_input(source, name, buffered=form != "warc")
    except ReadError as error:
        yield ReadItem(name, error=error)
        return
    try:
        yield from _READERS[form](stream, name, date_order)
    except ReadError as error:  # the input broke off (truncated gzip): its items so far stand
        yield ReadItem(error.where, error=error)
    except OSError as error:
        yield ReadItem(name, error=ReadError(name, f"cannot read: {error.strerror or error}"))
    finally:
        if closes(source):
            stream.close()


def _item(
    where: str, warning: str | None, make: Callable[..., Article], *args: Any, **kwargs: Any
) -> ReadItem:
    """The article ``make(*args, **kwargs)`` returns, or the error it raises, as an item."""
    try:
        return ReadItem(where, article=make(*args, **kwargs), warning=warning)
    except InvalidArticleError as error:
        return ReadItem(where, error=ReadError(where, str(error)), warning=warning)


def _read_txt(stream: BinaryIO, name: str, _: DateOrder | None) -> Iterator[ReadItem]:
    text, replaced = decode(stream.read())
    if "\x00" in text:  # no text format writes NUL: an image or an archive named .txt
        yield ReadItem(name, error=ReadError(name, "binary data (NUL bytes), not text"))
        return
    article_id = None if name == "<stdin>" else _stem(name)
    yield _item(name, REPLACED if replaced else None, Article, text=text, id=article_id)


def _read_json(stream: BinaryIO, name: str, date_order: DateOrder | None) -> Iterator[ReadItem]:
    """A JSON file: an article object or a list of them (read whole: use JSON Lines to stream)."""
    text, replaced = decode(stream.read())
    warning = REPLACED if replaced else None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        yield ReadItem(name, error=ReadError(name, _json_error(error)), warning=warning)
        return
    if not isinstance(data, list):
        yield _item(name, warning, Article.from_dict, data, date_order=date_order)
        return
    for index, value in enumerate(data):
        where, warning = f"{name}[{index}]", warning if index == 0 else None
        yield _item(where, warning, Article.from_dict, value, date_order=date_order)


def _read_jsonl(stream: BinaryIO, name: str, date_order: DateOrder | None) -> Iterator[ReadItem]:
    """JSON Lines: an article object per line, read line by line; blank lines are skipped."""
    replaced_before = False
    number = 0
    try:
        for number, (line, replaced) in enumerate(decoded_lines(stream), start=1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            warning = None
            if replaced and not replaced_before:
                warning = f"{REPLACED} (first on this line; later lines are not reported)"
                replaced_before = True
            yield _json_line(line, where, warning, date_order)
    except ReadError as error:  # the stream broke off (truncated gzip) after line ``number``
        raise ReadError(f"{name}:{number + 1}", error.message) from None


def _json_line(
    line: str, where: str, warning: str | None, date_order: DateOrder | None
) -> ReadItem:
    try:
        data = json.loads(line)
    except (ValueError, RecursionError) as error:
        message = _json_error(error, one_line=True)
        return ReadItem(where, error=ReadError(where, message), warning=warning)
    return _item(where, warning, Article.from_dict, data, date_order=date_order)


def _json_error(error: ValueError | RecursionError, *, one_line: bool = False) -> str:
    if isinstance(error, json.JSONDecodeError):
        at = f"column {error.colno}" if one_line else f"line {error.lineno}, column {error.colno}"
        # json's messages end in " at" before the position it would append ("...string at")
        return f"invalid JSON: {error.msg.removesuffix(' at')} ({at})"
    if isinstance(error, RecursionError):
        return "invalid JSON: nested too deeply"
    return f"invalid JSON: {error}"


def _read_html(stream: BinaryIO, name: str, _: DateOrder | None) -> Iterator[ReadItem]:
    from newsfacts.html import MAX_PAGE_BYTES

    page = stream.read(MAX_PAGE_BYTES + 1)
    if len(page) > MAX_PAGE_BYTES:
        error = ReadError(name, f"page larger than the {MAX_PAGE_BYTES:,} bytes read")
        yield ReadItem(name, error=error)
        return
    article_id = None if name == "<stdin>" else _stem(name)
    yield _item(name, None, _page_article, page, article_id)


def _page_article(page: bytes, article_id: str | None) -> Article:
    return attrs.evolve(Article.from_html(page), id=article_id)


def _read_warc(stream: BinaryIO, name: str, _: DateOrder | None) -> Iterator[ReadItem]:
    from newsfacts.warc import read_warc  # warcio and trafilatura load only for crawls

    yield from read_warc(stream, name)


_READERS: dict[str, Callable[[BinaryIO, str, DateOrder | None], Iterator[ReadItem]]] = {
    "txt": _read_txt,
    "json": _read_json,
    "jsonl": _read_jsonl,
    "html": _read_html,
    "warc": _read_warc,
}
