"""``person_like.txt`` for ``build_gazetteer.py``: town names that are common personal names.

Towns named like common given names or surnames (the 1990 US census lists, shipped by the
``names`` package, a build input) or like the given names of many countries the people plugin
lists (``newsfacts_people/data/given_names.tsv``: "Hassan", "Anand") are places only with
support; big cities ("Houston", "Washington") are exempt.
"""

from __future__ import annotations

import importlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

PERSON_LIKE_MAX_POPULATION = 500_000
CENSUS_FIRST_NAMES = 1000  # most common of each sex
CENSUS_SURNAMES = 3000


def census_file(filename: str, limit: int) -> list[str]:
    """The first ``limit`` names of one census list ("dist.male.first"), title-cased, most
    common first."""
    # the census lists ship with the ``names`` package (untyped; build input only)
    package = importlib.import_module("names")
    folder = Path(str(package.__file__)).resolve().parent
    lines = (folder / filename).read_text(encoding="utf-8").splitlines()
    return [line.split()[0].title() for line in lines[:limit] if line.strip()]


def census_names() -> set[str]:
    """The most common US given names and surnames (1990 census), title-cased."""
    found: set[str] = set()
    for filename, limit in (
        ("dist.male.first", CENSUS_FIRST_NAMES),
        ("dist.female.first", CENSUS_FIRST_NAMES),
        ("dist.all.last", CENSUS_SURNAMES),
    ):
        found.update(census_file(filename, limit))
    return found


def world_given_names() -> set[str]:
    """The given names of many countries the people plugin lists (its given_names.tsv)."""
    people = Path(__file__).resolve().parents[1] / "plugins" / "newsfacts_people" / "data"
    lines = (people / "given_names.tsv").read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")}


def write_person_like(rows: Sequence[dict[str, Any]], path: Path, key: Callable[[str], str]) -> int:
    """Write the list for the gazetteer ``rows``; ``key``: a name's lookup key."""
    census = census_names() | world_given_names()
    largest: dict[str, int] = defaultdict(int)
    for row in rows:
        # a county-like area (admin2: "Logan", Queensland) frees no person's name, a state does
        county = row["kind"] == "admin" and row.get("admin2")
        population = int(row["population"]) if row["kind"] == "city" else 0 if county else 10**9
        for name in row["keys"]:
            largest[name] = max(largest[name], population)
    # the name's largest place decides: "London" (Ontario is small, England's is not)
    flagged = sorted(
        {key(name) for name, size in largest.items() if name in census}
        - {key(name) for name, size in largest.items() if size >= PERSON_LIKE_MAX_POPULATION}
    )
    header = (
        "# Gazetteer town names that are common US given names or surnames (1990 census), or"
        " given\n"
        '# names of many countries (the people plugin\'s given_names.tsv: "Hassan",'
        ' "Anand"), written\n'
        "# by build_gazetteer.py: places only with support (see ambiguous.txt).\n"
    )
    path.write_text(header + "\n".join(flagged) + "\n", encoding="utf-8")
    return len(flagged)
