"""A newsfacts plugin that adds a ``urls`` field: the web addresses an article cites."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import regex

import newsfacts

# Linear-time: one possessive run of URL characters, no nested quantifiers.
URL = regex.compile(r"\b(?:https?://|www\.)[^\s<>\"“”]++")
TRAILING_PUNCTUATION = ".,;:!?)]}'’"


@attrs.frozen(kw_only=True)
class Url(newsfacts.Fact):
    """A web address cited in the article."""

    domain: str


FIELD = newsfacts.Field("urls", Url, "Web addresses cited in the article.")


@newsfacts.hookimpl
def newsfacts_fields() -> Sequence[newsfacts.Field]:
    return [FIELD]


@newsfacts.hookimpl
def newsfacts_extract(
    document: newsfacts.Document,
    field: newsfacts.Field,
    facts: Mapping[str, Sequence[newsfacts.Fact]],
) -> Sequence[newsfacts.Fact] | None:
    if field.name != FIELD.name:
        return None
    found = []
    for match in URL.finditer(document.text, timeout=1.0):
        url = match.group().rstrip(TRAILING_PUNCTUATION)
        domain = url.split("://", 1)[-1].split("/", 1)[0].lower()
        found.append(Url.at(document.text, match.start(), match.start() + len(url), domain=domain))
    return found
