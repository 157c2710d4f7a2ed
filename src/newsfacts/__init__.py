"""newsfacts: turn a news article into structured, normalized facts that point back into the text.

>>> import newsfacts
>>> result = newsfacts.extract("Russia fired 397 drones on Thursday.", published="2025-07-10")
>>> result[newsfacts.NUMBERS][0].value
397
"""

from importlib import metadata

from newsfacts.article import Article
from newsfacts.document import Document
from newsfacts.errors import (
    ConfigError,
    FactsFileError,
    InvalidArticleError,
    InvalidFactError,
    NewsfactsError,
    PluginError,
    TimeLimitError,
    UnknownPluginError,
)
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
from newsfacts.manager import PluginFailure, PluginInfo
from newsfacts.providers import Provider
from newsfacts.result import Result
from newsfacts.text import Segment
from newsfacts.view import render, report

try:
    __version__ = metadata.version("newsfacts")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "DATES",
    "LOCATIONS",
    "NUMBERS",
    "ORGANIZATIONS",
    "PEOPLE",
    "QUOTES",
    "Article",
    "ConfigError",
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
    "Result",
    "Segment",
    "SpanSet",
    "TimeExpression",
    "TimeLimitError",
    "UnknownPluginError",
    "__version__",
    "extract",
    "hookimpl",
    "render",
    "report",
]
