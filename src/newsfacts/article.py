"""The input: one news article, its text and what is known about it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from newsfacts.errors import InvalidArticleError
from newsfacts.published import DateOrder, PublishedDate, parse_published
from newsfacts.tables import compiled


def _to_published(value: object) -> PublishedDate | None:
    """Accept a date, a datetime or a date string in any common format (see parse_published)."""
    return parse_published(value)


# Surrogate code points are no text: they come from bytes decoded with "surrogateescape" and
# cannot be written as UTF-8 or read back from JSON with the same offsets. (The regex module's
# pattern, kept on disk: the standard library's re builds a table of all 65,536 characters to
# compile this class, and reads a text forty times as slowly with it.)
_SURROGATE = compiled("[\ud800-\udfff]")


def _check_text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidArticleError(attribute.name, f"expected str, got {_json_type(value)}")
    if value.isascii():
        return  # no surrogate (told in C at once): most English news, and every language code
    surrogate = _SURROGATE.search(value)
    if surrogate is not None:
        raise InvalidArticleError(
            attribute.name,
            f"surrogate code point U+{ord(surrogate.group()):04X} at {surrogate.start()}: not "
            "Unicode text (decode bytes with errors='replace')",
        )


def _check_optional_text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_text(_, attribute, value)


@attrs.frozen
class Article:
    """A news article.

    ``text`` is kept exactly as given: every fact's ``start``/``end`` are offsets into it.
    ``published`` anchors relative dates ("on Thursday"); without it they stay unresolved. It
    takes a date, a datetime or a string: ISO 8601, RFC 822 ("Thu, 10 Jul 2025 08:00:00 GMT"),
    "10 July 2025", "10 juillet 2025"... (see :func:`newsfacts.parse_published`; an all-numeric
    date such as "10/07/2025" needs a ``date_order`` there).
    """

    #: The article text, kept exactly as given.
    text: str = attrs.field(validator=_check_text)
    #: The headline, if known.
    title: str | None = attrs.field(default=None, validator=_check_optional_text)
    #: The publication date or date-time, anchoring relative dates.
    published: PublishedDate | None = attrs.field(default=None, converter=_to_published)
    #: Where the article was published on the web.
    url: str | None = attrs.field(default=None, validator=_check_optional_text)
    #: The outlet, site or feed it comes from ("The Daily Ledger").
    source: str | None = attrs.field(default=None, validator=_check_optional_text)
    #: Its language as an ISO 639-1 code; the built-in rules read English.
    language: str = attrs.field(default="en", validator=_check_text)
    #: An identifier of the caller's (a file name, a corpus id).
    id: str | None = attrs.field(default=None, validator=_check_optional_text)
    #: The byline: who wrote it, if known.
    author: str | None = attrs.field(default=None, validator=_check_optional_text)

    @property
    def published_date(self) -> dt.date | None:
        """The publication day (a datetime reduced to its date), or None."""
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, date_order: DateOrder | None = None) -> Article:
        """Build an article from a JSON object.

        Reads ``text`` (required), ``title``, ``published``, ``url``, ``source``, ``language``,
        ``id`` and ``author``; other keys are ignored so that richer records (a corpus line with
        gold facts, a crawler's output) can be passed as they are, and a null value counts as
        absent. ``date_order`` reads an all-numeric ``published`` such as "10/07/2025".
        """
        if not isinstance(data, _MAPPINGS):
            raise InvalidArticleError("article", f"expected a JSON object, got {_json_type(data)}")
        if "text" not in data:
            raise InvalidArticleError("text", "missing")
        if not isinstance(data["text"], str):
            raise InvalidArticleError("text", f"expected str, got {_json_type(data['text'])}")
        kwargs = {k: v for k, v in data.items() if k in _FIELD_NAMES and v is not None}
        if isinstance(kwargs.get("id"), int) and not isinstance(kwargs["id"], bool):
            kwargs["id"] = str(kwargs["id"])
        if "published" in kwargs:
            kwargs["published"] = parse_published(kwargs["published"], date_order=date_order)
        return cls(**kwargs)

    @classmethod
    def from_html(cls, html: str | bytes, url: str | None = None) -> Article:
        """Build an article from a web page: its main text and metadata, found by trafilatura.

        Menus, ads, comments and other boilerplate are left out; paragraphs are separated by a
        blank line. ``title``, ``published`` (a date), ``author``, ``source`` (the site name)
        and ``language`` come from the page's metadata, ``url`` from the argument or else the
        page's canonical URL. A page without main text raises
        :class:`~newsfacts.InvalidArticleError`.
        """
        from newsfacts.html import read_page  # trafilatura is slow to import: web pages only

        # A page's fields are named as the article's.
        return cls(**attrs.asdict(read_page(html, url=url), recurse=False))

    def to_dict(self) -> dict[str, Any]:
        """The article's metadata and text as a JSON-ready dict (the inverse of from_dict)."""
        data = attrs.asdict(self)
        if self.published is not None:
            data["published"] = self.published.isoformat()
        return data


_FIELD_NAMES = frozenset(field.name for field in attrs.fields(Article))
# What a JSON object may be: a dict, told by a C-level type check, before any Mapping, told by
# the ABC's own check (a call some thousands of instructions long, twice an article).
_MAPPINGS = (dict, Mapping)

#: What the extraction API takes for an article: an Article, its text or a JSON object.
ArticleInput = Article | str | Mapping[str, Any]


def to_article(item: ArticleInput, *, published: dt.date | str | None = None) -> Article:
    """Coerce an article, a text or a JSON object to an :class:`Article`."""
    if isinstance(item, Article):
        return item if published is None else attrs.evolve(item, published=published)
    if isinstance(item, str):
        return Article(text=item, published=published)
    if isinstance(item, _MAPPINGS):
        article = Article.from_dict(item)
        return article if published is None else attrs.evolve(article, published=published)
    raise InvalidArticleError(
        "article", f"expected an Article, a str or a mapping, got {type(item).__name__}"
    )


def _json_type(value: object) -> str:
    """A value's type named as JSON names it ("null", "array"...), else as Python does."""
    names = {type(None): "null", bool: "boolean", list: "array", dict: "object"}
    return names.get(type(value), type(value).__name__)
