"""Web crawls: the news pages of a WARC file, read record by record with warcio.

Every ``response`` record whose HTTP status is 2xx and whose body is HTML becomes an article
(see :meth:`newsfacts.Article.from_html`) with the record's target URI as ``url``, its record
id as ``id`` and its WARC date as the publication date when the page gives none. Other records
(requests, metadata, images, redirects) are skipped, and said so. A record that cannot be
parsed ends the reading of its file with an error: a WARC has no markers to resynchronise on.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import Any, BinaryIO

import attrs
from warcio.archiveiterator import ArchiveIterator

from newsfacts.article import Article
from newsfacts.errors import InvalidArticleError, ReadError
from newsfacts.html import MAX_PAGE_BYTES
from newsfacts.items import ReadItem
from newsfacts.published import parse_published

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def read_warc(stream: BinaryIO, name: str) -> Iterator[ReadItem]:
    """The items of a WARC stream (already decompressed when it was gzip data)."""
    records = ArchiveIterator(stream)
    number = 0
    while True:
        number += 1
        where = f"{name}: record {number}"
        try:
            record = next(records)
        except StopIteration:
            break
        except ReadError as error:  # the compressed stream broke off
            raise _at_record(error, name, where) from None
        # warcio raises assorted exceptions (ValueError, AttributeError, its own
        # ArchiveLoadFailed...) on data that is not a WARC record: each is this record's error.
        except Exception as error:
            yield ReadItem(where, error=ReadError(where, f"not a readable WARC record: {error}"))
            return
        uri = _target(record)
        if uri:
            where = f"{where} <{uri}>"
        try:
            item = _read_record(record, where, uri)
        except ReadError as error:
            raise _at_record(error, name, where) from None
        yield item
    if records.offset < records.fh.tell():
        # warcio stops silently at a record it cannot finish: the bytes after the last
        # complete record are a truncated or broken one
        yield ReadItem(
            where,
            error=ReadError(
                where, f"truncated or unreadable record at byte {records.offset:,} of the WARC"
            ),
        )


def _at_record(error: ReadError, name: str, where: str) -> ReadError:
    """An error of the whole stream (truncated gzip data) told at the record it hit."""
    return ReadError(where, error.message) if error.where == name else error


def _target(record: Any) -> str | None:
    uri = record.rec_headers.get_header("WARC-Target-URI") if record.format == "warc" else None
    return (uri.strip() or None) if isinstance(uri, str) else None


def _read_record(record: Any, where: str, uri: str | None) -> ReadItem:
    if record.format != "warc":
        raise ReadError(where, f"not a WARC record (read as {record.format!r})")
    skipped = _why_skipped(record)
    if skipped:
        _read_to_end(record, where)
        return ReadItem(where, skipped=skipped)
    try:
        body = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except Exception as error:  # warcio's chunked and compressed body decoders, on bad data
        _read_to_end(record, where)
        return ReadItem(where, error=ReadError(where, f"unreadable HTTP body: {error}"))
    _read_to_end(record, where)
    if len(body) > MAX_PAGE_BYTES:
        return ReadItem(where, error=ReadError(where, f"page larger than {MAX_PAGE_BYTES:,} bytes"))
    try:
        page = _decoded(body, record.http_headers.get_header("Content-Type"))
        article = Article.from_html(page, url=uri)
    except InvalidArticleError as error:
        return ReadItem(where, error=ReadError(where, str(error)))
    warning = None
    if article.published is None:
        date = record.rec_headers.get_header("WARC-Date")
        try:
            article = attrs.evolve(article, published=parse_published(date))
        except InvalidArticleError as error:
            warning = f"WARC-Date is no date, the article has none: {error}"
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    return ReadItem(where, article=attrs.evolve(article, id=record_id or None), warning=warning)


def _why_skipped(record: Any) -> str | None:
    if record.rec_type != "response":
        return f"a {record.rec_type} record"
    if record.http_headers is None:
        return "a response without HTTP headers"
    status = record.http_headers.get_statuscode() or "?"
    if not status.startswith("2"):
        return f"HTTP status {status}"
    content_type = record.http_headers.get_header("Content-Type") or ""
    mime = content_type.partition(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        return f"not HTML ({mime or 'no Content-Type'})"
    return None


def _read_to_end(record: Any, where: str) -> None:
    """Read the rest of the record's block; a block shorter than its length is truncated."""
    while record.raw_stream.read(1 << 16):
        pass
    # a record without Content-Length is read to the end of the data: it has no limit
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        raise ReadError(where, f"truncated record: {missing:,} bytes of its block missing")


def _decoded(body: bytes, content_type: str | None) -> str | bytes:
    """The page decoded with the charset its HTTP header names, else bytes for trafilatura.

    trafilatura guesses the encoding of bytes from the page itself; the header, when it
    names a charset the bytes really are in, is the better authority.
    """
    for parameter in (content_type or "").split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            try:
                return body.decode(codecs.lookup(value.strip().strip("\"'")).name)
            # (ValueError: a bytes' decoding error, or a damaged charset's name holding a
            # null character, which codecs.lookup refuses so)
            except (LookupError, ValueError):
                return body
    return body
