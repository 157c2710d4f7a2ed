"""Titles before a name: the words of a run that describe the office ("Transport Minister",
"Homeland Security Deputy Secretary", "Harris County District Attorney"), the body an
honorific's office is of ("Cebu Gov. Pamela Baricuatro"), and an honorific's word that ends
the sentence before ("... Hun Sen. Deputy Prime Minister Suriya"). Read by
:func:`newsfacts_people.names.read`."""

from __future__ import annotations

from newsfacts_people import lexicon as lx
from newsfacts_people import roles


def ends_a_name(words: tuple[str, ...], index: int) -> bool:
    """An honorific's word before a title, not a name: the last word of the sentence before
    ("... former leader Hun Sen. Deputy Prime Minister Suriya Juangroongruangkit")."""
    # A title of two words at least, and a name after it: "Mr. King", "Dr. King" are
    # surnames, "Lt. Colonel Tom Keegan" holds one rank.
    return index + 3 < len(words) and all(title_word(word) for word in words[index + 1 : index + 3])


def is_title(words: tuple[str, ...], index: int) -> bool:
    """A title, a role noun or a portfolio before one at ``index``: "Prime", "Minister",
    "Actor", "Transport (Minister)"; not before a place's head word, which makes a place's
    name of it: "the historic Grand Canyon Lodge"."""
    word = words[index]
    if index + 1 < len(words) and words[index + 1] in lx.INNER_PLACE_HEADS:
        return False
    return word in lx.TITLES or roles.is_role(word) or modifies_title(words, index)


def title_word(word: str) -> bool:
    return (
        (word in lx.TITLES or word in lx.TITLE_MODIFIERS)
        and word not in lx.HONORIFICS
        and not lx.is_given_name(word)
    )


def acronym_before_title(words: tuple[str, ...], index: int) -> bool:
    """An organization's acronym before a title: "WHO Director-General Tedros", "NYPD
    Commissioner"."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    return (
        len(word) > 1
        and word.isupper()
        and word.isalpha()
        and (following in lx.TITLES or roles.is_role(following))
    )


def modifies_title(words: tuple[str, ...], index: int) -> bool:
    """A portfolio before a title: "Transport Minister", "Communications Director" (not
    "Labor Day", "the Institute for Climate Impact Research")."""
    word = words[index]
    if word not in lx.TITLE_MODIFIERS or not title_follows(words, index + 1):
        return False
    # "City", "County", "District" open the title or follow another, or a place's name they
    # do not end: "Acting City Planner", "Harris County District Attorney", not "New York City
    # Mayor", whose city's name they end
    return (
        word not in _PLACE_NAME_ENDS
        or index == 0
        or words[index - 1] in lx.TITLES
        or words[index - 1] in lx.TITLE_MODIFIERS
        or words[index - 1] in _PLACE_NAME_ENDS
    )


_PLACE_NAME_ENDS = frozenset({"City", "County", "District"})
# How many portfolio words may stand between a portfolio word and its title: "Homeland
# Security Deputy Secretary", "Public Information Officer".
_MODIFIER_CHAIN = 3


def title_follows(words: tuple[str, ...], index: int) -> bool:
    """Whether a title or role noun is at ``index``, or after a few more portfolio words."""
    for following in words[index : index + _MODIFIER_CHAIN + 1]:
        if following in lx.TITLES or roles.is_role(following):
            return True
        if following not in lx.TITLE_MODIFIERS:
            return False
    return False


def before_honorific(words: tuple[str, ...], index: int) -> bool:
    """A word before an honorific: the place or body the office is of ("Cebu Gov. Pamela
    Baricuatro", "Marine Gen. Eric Smith"), also of two words, the second a word of bodies'
    names ("Air Force Gen. Dan Caine", "Coast Guard Adm. Linda Fagan")."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if following in lx.HONORIFICS:
        # A given name only before a full name: not "Alan Lord" (a surname that is one)
        return not lx.is_given_name(words[index]) or index + 3 < len(words)
    return (
        following in lx.ORG_WORDS
        and index + 2 < len(words) - 1
        and words[index + 2] in lx.HONORIFICS
    )
