"""Build ``census_given_names.tsv`` of the people plugin: common US given names.

The people plugin reads a name of two words or more whose first word is a known given name as
a person's ("Phillip Price", "Iain Pyman"). Its hand-made list (``given_names.tsv``) holds the
names of people in the news of many countries; this one adds the most common given names of
the 1990 US census (the lists ship with the ``names`` package, a build input of the
``gazetteer`` extra), leaving out the names that are also places the gazetteer knows
("Houston", "Savannah", "Kenya": a country, a division or a city of 100,000 people),
the ones as common as surnames ("Clinton", "Davis") and the ones that are common words or titles
(``tools/not_given_names.txt``: "Will", "June", "Major"). Run from a checkout::

    python tools/census_given_names.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "plugins"), str(ROOT / "tools")]

from person_like import CENSUS_FIRST_NAMES, CENSUS_SURNAMES, census_file  # noqa: E402

from newsfacts.plugin import read_table  # noqa: E402
from newsfacts_locations.gazetteer import Place, load  # noqa: E402
from newsfacts_people import lexicon  # noqa: E402

OUTPUT = ROOT / "plugins" / "newsfacts_people" / "data" / "census_given_names.tsv"
#: Given names that are common English words, titles, brands or place words
NOT_GIVEN_NAMES = frozenset(
    line.strip()
    for line in (ROOT / "tools" / "not_given_names.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


#: A place this large, or a country or division, of a name makes it no given name here.
WELL_KNOWN_TOWN = 100_000


def _well_known(place: Place) -> bool:
    return place.kind != "city" or place.population >= WELL_KNOWN_TOWN


def main() -> int:
    gazetteer = load()
    # the hand-made list only (lexicon.GIVEN_NAMES holds this file's names too)
    by_hand = {row[0] for row in read_table("newsfacts_people", "given_names.tsv", columns=2)}
    # a name as common as a surname ("Clinton", "Davis") opens headlines' "Clinton Says"
    surnames = set(census_file("dist.all.last", CENSUS_SURNAMES))
    rows: dict[str, str] = {}
    for filename, gender in (("dist.male.first", "m"), ("dist.female.first", "f")):
        for name in census_file(filename, CENSUS_FIRST_NAMES):
            if (
                len(name) < 3
                or name in by_hand
                or name in surnames
                or name in NOT_GIVEN_NAMES
                or name in lexicon.NOT_NAMES
                or any(_well_known(place) for place in gazetteer.lookup(name))
            ):
                continue
            rows[name] = "" if rows.get(name, gender) != gender else gender
    lines = [
        "# The most common given names of the 1990 US census not in given_names.tsv, nor places",
        "# nor common words; written by tools/census_given_names.py (do not edit).",
        "# name\tgender (m, f, or empty for both)",
        *(f"{name}\t{gender}" for name, gender in sorted(rows.items())),
    ]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
