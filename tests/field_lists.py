"""What the tests of the core's shared word lists share: the words a field's list holds (see
``test_countries.py``, ``test_names.py``, ``test_verbs.py``, ``test_calendar_names.py``)."""

from __future__ import annotations

from pathlib import Path

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"


def listed(path: str | Path) -> set[str]:
    """The words of a plugin's word list, or the first cells of its table, as written: ``path``
    under ``plugins/`` ("newsfacts_people/data/places.txt"); comments and blank lines left
    out."""
    lines = (PLUGINS / path).read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0].strip() for line in lines if line.strip() and line[0] != "#"}
