"""The forms of a person's name: its surname's key, its words without accents, known given
names and the gender a given name or an honorific says."""

from __future__ import annotations

import functools
import unicodedata

from newsfacts.plugin import compiled
from newsfacts_people.lexicon import (
    FAMILY_HONORIFICS,
    GIVEN_NAMES,
    HONORIFICS,
    NAME_SUFFIXES,
    NOT_NAMES,
    TITLE_GENDERS,
)


def surname(words: tuple[str, ...]) -> str:
    """The key of a name's surname, its last word but a generational suffix ("King" of "Martin
    Luther King Jr"), without an Arabic article ("Assad" of "Bashar al-Assad", who is "Assad"
    and "al-Assad" later)."""
    if len(words) > 2 and words[-1] in NAME_SUFFIXES:
        return surname_key(words[-2])
    return surname_key(words[-1])


@functools.lru_cache(maxsize=4096)  # pure, asked of most mentions' last words, which repeat
def surname_key(word: str) -> str:
    """``word`` without an Arabic article nor accents: "al-Assad" and "Assad", "López" and
    "Lopez" name one person."""
    word = plain(word)
    return word[3:] if word.startswith(("al-", "el-", "Al-", "El-")) and len(word) > 4 else word


# Letters that do not fold to a base letter and a mark: "Søren", "Łukasz"
_UNFOLDED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "ß": "ss"})


@functools.lru_cache(maxsize=4096)  # pure, and names repeat
def plain(word: str) -> str:
    """``word`` without its accents: "Andrés" is "Andres", "Søren" "Soren"."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNFOLDED))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def given_name_gender(word: str) -> str | None:
    """The gender the given-name list gives ``word`` ("m", "f", "" for both), written with
    or without its accents ("José", "Hélène"); None if it is no known given name."""
    found = GIVEN_NAMES.get(word)
    if found is None and not word.isascii():
        found = GIVEN_NAMES.get(plain(word))
    return found


# Initials written as a given name: "A.J. Brown", "T.J. Watt" (not "U.S. Steel", "N.J.
# Transit": not_names.txt lists the initials of places and bodies)
_INITIALS = compiled(r"(?:\p{Lu}\.){2,3}")


def is_initials(word: str) -> bool:
    """Two or three initials, each with its full stop, that are no place's or body's."""
    # (A full stop second, and four or six characters, read first: most words are no
    # initials, and the pattern's call costs more.)
    return (
        word[1:2] == "."
        and len(word) in (4, 6)
        and _INITIALS.fullmatch(word) is not None
        and word not in NOT_NAMES
    )


@functools.lru_cache(maxsize=4096)  # pure, read for most words of a name, which repeat
def is_given_name(word: str) -> bool:
    """A known given name, or a hyphenated one of known parts ("Jean-Claude") or of a short
    first part before a known one ("Lin-Manuel"), accents or none ("Andrés", "Søren")."""
    if given_name_gender(word) is not None:
        return True
    parts = word.split("-")
    if len(parts) == 2 and len(parts[0]) <= _SHORT_PART and parts[0].istitle():
        return given_name_gender(parts[1]) is not None
    return len(parts) > 1 and all(given_name_gender(part) is not None for part in parts)


# The longest first part of a hyphenated given name whose second part alone is known:
# "Lin-Manuel", "Ji-Hoon" (not "Lloyd-Clarke", a surname)
_SHORT_PART = 3


def family_name_first(words: tuple[str, ...], index: int) -> bool:
    """A family name written like an honorific at ``index``, before a woman's given name:
    "Sheikh Hasina" is her name, not a title (data/family_honorifics.txt)."""
    return (
        words[index] in FAMILY_HONORIFICS
        and index + 1 < len(words)
        and given_name_gender(words[index + 1]) == "f"
    )


@functools.lru_cache(maxsize=4096)  # pure, asked at every mention of a person, who recurs
def gender(name: str, title: str | None) -> str | None:
    """ "m", "f" or None: what an honorific or the given name says about a person."""
    if title is not None:
        by_title = HONORIFICS.get(title.rstrip("."), "") or TITLE_GENDERS.get(
            title.rsplit(" ", 1)[-1], ""
        )
        if by_title:
            return by_title
    first, _, rest = name.partition(" ")
    if first in FAMILY_HONORIFICS:
        first = rest.partition(" ")[0]  # "Sheikh Hasina": her given name is the second
    return given_name_gender(first) or None
