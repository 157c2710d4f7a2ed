"""A council or another public body of a place named after "and" is a body of its own: "Unite
and Cardiff Council said" names a union and a council, "Unison and Leeds City Council" two
bodies, "Unite and Kent Police said" a union and a police force
(``data/place_body_heads.txt``); not two
places that name one council together ("Kensington and Chelsea Council",
``data/joint_places.txt``), nor the fields of one body ("the Nursing and Midwifery
Council": ``data/field_endings.txt``). Read by the rule of "and" inside a name
(edges._joins)."""

from __future__ import annotations

from newsfacts.plugin import read_words
from newsfacts_organizations.lexicon import PACKAGE, key_of

#: The head words of the public body of one place: "Council", "Police"
#: (``data/place_body_heads.txt``)
PLACE_BODY_HEADS = read_words(PACKAGE, "place_body_heads.txt")
# The tier of local government written between the place and "Council": "Leeds City
# Council", "Kent County Council" (no field is written so: a place's council for sure)
_TIERS = frozenset({"City", "County", "Borough", "District", "Town", "Parish"})
_FIELD_ENDINGS = tuple(read_words(PACKAGE, "field_endings.txt"))
_JOINT_PLACES = frozenset(key_of(pair) for pair in read_words(PACKAGE, "joint_places.txt"))


def joint_places(first: str, second: list[str]) -> bool:
    """Whether the place ``first``, "and" and the words ``second`` name one body's places
    together (``data/joint_places.txt``): "Devon" and "Cornwall" ("Devon and Cornwall
    Police"), "Hampshire" and "Isle of Wight"; not "Unite" and "Kent"."""
    return (first, "and", *second) in _JOINT_PLACES


def place_council_after(texts: list[str], after: int, head: int) -> bool:
    """Whether the words ``after``..``head`` (the head word), after the "and" at ``after -
    1``, are a council or another public body of a place of one word, which the word before
    "and" does not name with it: "Cardiff Council", "Leeds City Council", "Kent Police" (not
    "... and Chelsea Council" after "Kensington", "... and Cornwall Police" after "Devon",
    nor "... and Midwifery Council")."""
    if texts[head] not in PLACE_BODY_HEADS or after < 2:
        return False
    words = texts[after:head]
    tier = bool(words) and words[-1] in _TIERS
    if tier:
        words = words[:-1]
    if len(words) != 1 or (not tier and words[0].endswith(_FIELD_ENDINGS)):
        return False
    return not joint_places(texts[after - 2], words)
