"""Where a head word's complement ("of ...", "for ...") ends: at another name after "and"
("the Ministry of Health and Vale University Health Board"), a place after "in" or "at", a
title, a possessive of another's; read by the head-word rule (rules.head_names)."""

from __future__ import annotations

from newsfacts.plugin import read_words
from newsfacts_organizations import edges
from newsfacts_organizations.lexicon import (
    HEADS,
    NAME_POSSESSIVES,
    PACKAGE,
    POSSESSIVE_ENDINGS,
    STOPWORDS,
)
from newsfacts_organizations.name_tables import KNOWN_TABLE
from newsfacts_organizations.place_fields import names_field_and_place, place_named
from newsfacts_organizations.runs import MAX_NAME_UNITS, Sentence

# "in" and "at" continue a name ("... Cooperation in Europe") but end a complement before a
# place ("the Council on Foreign Relations in New York")
PLACE_OPENERS = frozenset(("in", "at"))


#: Titles that end an office's name after "Office of the" (data/office_titles.txt)
OFFICE_TITLES = read_words(PACKAGE, "office_titles.txt")
# The words opening the complement of an office named after its holder
_OF_THE = ["of", "the"]


def title_end(sentence: Sentence, head: int, opener: int, end: int) -> int:
    """Where the name of an office named after its holder ends, ``end``, when the head word
    at ``head`` is "Office", its complement opened at ``opener`` is "of the" and capitalized
    words, and the last is an office holder's title: "the Office of the Prime Minister", "the
    Office of the U.S. Trade Representative" (a title ends no other name, and trimmed off,
    left the office no name or a cut one); 0 otherwise."""
    texts = sentence.texts
    if texts[head] != "Office" or texts[opener : opener + 2] != _OF_THE or end - opener < 3:
        return 0
    if texts[end - 1] not in OFFICE_TITLES or not all(sentence.capital[opener + 2 : end]):
        return 0
    return end


def owner_end(sentence: Sentence, opener: int, end: int) -> int:
    """ "the University of Pennsylvania's Wharton School", "the Bank of England's Monetary
    Policy Committee": a possessive written on a word of the complement ends the name there
    (the name after it is another's), but a people's ("the Bank of the People's ...")."""
    for index in range(opener + 1, end):
        word = sentence.texts[index]
        if len(word) > 2 and word.endswith(POSSESSIVE_ENDINGS) and not office_holders(word):
            return index + 1
    return end


def complement_end(
    sentence: Sentence, opener: int, end: int, run_end: int, kind: str | None = None
) -> int:
    """Where the complement opened at ``opener`` ends: at once before a street after "on"
    ("All Saints High School on Granville Road"), before a place ("the Council on Foreign
    Relations in New York"), before "and the" and a name with a head word of its
    own ("the University of Cambridge and the Francis Crick Institute" are two) or with the
    same head word ("the University of Michigan and Ohio State University"), or before
    a title and a capitalized word ("the Department of Water Resources Director Brig.
    Gen. Alan Fisk"; not "the Office of the Director of National Intelligence"). The
    name after "and" is read to ``run_end``, past a possessive that ended the complement
    ("the University of Edinburgh and King's College London" are two). A school's or a
    company's name of ``kind`` ends at "and" after its place (see _place_and_another)."""
    texts = sentence.texts
    if texts[opener] == "on" and not edges.STREET_WORDS.isdisjoint(texts[opener + 1 : end]):
        return opener  # "the high school on Granville Road": an address, no part of it
    for index in range(opener + 2, end):
        if texts[index] in PLACE_OPENERS:
            return index
        if _title_inside(sentence, index, end):
            return index
        if texts[index] == "and" and (
            _another_after(texts, opener, index, end, run_end)
            or _place_and_another(texts, opener, index, run_end, kind)
        ):
            return index
    return end


def _place_and_another(
    texts: list[str], opener: int, index: int, run_end: int, kind: str | None
) -> bool:
    """Whether a school's or a company's name of a country, a state or a province ends at
    the "and" at ``index``, words that name no place after it: "the University of Michigan
    and Ohio State", "the Bank of Montreal and Scotiabank" are two (a school or a firm takes
    one place; "and" joins no words of their names, see edges.UNJOINED_KINDS). A public
    body goes on ("the Port Authority of New York and New Jersey"), and so do two places
    ("the Universities of Texas and Oklahoma")."""
    return (
        kind in edges.UNJOINED_KINDS
        and texts[opener] == "of"
        and place_named(texts[opener + 1 : index]) is False
        and place_named(texts[index + 1 : run_end]) is None
    )


def _another_after(texts: list[str], opener: int, index: int, end: int, run_end: int) -> bool:
    """Whether another name follows the "and" at ``index`` inside the complement opened at
    ``opener`` (see complement_end)."""
    if texts[index + 1 : index + 2] == ["the"] and any(
        head_entry(word)[0] is not None for word in texts[index + 2 : end]
    ):
        return True
    if "and" in texts[opener + 1 : index]:
        return True  # "the Ministry of Housing and Urban Affairs and NITI Aayog": a second "and"
    after = index + 2 if texts[index + 1 : index + 2] == ["the"] else index + 1
    return (
        # "the University of Michigan and Ohio State University" are two
        texts[opener - 1] in texts[after:run_end]
        # "Bank of America and Wells Fargo", "... and the AFL-CIO"
        or KNOWN_TABLE.starts_name(texts, after, run_end)
        # "the Department of Health and Ambulance Victoria"
        or names_field_and_place(texts[after:run_end])
        # "the Ministry of Health and Vale University Health Board"
        or _headed_name(texts, after, run_end)
        or (after > index + 1 and _long(texts, after))
    )


# How many capitalized words before a head word make the words after "and" a name of their
# own ("and Vale University Health Board"); one is a field's ("and Human Services")
_OWN_NAME_WORDS = 2


# How many capitalized words after "and the" make a name of their own, head word or none
# ("the Government of Karnataka and the Bruhat Bengaluru Mahanagara Palike", "the US Chamber
# of Commerce and the Business Roundtable"; "the Department of the Environment and the
# Regions" is one)
_LONG_NAME_WORDS = 2


def _long(texts: list[str], after: int) -> bool:
    """Whether ``_LONG_NAME_WORDS`` capitalized words follow from ``after`` on."""
    words = texts[after : after + _LONG_NAME_WORDS]
    return len(words) == _LONG_NAME_WORDS and all(word[0].isupper() for word in words)


def _headed_name(texts: list[str], after: int, run_end: int) -> bool:
    """Whether a head word follows at least two other words from ``after`` on, all of them
    capitalized: "and Vale University Health Board", "and Fred Hutchinson Cancer Center" (not
    "and Human Services": "the Department of Health and Human Services" is one name; not "and
    Politics at Rutgers University": the complement goes on to "at", another name after it)."""
    for index in range(after, min(run_end, after + MAX_NAME_UNITS)):
        word = texts[index]
        if not word[0].isupper():
            return False
        if index >= after + _OWN_NAME_WORDS and head_entry(word)[0] is not None:
            return True
    return False


def _title_inside(sentence: Sentence, index: int, end: int) -> bool:
    """A word that never ends a name (a title: ``data/stopwords.txt``) inside a run, after a
    capitalized word and before one."""
    return (
        index + 1 < end
        and sentence.texts[index] in STOPWORDS
        and bool(sentence.capital[index - 1])
        and bool(sentence.capital[index + 1])
    )


def head_entry(word: str) -> tuple[tuple[str | None, bool] | None, bool]:
    """The head word's entry (its kind, whether a complement may follow) and whether it is
    written as an owner ("University's"), or None."""
    found = HEADS.get(word)
    if found is None and len(word) > 3 and word.endswith(POSSESSIVE_ENDINGS):
        return HEADS.get(word[:-2]), True
    return found, False


def office_holders(word: str) -> bool:
    """ "Governor's", "Sheriff's": an office holder's possessive, part of a name."""
    return word.endswith(POSSESSIVE_ENDINGS) and word[:-2] in NAME_POSSESSIVES
