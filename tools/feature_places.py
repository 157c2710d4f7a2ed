"""``place_names.txt`` of the people field: gazetteer places named like a person.

A given name of the people field's and a feature word that is also a surname ("Byron Bay",
"Dana Point", "Allen Park", "Elliot Lake") make a place's name that reads as a person's; the
people field, which has no gazetteer, takes these names for places (its check
``place-head``). The feature words that are no surnames ("Beach", "Springs", "Heights") it
reads alone (``place_heads.txt``), whatever the name.

Run after ``build_gazetteer.py``: ``PYTHONPATH=src:plugins python tools/feature_places.py``
(a test checks that the list agrees with the gazetteer).
"""

from __future__ import annotations

from pathlib import Path

from newsfacts_locations.gazetteer import KINDS, Gazetteer, load
from newsfacts_people import lexicon, name_forms

# The feature words that end a place's name ("Byron Bay", "Palm Springs", "Niagara Falls")
FEATURE_WORDS = frozenset(
    {
        "Bay",
        "Beach",
        "Creek",
        "Falls",
        "Harbor",
        "Harbour",
        "Heights",
        "Island",
        "Islands",
        "Lake",
        "Lakes",
        "Park",
        "Point",
        "Springs",
        "Valley",
    }
)
OUTPUT = Path(__file__).resolve().parent.parent / "plugins/newsfacts_people/data/place_names.txt"
HEADER = (
    "# Places named like a person: a given name and a feature word that is also a surname\n"
    '# ("Byron Bay", "Dana Point"). Written by tools/feature_places.py from the locations\n'
    "# gazetteer: a name candidate that is one of them is a place, not a person.\n"
)


def feature_places(gazetteer: Gazetteer) -> list[str]:
    """The gazetteer's names of two words, a given name and a feature word the people
    field does not read as a place's alone."""
    ends = FEATURE_WORDS - lexicon.PLACE_HEADS
    found = set()
    for kind in KINDS:
        for place in gazetteer.by_kind(kind):
            words = place.name.split()
            if len(words) == 2 and words[1] in ends and name_forms.is_given_name(words[0]):
                found.add(place.name)
    return sorted(found)


def main() -> None:
    names = feature_places(load())
    OUTPUT.write_text(HEADER + "".join(f"{name}\n" for name in names), encoding="utf-8")
    print(f"{OUTPUT}: {len(names)} names")


if __name__ == "__main__":
    main()
