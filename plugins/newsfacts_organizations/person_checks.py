"""The candidate checks that find a person, or people, where a rule saw an organization: a
person of the article named alone or found by the people field, letters after a person's
name ("Sally Dowling SC"), a party's letter before a member's home town, a noun for people
opening its sentence ("Officials in Haiti reported"). Rows of
:data:`newsfacts_organizations.checks.CANDIDATE_CHECKS`; and a person's one-word title written
before the name, part of the person's span (:func:`titled`, read by resolve.py)."""

from __future__ import annotations

from collections.abc import Sequence

import newsfacts
from newsfacts.plugin import PEOPLE_NOUNS, POST_NOMINALS
from newsfacts_organizations import chambers
from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.rules import HEAD_RULE, KNOWN_RULE


def person_name_alone(c: Candidacy) -> bool:
    return c.candidate.rule < HEAD_RULE and c.candidate.key in c.person_names


def person(c: Candidacy) -> bool:
    return c.people.overlaps(c.candidate.start, c.candidate.end)


def post_nominal(c: Candidacy) -> str:
    """ "Sally Dowling SC", "Jane Smith, OBE": letters after a name of two capitalized words
    (POST_NOMINALS), as the people field reads them."""
    key = c.candidate.key
    if len(key) != 1 or key[0] not in POST_NOMINALS:
        return ""
    texts = c.sentence.texts
    before = c.candidate.last - 2  # the unit before the letters
    if before >= 0 and texts[before] == ",":
        before -= 1
    named = before >= 1 and all(_name_word(texts[at]) for at in (before - 1, before))
    return key[0] if named else ""


def _name_word(text: str) -> bool:
    """ "Dowling", "McDonald", "Beech-Jones"; not "NATO"."""
    return text[:1].isupper() and not text.isupper()


def party_letter(c: Candidacy) -> bool:
    """ "Del. Marcia Price (D-Newport News)": a party's letter before a member's home town."""
    return party_lettered(c.candidate.key[0])


def party_lettered(first: str) -> bool:
    """Whether a name's first word opens with a party's letter: "D-Newport"."""
    return len(first) > 2 and first[0] in "DRI" and first[1] == "-" and first[2].isupper()


def people_noun_opening(c: Candidacy) -> bool:
    """ "Officials reported", "Rescuers in Haiti said": a noun for people capitalized only by
    opening its sentence, alone or before where they are, names people, not a body."""
    candidate = c.candidate
    key = candidate.key
    return (
        candidate.rule < KNOWN_RULE
        and c.sentence.starts[0] == candidate.start
        and key[0][1:].islower()
        and key[0].lower() in PEOPLE_NOUNS
        and (
            len(key) == 1
            or key[1] in _PLACE_PREPOSITIONS
            or (key[1] == "of" and key[0].lower() in _RESIDENTS)
        )
    )


_PLACE_PREPOSITIONS = frozenset({"in", "at"})
# Nouns for the people of a place, before "of" and the place: "Residents of Shrewsbury and
# Auburn reported smoke" (not "Friends of the Earth", "Veterans of Foreign Wars")
_RESIDENTS = frozenset({"residents", "villagers", "inhabitants", "citizens", "people"})


def titled(text: str, people: Sequence[newsfacts.Fact]) -> list[newsfacts.Fact]:
    """A person's one-word title written right before the name: "Economist Joel Naroff" (the
    word is the title, not The Economist). Only for a person whose given name or honorific
    tells a gender, and not a chamber's word ("the White House Situation Room" holds no
    person titled House)."""
    found = []
    for person in people:
        title = getattr(person, "title", None)
        if getattr(person, "gender", None) is None or not isinstance(title, str):
            continue
        written = text.endswith(title + " ", 0, person.start)
        if written and title.isalpha() and title not in chambers.CHAMBERS:
            found.append(newsfacts.Fact.at(text, person.start - len(title) - 1, person.end))
    return found
