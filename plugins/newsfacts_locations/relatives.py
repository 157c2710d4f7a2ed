"""Checks of :data:`newsfacts_locations.checks.CHECKS` on names of relatives: a person's
children and siblings are named after places often enough ("her baby, Chicago,",
"daughters Dakota and Chicago", "brothers Austin and Tyler Reed") that a name of one word
right after a noun of kin names the relative, whatever place bears it; and a surname names
the family before a noun of kin or rule ("the Weston family", "the Obama administration").
"""

from __future__ import annotations

from newsfacts.plugin import KIN_NOUNS
from newsfacts_locations import words
from newsfacts_locations.candidacy import Candidacy

#: Nouns of kin before a name set off by commas ("her daughter, Brittany,"), with a baby's
#: ("her baby, Chicago,", "their newborn, Paris,")
RELATIVE_NOUNS = KIN_NOUNS | frozenset({"baby", "newborn"})
#: Plural nouns of kin before a list of names: "daughters Dakota and Chicago", "sons Eli
#: and Boston"
RELATIVES = frozenset({noun + "s" for noun in KIN_NOUNS} | {"children", "kids", "twins"})
#: The possessive's marks after a name ending in "s": "Jones' son", "Reyes’ daughter"
APOSTROPHES = frozenset({"'", "’"})
#: The words that may come right before a name of such a list: the plural noun, or a
#: joiner of the list
BEFORE_LISTED = RELATIVES | {",", "and"}
_LONGEST_LIST = 4  # names before the candidate: "sons Eli, Cal, Ned and Boston"


def relative_named(c: Candidacy) -> bool | str:
    """A name of one word set off by commas after a relative's noun: a person's ("her
    daughter, Brittany, was born ...", "her baby, Chicago,"), whatever place bears the
    name."""
    tokens, first = c.sentence, c.candidate.first
    return (
        first == c.candidate.last
        and first > 1
        and tokens.texts[first - 1] == ","
        and tokens.texts[first - 2] in RELATIVE_NOUNS
        and c.following in (",", ".")
        and tokens.texts[first - 2]
    )


def relatives_listed(c: Candidacy) -> bool | str:
    """A name of one word in a list of names of one word right after a plural noun of kin:
    "daughters Dakota and Chicago", "brothers Austin and Tyler Reed" (the list's words before
    the name alternate names and joiners)."""
    tokens, index = c.sentence, c.candidate.first
    if index != c.candidate.last:
        return False
    for _ in range(_LONGEST_LIST):
        before = tokens.texts[index - 1] if index > 0 else ""
        if before in RELATIVES:
            return before
        if before not in (",", "and") or index < 2 or not tokens.texts[index - 2][:1].isupper():
            return False
        index -= 2
    return False


def kin_possessor(c: Candidacy) -> bool | str:
    """A name, of no well-known place, whose possessive a noun of kin follows: a person's
    ("guests of Webster's daughter", "Hudson's father", "Reyes' son"), whatever town bears
    the name; a town's people are not its kin ("Boston's favorite son" holds a word
    between)."""
    if c.known:
        return False
    tokens, last = c.sentence, c.candidate.last
    if tokens.texts[last].endswith(("'s", "’s")):
        return c.following in KIN_NOUNS and c.following
    after = last + 2  # "Reyes' son": the mark, then the noun
    return (
        c.following in APOSTROPHES
        and after < len(tokens)
        and tokens.starts[last + 1] == tokens.ends[last]
        and tokens.texts[after] in KIN_NOUNS
        and tokens.texts[after]
    )


# Nouns after a surname that name the family or the government it heads ("the Weston
# family", "the Kennedy clan", "the Obama administration")
FAMILY_NOUNS = frozenset(["family", "clan", "dynasty", "administration", "presidency"])
FAMILY_NOUNS |= {"campaign", "camp", "government", "era"}  # "the Dole campaign"
#: Of these, the nouns of a person's kin or rule, which a well-known place does not take:
#: a city has a government and campaigns ("the Seoul government"), not a clan
RULE_NOUNS = frozenset(["family", "clan", "dynasty", "administration", "presidency", "era"])


def family_name(c: Candidacy) -> bool | str:
    """ "controlled by the Weston family", "the Obama administration", "the Dole campaign": a
    surname, not the town (no well-known place: "the Houston family" may be one from Houston;
    but a well-known place named like a person, words.SURNAME_LIKE, is the person before a
    noun of kin or rule: "the Kennedy clan", "the Bush administration")."""
    if c.previous.lower() != "the" or c.following not in FAMILY_NOUNS:
        return False
    person_like = c.following in RULE_NOUNS and c.candidate.key in words.SURNAME_LIKE
    return (person_like or not c.known) and c.following
