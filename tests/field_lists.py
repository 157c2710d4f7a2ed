"""What the tests of the core's shared word lists share: the words a field's list holds and
the facts a field finds (see ``test_countries.py``, ``test_names.py``, ``test_verbs.py``,
``test_calendar_names.py``, ``test_numerals.py``)."""

from __future__ import annotations

import datetime
from pathlib import Path

import newsfacts

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"


def listed(path: str | Path) -> set[str]:
    """The words of a plugin's word list, or the first cells of its table, as written: ``path``
    under ``plugins/`` ("newsfacts_people/data/places.txt"); comments and blank lines left
    out."""
    lines = (PLUGINS / path).read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0].strip() for line in lines if line.strip() and line[0] != "#"}


def extracted(field: str, text: str) -> newsfacts.Result:
    """The facts one field finds in ``text``, published on 20 May 2025 (dates resolve against
    it: "the third quarter" of a past tense is 2024's)."""
    article = newsfacts.Article(text=text, published=datetime.date(2025, 5, 20))
    return newsfacts.Extractor([field]).extract(article)
