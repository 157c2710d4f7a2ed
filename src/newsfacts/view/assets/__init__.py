"""The style sheets of the article view and the corpus report, shipped as package data."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def stylesheet(name: str) -> str:
    """The text of the style sheet ``name`` (``"article.css"``, ``"report.css"``, ...)."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
