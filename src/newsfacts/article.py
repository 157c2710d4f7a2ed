"""The input: one news article, its text and what is known about it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from newsfacts.errors import InvalidArticleError

PublishedDate = dt.date | dt.datetime


def _to_published(value: object) -> PublishedDate | None:
    """Accept a date, a datetime or an ISO 8601 string (date or date-time)."""
    if value is None or isinstance(value, dt.date):  # datetime is a date subclass
        return value
    if isinstance(value, str):
        stripped = value.strip()
        if not stripped:
            return None
        try:
            if len(stripped) <= 10:
                return dt.date.fromisoformat(stripped)
            # Python 3.10's fromisoformat does not know the "Z" suffix.
            return dt.datetime.fromisoformat(stripped.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidArticleError(
                "published", f"not an ISO 8601 date or date-time: {value!r}"
            ) from None
    raise InvalidArticleError(
        "published", f"expected a date, a datetime or an ISO string, got {type(value).__name__}"
    )


def _check_text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidArticleError(attribute.name, f"expected str, got {type(value).__name__}")


def _check_optional_text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_text(_, attribute, value)


@attrs.frozen
class Article:
    """A news article.

    ``text`` is kept exactly as given: every fact's ``start``/``end`` are offsets into it.
    ``published`` anchors relative dates ("on Thursday"); without it they stay unresolved.
    """

    #: The article text, kept exactly as given.
    text: str = attrs.field(validator=_check_text)
    #: The headline, if known.
    title: str | None = attrs.field(default=None, validator=_check_optional_text)
    #: The publication date or date-time, anchoring relative dates.
    published: PublishedDate | None = attrs.field(default=None, converter=_to_published)
    #: Where the article was published on the web.
    url: str | None = attrs.field(default=None, validator=_check_optional_text)
    #: The outlet or feed it comes from.
    source: str | None = attrs.field(default=None, validator=_check_optional_text)
    #: Its language as an ISO 639-1 code; the built-in rules read English.
    language: str = attrs.field(default="en", validator=_check_text)
    #: An identifier of the caller's (a file name, a corpus id).
    id: str | None = attrs.field(default=None, validator=_check_optional_text)

    @property
    def published_date(self) -> dt.date | None:
        """The publication day (a datetime reduced to its date), or None."""
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an article from a JSON object.

        Reads ``text`` (required), ``title``, ``published`` (ISO string), ``url``, ``source``,
        ``language`` and ``id``; other keys are ignored so that richer records (a corpus line
        with gold facts, a crawler's output) can be passed as they are.
        """
        if not isinstance(data, Mapping):
            raise InvalidArticleError(
                "article", f"expected a JSON object, got {type(data).__name__}"
            )
        if "text" not in data:
            raise InvalidArticleError("text", "missing")
        known = {f.name for f in attrs.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known and v is not None}
        if "id" in kwargs and isinstance(kwargs["id"], int):
            kwargs["id"] = str(kwargs["id"])
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The article's metadata and text as a JSON-ready dict (the inverse of from_dict)."""
        data = attrs.asdict(self)
        if self.published is not None:
            data["published"] = self.published.isoformat()
        return data
