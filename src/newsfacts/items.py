"""What reading an input gives, item by item: :class:`ReadItem`.

Its own module, below both :mod:`newsfacts.readers` and :mod:`newsfacts.warc`: the readers
hand a web crawl to the WARC reader, and both make the same items.
"""

from __future__ import annotations

import attrs

from newsfacts.article import Article
from newsfacts.errors import ReadError


@attrs.frozen
class ReadItem:
    """One item read from an input: an article, an error, or a record skipped.

    ``where`` names the item (``"corpus.jsonl:17"``, ``"crawl.warc.gz: record 4
    <https://...>"``, ``"page.html"``). Exactly one of ``article`` (the item was read),
    ``error`` (a :class:`~newsfacts.ReadError`: it could not be) and ``skipped`` (why it is no
    article: a WARC request record, an image, a file of another kind) is set. ``warning`` is a
    caveat that did not stop the reading (bytes that were not UTF-8 were replaced).
    """

    #: The item: a file, ``file:line``, ``file[index]`` or ``file: record N <url>``.
    where: str
    #: The article read, or None.
    article: Article | None = None
    #: Why the item could not be read, or None.
    error: ReadError | None = None
    #: Why the item holds no article (it is neither an article nor an error), or None.
    skipped: str | None = None
    #: A caveat that did not stop the reading, or None.
    warning: str | None = None

    def __attrs_post_init__(self) -> None:
        outcomes = (self.article is not None, self.error is not None, self.skipped is not None)
        if sum(outcomes) != 1:
            raise ValueError("a ReadItem has exactly one of article, error and skipped")
