"""Looking at the facts: an HTML view of one article, and a report over a corpus.

:func:`render` draws one article with its facts highlighted; :func:`report` sums up a corpus
of extracted facts. Both give a self-contained page: inline CSS, no scripts, nothing fetched.
"""

from newsfacts.view.article import render, repr_html
from newsfacts.view.corpus import report

__all__ = ["render", "report", "repr_html"]
