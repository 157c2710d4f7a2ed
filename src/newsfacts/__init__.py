"""newsfacts: turn a news article into structured, normalized facts that point back into the text.

>>> import newsfacts
>>> result = newsfacts.extract("Russia fired 397 drones on Thursday.", published="2025-07-10")
>>> result[newsfacts.NUMBERS][0].value
397
"""

import functools
import importlib
from typing import TYPE_CHECKING, Any

from newsfacts.article import Article
from newsfacts.document import Document
from newsfacts.errors import (
    ConfigError,
    FactsFileError,
    InvalidArticleError,
    InvalidFactError,
    NewsfactsError,
    PluginError,
    ReadError,
    TableError,
    TimeLimitError,
    UnknownPluginError,
    WorkerError,
)
from newsfacts.explain import Decision, Step
from newsfacts.extractor import Extractor, extract
from newsfacts.facts import Fact, FactMap, Field, SpanSet
from newsfacts.fields import (
    DATES,
    LOCATIONS,
    NUMBERS,
    ORGANIZATIONS,
    PEOPLE,
    QUOTES,
    Location,
    Organization,
    Person,
    Quantity,
    Quote,
    TimeExpression,
)
from newsfacts.hookspecs import hookimpl
from newsfacts.items import ReadItem
from newsfacts.manager import PluginFailure, PluginInfo
from newsfacts.providers import Provider
from newsfacts.published import parse_published
from newsfacts.result import Result
from newsfacts.text import Segment

if TYPE_CHECKING:
    from newsfacts.readers import read_articles, read_items
    from newsfacts.table import to_table
    from newsfacts.view.article import render
    from newsfacts.view.corpus import report

    __version__: str


@functools.cache
def _version() -> str:
    """The installed distribution's version: read when first asked for (``__version__``),
    not by every ``import newsfacts`` (reading the metadata was half a percent of a cold
    start), and :mod:`importlib.metadata` imported only then (see newsfacts.entrypoints)."""
    from importlib import metadata

    try:
        return metadata.version("newsfacts")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"


__all__ = [
    "DATES",
    "LOCATIONS",
    "NUMBERS",
    "ORGANIZATIONS",
    "PEOPLE",
    "QUOTES",
    "Article",
    "ConfigError",
    "Decision",
    "Document",
    "Extractor",
    "Fact",
    "FactMap",
    "FactsFileError",
    "Field",
    "InvalidArticleError",
    "InvalidFactError",
    "Location",
    "NewsfactsError",
    "Organization",
    "Person",
    "PluginError",
    "PluginFailure",
    "PluginInfo",
    "Provider",
    "Quantity",
    "Quote",
    "ReadError",
    "ReadItem",
    "Result",
    "Segment",
    "SpanSet",
    "Step",
    "TableError",
    "TimeExpression",
    "TimeLimitError",
    "UnknownPluginError",
    "WorkerError",
    "__version__",
    "extract",
    "hookimpl",
    "parse_published",
    "read_articles",
    "read_items",
    "render",
    "report",
    "to_table",
]


if not TYPE_CHECKING:  # type checkers see the import above, and no other name
    # Names that extracting facts does not need, loaded on first use, not by every
    # `import newsfacts` (nor by the CLI's start): the tables and the corpus report need
    # pyarrow, whose import costs more than the rest of newsfacts; the view and the readers
    # cost a tenth of the cold start (import, plugins and a first article).
    _LAZY = {
        "to_table": "newsfacts.table",
        "report": "newsfacts.view.corpus",
        "render": "newsfacts.view.article",
        "read_articles": "newsfacts.readers",
        "read_items": "newsfacts.readers",
    }

    def __getattr__(name: str) -> Any:
        if name == "__version__":
            return _version()
        if name in _LAZY:
            return getattr(importlib.import_module(_LAZY[name]), name)
        raise AttributeError(f"module 'newsfacts' has no attribute {name!r}")
