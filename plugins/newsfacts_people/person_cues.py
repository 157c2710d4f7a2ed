"""What the words next to a name say only of a person's: an age or a party set off after it
("Tashfeen Malik, 29,", "Adam Schiff (D-Calif.)"), an age as an adjective before it
("56-year-old Dezi Freeman"), a relative "who" or a verb only people do after it ("after
Jagdeep Dhankhar resigned"), a description and a speech verb after it, the credits of a wire
story before it, a role noun and a comma before it ("Her mother, Linda,"). Read by
:mod:`newsfacts_people.candidates` for every candidate; the word lists they read are
:mod:`newsfacts_people.lexicon`'s."""

from __future__ import annotations

import regex

from newsfacts.plugin import PEOPLE_NOUNS, compiled, read_words
from newsfacts_people.lexicon import (
    CONCURRENT,
    NAME_SUFFIXES,
    PLACES,
    RELATIONS,
    ROLE_HEADS,
    SPEECH_VERBS,
)

_PACKAGE = "newsfacts_people"

# The credits of a wire story, open before a name: "(Reporting by Gwladys Fouche; Editing by
# Terje Solsvik and" (read within CREDIT_REACH characters before the name).
CREDIT_OPEN = compiled(
    r"\((?:Additional[ ]+)?(?:[Rr]eporting|Writing|Editing|Compiled|Graphics?)[ ]+by[ ][^()]*\Z"
)
CREDIT_REACH = 150
# What only follows a person's name: an age (", 58,"), a party and state ("(D-Calif.)",
# ", R-Texas,").
# The age is a number of its own: not the start of "6,000" ("sailors and Marines, 6,000 U.S.
# servicemen").
PERSON_AFTER = compiled(
    r"[ \u00a0]*+(?:,[ \u00a0]*+\d{1,3}[ \u00a0]*+[,;)](?!\d)|[,(][ \u00a0]*+[DRI]-\p{Lu})"
)
# Nouns a headline puts before an age, no name: "Girl, 12, hit by car"
AGED_NOUNS = read_words(_PACKAGE, "aged_nouns.txt")


def person_after(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether an age or a party and state follow the name of ``words`` ending at ``end``,
    as only a person's does; a name of one word only if :func:`named_alone`."""
    reach = end + 12
    # (The pattern's first mark past the spaces, read in C: most names have a word next.)
    if text[end:reach].lstrip(" \u00a0")[:1] not in PERSON_AFTER_MARKS:
        return False  # most names: a full stop, a word after them
    return (len(words) > 1 or named_alone(words[0])) and bool(
        PERSON_AFTER.match(text, end, reach, CONCURRENT)
    )


# What PERSON_AFTER reads first past its spaces
PERSON_AFTER_MARKS = frozenset(",(")


def named_by_role(word: str, role: str | None) -> bool:
    """Whether one word set off by commas after a role is a name the role makes a person's:
    a plain role or kin noun ends the role ("Her mother, Linda,", "Its chief executive,
    Nadella,"), not what a role serves ("a lecturer at the University of Texas,
    Austin,"), and the word may be a name (:func:`named_alone`; "Va" is no name)."""
    if not role:
        return False
    *before, last = role.lower().split()
    return (
        (last in ROLE_HEADS or last in RELATIONS)
        and _SERVING.isdisjoint(before)
        and len(word) > 2
        and named_alone(word)
    )


def after_lower_word_and_comma(text: str, start: int) -> bool:
    """Whether a word in lower case and a comma come right before ``start`` ("Her mother,
    |Linda"): where a role may end; one test of a short slice, made for single words only
    (a list of names, "Smith, Jones, Brown", reads no role)."""
    if text[start - 2 : start] != ", ":
        return False  # most words: no comma right before them, and no call to tell it
    word = _word_before_comma(text, start)
    return word is not None and word.isalpha() and word.islower()


def role_before_comma(text: str, start: int) -> bool:
    """Whether a role or kin noun and a comma come right before ``start`` ("Her attorney,
    |Rebecca Hall", "his sister, |Ann Park")."""
    word = _word_before_comma(text, start)
    return word is not None and (word in ROLE_HEADS or word in RELATIONS)


def _word_before_comma(text: str, start: int) -> str | None:
    """The word right before a comma and a space that end right before ``start``."""
    if text[start - 2 : start] != ", ":
        return None
    before = text[start - 24 if start > 24 else 0 : start - 2].rsplit(None, 1)
    return before[-1] if before else None


# Words of a role phrase that name what the role serves: "director of", "analyst at"
_SERVING = frozenset(("of", "at", "for", "with", "in", "on"))


def named_alone(word: str) -> bool:
    """Whether one capitalized word before an age may be a person's name ("Martinez, 31,
    was arrested", "Ken Doyle, 77, and Rita, 79,"): not a place's, a suffix ("Sr., 56,")
    nor a noun of a headline ("Girl, 12, hit by car")."""
    return not (
        word in PLACES or word in NAME_SUFFIXES or word.endswith(".") or word.lower() in AGED_NOUNS
    )


# What only comes before a person's name: an age as an adjective ("the suspect, 56-year-old
# Dezi Freeman"), read back from the name.
PERSON_BEFORE = compiled(r"(?<![\d-])\d{1,3}-year-old[ \u00a0]\Z")
AGE_REACH = 16

# A noun for people right after the words an age comes before: they are the person's town
# ("a 46-year-old Elm Grove man", "the 19-year-old Oak Creek residents"), no name.
_WORD_AFTER = compiled(r"[ \u00a0]++(\w++)")


def people_noun_after(text: str, end: int) -> bool:
    """Whether a noun for people (the core's PEOPLE_NOUNS: "man", "residents") follows."""
    word = _WORD_AFTER.match(text, end, end + 24)
    return word is not None and word.group(1).lower() in PEOPLE_NOUNS


# A relative "who" after a name of two words: "Feyisa Lilesa, who ..." (not a team of three
# words: "the Portland Trail Blazers, who ..."), or the town a person is from, as local news
# and court reports write it: "Kyrell Matthews, of Hulme, will appear".
PERSON_WHO = compiled(r",[ \u00a0]*+(?:who\b|of[ \u00a0]\p{Lu}\p{Ll})")

# A verb only people do right after a name of two words: "after Jagdeep Dhankhar resigned"
PERSON_VERB = compiled(
    r"[ \u00a0]++(?:"
    + "|".join(
        r"[ \u00a0]++".join(map(regex.escape, phrase.split()))
        for phrase in sorted(read_words(_PACKAGE, "person_verbs.txt"))
    )
    + r")\b"
)

# A description set off by commas, then a speech verb, after a name of two words: "Aliko
# Dangote, Africa's richest man, told reporters" (not a relative clause, a firm's: "Ogden
# Projects, which has ..., said"; nor a verb's: "..., worked with ..., said")
APPOSED_SPEAKER = compiled(
    r",[ \u00a0]++(?!(?:which|that|whose)\b|\p{Ll}+ed\b)[^,.;:!?\"“”()\n]{3,80}+,[ \u00a0]++(?:"
    + "|".join(sorted(map(regex.escape, SPEECH_VERBS)))
    + r")\b"
)
