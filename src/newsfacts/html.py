"""Web pages: the main text and metadata of a page, found by trafilatura.

trafilatura removes the boilerplate (menus, ads, comments, related links) and htmldate, which
it calls, finds the publication date in the page's metadata. Imported lazily by
:meth:`newsfacts.Article.from_html`, which makes the page an article, and the readers:
trafilatura takes half a second to import.
"""

from __future__ import annotations

from typing import Any

import attrs
import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from newsfacts.errors import InvalidArticleError
from newsfacts.published import PublishedDate, parse_published
from newsfacts.tables import compiled

#: The largest page read (trafilatura's own default limit).
MAX_PAGE_BYTES = 20_000_000

_DATE_PARAMS: dict[str, Any] = {
    "original_date": True,  # the publication date, not the last modification
    # Dates from the page's metadata and URL only: a date found in the running text
    # ("copyright 2019", "on 3 March") is a guess.
    "extensive_search": False,
    # htmldate drops dates after today by default, which would make the result depend on
    # the day the page is read.
    "max_date": "9999-12-31",
}
_LANGUAGE = compiled(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*")


@attrs.frozen
class Page:
    """What a web page holds: its main text and metadata, named as an article's fields."""

    text: str
    title: str | None
    published: PublishedDate | None
    url: str | None
    source: str | None
    language: str
    author: str | None


def read_page(html: str | bytes, *, url: str | None = None) -> Page:
    """The main text and metadata of a web page; see :meth:`newsfacts.Article.from_html`."""
    if not isinstance(html, str | bytes):
        raise InvalidArticleError("html", f"expected str or bytes, got {type(html).__name__}")
    if len(html) > MAX_PAGE_BYTES:
        raise InvalidArticleError(
            "html", f"page of {len(html):,} bytes is larger than the {MAX_PAGE_BYTES:,} read"
        )
    tree = _parse(html)
    if tree is None:
        raise InvalidArticleError("text", "not an HTML page with a body")
    language = _language(tree.get("lang"))
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        # Facts from menus and teasers are noise: a page with no clear main text (a paywall,
        # an index page) is refused rather than read from its navigation.
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    text = _paragraphs(getattr(document, "body", None))
    if not text:
        raise InvalidArticleError("text", "no main text found in the page")
    assert document is not None and not isinstance(document, dict)  # body was found in it
    return Page(
        text=text,
        title=document.title or None,
        published=parse_published(document.date) if document.date else None,
        url=url or document.url or None,
        source=document.sitename or None,
        language=language,
        author=document.author or None,
    )


def _parse(html: str | bytes) -> HtmlElement | None:
    try:
        return load_html(html)
    except (ValueError, TypeError, LookupError):  # lxml on bytes it cannot decode or parse
        return None


def _paragraphs(body: Any) -> str:
    """The extracted text with a blank line between blocks (paragraphs, headings, lists).

    trafilatura's own text output separates blocks with a single newline, which also marks a
    line break inside a block; converting block by block keeps the two apart.
    """
    if body is None:
        return ""
    blocks = (xmltotxt(block, include_formatting=False).strip() for block in body)
    return "\n\n".join(block for block in blocks if block)


def _language(declared: str | None) -> str:
    """The language subtag of ``<html lang="en-GB">``; English when the page does not say."""
    match = _LANGUAGE.fullmatch(declared.strip()) if declared else None
    return match[1].lower() if match else "en"
