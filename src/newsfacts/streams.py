"""Opening inputs as byte streams and decoding their text, for the readers.

Every input may be gzip-compressed (recognised by its first bytes, whatever its name), and
compressed data that ends early or is corrupt raises a :class:`~newsfacts.ReadError` naming the
input: Python's gzip module tells a truncated file from a complete one, where a reader that
stops at the first unreadable byte would silently lose the rest.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterator
from typing import IO, BinaryIO

from newsfacts.errors import ReadError

_GZIP_MAGIC = b"\x1f\x8b"
# Longest first: the UTF-32 little-endian mark starts with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
REPLACED = "not valid UTF-8: undecodable bytes were replaced with U+FFFD"


def source_name(source: str | os.PathLike[str] | IO[bytes]) -> str:
    """How an input is named in messages: its path, ``<stdin>``, or a file object's name."""
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        return "<stdin>" if path == "-" else path
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else f"<{type(source).__name__}>"


def open_input(
    source: str | os.PathLike[str] | IO[bytes], name: str, *, buffered: bool = True
) -> BinaryIO:
    """A byte stream over ``source``, decompressed when it is gzip data.

    ``source`` is a path, ``"-"`` (standard input) or a binary file object, which the caller
    keeps and closes. Raises :class:`ReadError` when a path cannot be opened. With
    ``buffered=False`` a compressed stream is not buffered: each read returns what could be
    decompressed so far, so a reader that reads in large blocks still gets every byte that
    came before a truncation.
    """
    if isinstance(source, str | os.PathLike):
        if os.fspath(source) == "-":
            stream: IO[bytes] = _stdin_bytes()
        else:
            try:
                stream = open(source, "rb")  # noqa: SIM115 - closed by the reader that reads it
            except OSError as error:
                raise ReadError(name, f"cannot open: {error.strerror or error}") from None
    else:
        stream = source
    peekable = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[type-var]
    try:
        start = peekable.peek(2)[:2]
    except OSError as error:
        raise ReadError(name, f"cannot read: {error.strerror or error}") from None
    if start == _GZIP_MAGIC:
        decompressed = _GzipStream(peekable, name)
        if not buffered:
            return decompressed  # type: ignore[return-value]
        return io.BufferedReader(decompressed, buffer_size=1 << 16)
    return peekable  # type: ignore[return-value]


def _stdin_bytes() -> IO[bytes]:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    # a text stream standing in for stdin (tests, embedding): already decoded
    return io.BytesIO(sys.stdin.read().encode("utf-8", "surrogatepass"))


def closes(source: str | os.PathLike[str] | IO[bytes]) -> bool:
    """Whether the reader opened (and so must close) the stream of ``source``."""
    return isinstance(source, str | os.PathLike) and os.fspath(source) != "-"


class _GzipStream(io.RawIOBase):
    """Decompressed bytes of a gzip stream; a truncated or corrupt one raises ReadError."""

    def __init__(self, compressed: IO[bytes], name: str) -> None:
        super().__init__()
        self._gzip = gzip.GzipFile(fileobj=compressed, mode="rb")
        self._compressed = compressed
        self._name = name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            # read1: what can be decompressed now, so that the bytes before a truncation
            # reach the reader before the error does
            data = self._gzip.read1(len(buffer))
        except EOFError:
            raise ReadError(
                self._name, "truncated gzip data: the file ends inside its compressed stream"
            ) from None
        except (gzip.BadGzipFile, zlib.error) as error:
            raise ReadError(self._name, f"corrupt gzip data: {error}") from None
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._gzip.close()
        self._compressed.close()
        super().close()


def decode(data: bytes) -> tuple[str, bool]:
    """Text of a whole input: UTF-8 unless a byte-order mark says otherwise (UTF-16/32).

    Returns the text and whether undecodable bytes had to be replaced with U+FFFD.
    """
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        return data.decode(encoding), False
    except UnicodeDecodeError:
        return data.decode(encoding, "replace"), True


def decoded_lines(stream: BinaryIO) -> Iterator[tuple[str, bool]]:
    """The lines of a stream of text, one at a time: (text, whether bytes were replaced).

    UTF-8 lines are decoded one by one (a bad line does not spoil the others); a UTF-8 mark
    at the start is dropped; a file marked as UTF-16 or UTF-32 is decoded as such.
    """
    start = stream.peek(4)[:4]  # type: ignore[attr-defined]
    encoding = next((name for bom, name in _BOMS if start.startswith(bom)), "utf-8")
    if encoding not in ("utf-8", "utf-8-sig"):
        text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
        for line in text:
            # a U+FFFD already in the file also counts: rare, and better said than hidden
            yield line, "\ufffd" in line
        text.detach()
        return
    first = True
    for raw in stream:
        if first and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        first = False
        try:
            yield raw.decode("utf-8"), False
        except UnicodeDecodeError:
            yield raw.decode("utf-8", "replace"), True
