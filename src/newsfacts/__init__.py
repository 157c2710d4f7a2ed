"""newsfacts: turn a news article into structured, normalized facts that point back into the text.

>>> import newsfacts
>>> result = newsfacts.extract("Russia fired 397 drones on Thursday.", published="2025-07-10")
>>> sorted(result.keys())  # doctest: +SKIP
['dates', 'locations', 'numbers', 'organizations', 'people', 'quotes']
"""

from importlib import metadata
from typing import TYPE_CHECKING, Any

from newsfacts.article import Article
from newsfacts.document import Document
from newsfacts.errors import (
    InvalidArticleError,
    NewsfactsError,
    PluginError,
    ReadError,
    TableError,
    TimeLimitError,
    UnknownPluginError,
)
from newsfacts.extractor import Extractor, Result, extract
from newsfacts.facts import Fact, Field, SpanSet
from newsfacts.hookspecs import hookimpl
from newsfacts.plugins import PluginFailure, PluginInfo
from newsfacts.published import parse_published
from newsfacts.readers import ReadItem, read_articles, read_items
from newsfacts.text import Segment

if TYPE_CHECKING:
    from newsfacts.table import to_table

try:
    __version__ = metadata.version("newsfacts")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "Document",
    "Extractor",
    "Fact",
    "Field",
    "InvalidArticleError",
    "NewsfactsError",
    "PluginError",
    "PluginFailure",
    "PluginInfo",
    "ReadError",
    "ReadItem",
    "Result",
    "Segment",
    "SpanSet",
    "TableError",
    "TimeLimitError",
    "UnknownPluginError",
    "__version__",
    "extract",
    "hookimpl",
    "parse_published",
    "read_articles",
    "read_items",
    "to_table",
]


def __getattr__(name: str) -> Any:
    # newsfacts.to_table needs pyarrow, whose import costs more than the rest of newsfacts:
    # it is loaded on first use, not by every `import newsfacts` (nor by the CLI's start).
    if name == "to_table":
        from newsfacts.table import to_table

        return to_table
    raise AttributeError(f"module 'newsfacts' has no attribute {name!r}")
