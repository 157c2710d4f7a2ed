"""How ``build_gazetteer.py`` writes a place's names as lookup keys: folded, split as the core
tokenizer splits them, with the short forms local news uses ("St." for "Saint", "Newcastle"
for Newcastle upon Tyne) and the alternates of GeoNames worth keeping (a build input)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from newsfacts.plugin import tokenize as tokens

# Lower-case words a place's name may hold ("Rio de Janeiro", "Stratford-upon-Avon"): an
# alternate name of other lower-case words is no spelling of the name
PARTICLES = frozenset(["de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les"])
PARTICLES |= {"el", "al", "am", "an", "der", "den", "im", "on", "upon", "sur", "en", "y", "of"}
PARTICLES |= {"and", "the"}
# What ISO 3166-2 and GeoNames add to a division's name that news leaves out ("Sumy Oblast",
# "Guangdong Sheng")
ADMIN_SUFFIXES = (
    " oblast'",
    " oblast",
    " Oblast",
    " Sheng",
    " Shi",
    " Zizhiqu",
    " kray",
    " SAR",
    " Governorate",
    " Province",
    " Region",
    " State",
)


# Letters that Unicode decomposes into no base letter and a mark, written as English news
# writes them: "Łódź" -> "Lodz", "Tromsø" -> "Tromso", "Đồng Hới" -> "Dong Hoi"
_LETTERS = {
    **str.maketrans("ŁłØøĐđÐðĦħı", "LlOoDdDdHhi"),
    **str.maketrans({"ß": "ss", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "Þ": "Th", "þ": "th"}),
}


def fold(name: str) -> str:
    """``name`` without diacritics or transliterated ayns ("Liège" -> "Liege",
    "‘Afrīn" -> "Afrin"), its letters of no decomposition written in Latin letters
    (:data:`_LETTERS`)."""
    decomposed = unicodedata.normalize("NFKD", name.strip("‘’'ʿʾ`")).translate(_LETTERS)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key(name: str) -> str:
    """``name``'s tokens as the core tokenizer cuts them, joined by one space: the form the
    locations plugin looks a run of article tokens up in."""
    return " ".join(token.text for token in tokens(name))


def usable_alternate(name: str, primary: str) -> bool:
    """An alternate name worth a lookup key: a Latin-script spelling of the same name.

    Translations ("White House" for Casablanca) and nicknames are left out: an alternate must
    start with the primary name's letter. Aliases that do not are listed in ``aliases.tsv``.
    """
    if fold(name)[:1].lower() != fold(primary)[:1].lower():
        return False
    if len(name) < 4 or not name.isascii() or name.isupper() or any(c.isdigit() for c in name):
        return False
    words = name.replace("-", " ").split()
    return all(w[:1].isupper() or w in PARTICLES for w in words) and "=" not in name


def short_form(alternate: str, name: str) -> bool:
    """Whether ``alternate`` is a city's own name without the river or place that tells it
    apart, the form news uses: "Newcastle" (upon Tyne), "Stoke" (-on-Trent), "Frankfurt" (am
    Main). It is kept even when it is another town's own name (Newcastle, New South Wales):
    the article decides between them. Not "Mexico" of "Mexico City"."""
    rest = name.removeprefix(alternate)
    if rest == name or rest[:1] not in (" ", "-"):
        return False
    link = rest.replace("-", " ").split()[:1]  # "upon" of " upon Tyne", "on" of "-on-Trent"
    return bool(link) and link[0] in _RIVER_LINKS


# A seaside town's name with the sea added, which news leaves off: "Clacton" (-on-Sea),
# "Bexhill", "Shoreham" (-by-Sea), "Saltburn" (-by-the-Sea)
_SEASIDE = re.compile(r"^(?P<short>[A-Z][\w .']*?)-(?:on|by)-(?:the-)?Sea$")


def seaside_short_form(name: str) -> str | None:
    """The name a seaside town goes by without its "-on-Sea" or "-by-Sea": "Clacton" of
    "Clacton-on-Sea"; None for other names. Like a river town's short form it is kept even
    where another place bears it ("Burnham"): the article decides between them."""
    match = _SEASIDE.match(name)
    return match.group("short") if match else None


# A US town whose name ends in "-borough" goes by "-boro" in local news as well, as many are
# spelt officially ("Hillsboro", New Hampshire, of Hillsborough; "Southboro", "Westboro"):
# kept even where another town bears the short form (Hillsboro, Oregon): the article decides
_BOROUGH = re.compile(r"^(?P<stem>[A-Z][\w .']*?)borough$")


def american_short_form(name: str) -> str | None:
    """The "-boro" form of a US town's "-borough" name: "Hillsboro" of "Hillsborough"; None
    for other names (Britain's "Peterborough" and "Middlesbrough" are never so written)."""
    match = _BOROUGH.match(name)
    return f"{match.group('stem')}boro" if match else None


# Ukraine's official romanization (2010), which Ukrainian and most Western news write, spells
# the glides of "я", "ю", "є" inside a word "ia", "iu", "ie", and "ї" after a vowel "i", where
# GeoNames' older spelling writes "ya", "yu", "ye", "yi":
#   Izyum    -> Izium      (y before a, e or u after a letter: "i")
#   Chuhuyiv -> Chuhuiv    (y before i after a vowel: left out)
#   Izmayil  -> Izmail,  Kadiyivka -> Kadiivka,  Feodosiya -> Feodosiia
# A word's first letter keeps its "Y" ("Yenakiyeve" -> "Yenakiieve"), and so does the "y" of
# "и" ("Khmelnytskyi", "Kryvyy Rih").
_UKRAINIAN_GLIDE = re.compile(
    r"""(?<=[a-z]) y (?=[aeu])     # Izyum, Kupyansk, Feodosiya: "i"
      | (?<=[aeiou]) y (?=i)       # Chuhuyiv, Izmayil: left out""",
    re.VERBOSE,
)


def ukrainian_official(name: str) -> str | None:
    """``name`` of a place in Ukraine in the official romanization, or None where it is the
    same: "Izyum" -> "Izium", "Chuhuyiv" -> "Chuhuiv", "Kyiv" -> None."""
    official = _UKRAINIAN_GLIDE.sub(lambda glide: "" if name[glide.end()] == "i" else "i", name)
    return official if official != name else None


# The words between a city's name and the river or place added to it
_RIVER_LINKS = frozenset({"upon", "on", "under", "am", "an", "im", "sur", "en", "sous"})


# How local news abbreviates a word of a place's name, and the reverse: "St. Paris" for Saint
# Paris, "Mt. Pleasant" for Mount Pleasant, "Saint Louis" for St. Louis, "Bay St. Louis" for
# Bay Saint Louis. Not the last word: "Saint" alone ends no town's name.
WORD_FORMS = {
    "Saint": ("St.", "St"),
    "Sainte": ("Ste.",),
    "Mount": ("Mt.",),
    "Fort": ("Ft.",),
    "St.": ("Saint", "St"),
    "Mt.": ("Mount",),
}


def name_forms(values: Iterable[str]) -> set[str]:
    """The lookup names of a place named ``values``: each as written and folded, with the
    abbreviated and spelled-out forms of its words (:data:`WORD_FORMS`)."""
    out = set()
    for value in values:
        out.add(value)
        out.add(fold(value))
        words = value.split(" ")
        for index, word in enumerate(words[:-1]):
            for form in WORD_FORMS.get(word, ()):
                other = " ".join([*words[:index], form, *words[index + 1 :]])
                out.add(other)
                out.add(fold(other))
    return out


# A street of every town: "Second Street", "Fifth Avenue", "14th Street" (GeoNames lists a few
# neighbourhoods so named, "Second Street" of Burnaby, British Columbia, which made "residents
# of Second Street" a Canadian town); a name news writes for the street, never the place.
_ORDINAL_STREET = re.compile(r"^(?:[0-9]+(?:st|nd|rd|th)|(?P<word>[A-Z][a-z]+)) (?P<street>\w+)$")


def ordinal_street(name: str, ordinals: frozenset[str], street_words: frozenset[str]) -> bool:
    """Whether ``name`` is an ordinal and a street word: "Second Street", "14th Avenue"
    (``ordinals``: the core's ordinal words in lower case; ``street_words``: the plugin's)."""
    found = _ORDINAL_STREET.match(name)
    if found is None or found["street"] not in street_words:
        return False
    return found["word"] is None or found["word"].lower() in ordinals
