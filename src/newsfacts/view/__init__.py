"""Looking at the facts: an HTML view of one article, and a report over a corpus.

:func:`render` draws one article with its facts highlighted; :func:`report` sums up a corpus
of extracted facts. Both give a self-contained page: inline CSS, no scripts, nothing fetched.
"""

from typing import TYPE_CHECKING, Any

from newsfacts.view.article import render, repr_html

if TYPE_CHECKING:
    from newsfacts.view.corpus import report

__all__ = ["render", "report", "repr_html"]


def __getattr__(name: str) -> Any:
    # The report reads facts tables with pyarrow, slow to import: loaded on first use.
    if name == "report":
        from newsfacts.view.corpus import report

        return report
    raise AttributeError(f"module 'newsfacts.view' has no attribute {name!r}")
