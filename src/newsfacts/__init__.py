"""newsfacts: turn a news article into structured, normalized facts that point back into the text.

>>> import newsfacts
>>> result = newsfacts.extract("Russia fired 397 drones on Thursday.", published="2025-07-10")
>>> sorted(result.keys())  # doctest: +SKIP
['dates', 'locations', 'numbers', 'organizations', 'people', 'quotes']
"""

from importlib import metadata

from newsfacts.article import Article
from newsfacts.document import Document
from newsfacts.errors import (
    FactsFileError,
    InvalidArticleError,
    NewsfactsError,
    PluginError,
    TimeLimitError,
    UnknownPluginError,
)
from newsfacts.extractor import Extractor, Result, extract
from newsfacts.facts import Fact, Field, SpanSet
from newsfacts.hookspecs import hookimpl
from newsfacts.plugins import PluginFailure, PluginInfo
from newsfacts.text import Segment
from newsfacts.view import render, report

try:
    __version__ = metadata.version("newsfacts")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "Document",
    "Extractor",
    "Fact",
    "FactsFileError",
    "Field",
    "InvalidArticleError",
    "NewsfactsError",
    "PluginError",
    "PluginFailure",
    "PluginInfo",
    "Result",
    "Segment",
    "SpanSet",
    "TimeLimitError",
    "UnknownPluginError",
    "__version__",
    "extract",
    "hookimpl",
    "render",
    "report",
]
