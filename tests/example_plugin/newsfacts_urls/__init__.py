"""A newsfacts plugin that adds a ``urls`` field: the web addresses an article cites."""

from __future__ import annotations

import attrs
import regex

from newsfacts.plugin import Document, Fact, FactMap, Field, Register, hookimpl

__version__ = "1.0.0"

# Linear-time: one possessive run of URL characters, no nested quantifiers.
URL = regex.compile(r"\b(?:https?://|www\.)[^\s<>\"“”]++")
TRAILING_PUNCTUATION = ".,;:!?)]}'’"


@attrs.frozen(kw_only=True)
class Url(Fact):
    """A web address cited in the article."""

    domain: str


#: The field: a typed key, ``result[URLS]`` is a ``tuple[Url, ...]``.
URLS = Field("urls", Url, "Web addresses cited in the article.", color="#2b8a3e")


@attrs.frozen
class UrlOptions:
    """``bare_domains``: also report addresses without a scheme ("www.example.org")."""

    bare_domains: bool = True


def extract_urls(document: Document, needed: FactMap, options: UrlOptions) -> list[Url]:
    """The web addresses of ``document``, trailing punctuation left out."""
    found = []
    for match in URL.finditer(document.text):
        url = match.group().rstrip(TRAILING_PUNCTUATION)
        if url.startswith("www.") and not options.bare_domains:
            continue
        domain = url.split("://", 1)[-1].split("/", 1)[0].lower()
        found.append(Url.at(document.text, match.start(), match.start() + len(url), domain=domain))
    return found


@hookimpl
def newsfacts_register_fields(register: Register) -> None:
    register(URLS, extract_urls, options=UrlOptions)
