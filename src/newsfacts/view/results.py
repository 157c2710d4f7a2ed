"""What the view reads of a result: :class:`ViewedResult`, which a :class:`~newsfacts.Result` is.

A result shows itself with the view in Jupyter (``Result._repr_html_``), so the view names
here the little it reads of one instead of importing the result module back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from newsfacts.article import Article
from newsfacts.facts import Fact
from newsfacts.manager import PluginFailure


class ViewedResult(Protocol):
    """The facts of one article as the view draws them (a :class:`~newsfacts.Result`)."""

    @property
    def article(self) -> Article: ...

    @property
    def facts(self) -> Mapping[str, Sequence[Fact]]: ...

    @property
    def errors(self) -> Sequence[PluginFailure]: ...
