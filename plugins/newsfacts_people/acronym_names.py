"""People named by their initials: "AMLO" (Andrés Manuel López Obrador), "MBS" (Mohammed bin
Salman), "RFK Jr." (the core's :data:`~newsfacts.names.PERSON_INITIALS`). The initials name
the article's person of the listed given name and surname; initials listed "alone" name the
listed person in any article. A word in capitals is no name for the runs of capitalized
words (:mod:`newsfacts_people.mentions`), so they are read here, after the people are
linked."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newsfacts.plugin import PERSON_INITIALS, Person, compiled, starts_of
from newsfacts_people import lexicon as lx
from newsfacts_people import name_forms as nf

# The listed initials as a word of their own, the longest first ("RFK Jr." before "RFK"); not
# before a capitalized word, which makes them a place's or a day's ("JFK Airport", "MLK Day",
# "FDR Drive").
_INITIALS = compiled(
    r"(?<![\p{L}\p{N}&.\-])(?:"
    + "|".join(
        regex.escape(initials) for initials in sorted(PERSON_INITIALS, key=lambda i: (-len(i), i))
    )
    + r")(?![\p{L}\p{N}&\-])(?![ \u00a0]++\p{Lu})"
)


def _matches(text: str) -> list[regex.Match[str]]:
    """The listed initials in ``text``, as ``_INITIALS.finditer`` finds them: where any are
    written (found with str's fast search), the pattern matched there alone, none inside the
    one before. Searched for over the text, the pattern had its look-behind tried at every
    character: more than the rest of the module costs, and in a long article, whose initials
    in one part had it read all the parts, about a twentieth of the people field's work."""
    matches = []
    last_end = 0
    for start in starts_of(text, PERSON_INITIALS):
        match = None
        if start >= last_end:
            match = _INITIALS.match(text, start, concurrent=lx.CONCURRENT)
        if match is not None:
            matches.append(match)
            last_end = match.end()
    return matches


# How far a headline in capitals is read on either side of the initials (characters)
_HEADLINE_REACH = 80


def _key(name: str) -> tuple[str, str]:
    """A person's given name and surname, accents and middle names left out: "Andres" and
    "Obrador" of "Andrés Manuel López Obrador"."""
    words = tuple(name.split())
    return nf.plain(words[0]), nf.surname(words)


def initials_people(text: str, people: list[Person]) -> list[Person]:
    """``people`` and the people named by their initials, in text order."""
    matches = _matches(text)
    if not matches:
        return people  # (most articles)
    named = _named(people)  # read once, where initials stand (few articles)
    found = []
    for match in matches:
        person = _person(text, match, named)
        if person is not None:
            found.append(person)
    if not found:
        return people
    taken = [(person.start, person.end) for person in people]
    found = [p for p in found if all(p.end <= start or p.start >= end for start, end in taken)]
    return sorted([*people, *found], key=lambda person: person.start)


def _named(people: Iterable[Person]) -> dict[tuple[str, str], Person]:
    """The article's people by given name and surname: the first mention of each, for its
    name and role."""
    # Each name keyed once, at its first mention: a long article mentions each of its
    # people many times, and the keys of all its mentions cost more than the rest of the
    # module. The first mention of a name is the first of its key's mentions.
    firsts: dict[str, Person] = {}
    for person in people:
        firsts.setdefault(person.name, person)
    named: dict[tuple[str, str], Person] = {}
    for name, person in firsts.items():
        if name and " " in name:
            named.setdefault(_key(name), person)
    return named


def _person(
    text: str, match: regex.Match[str], named: dict[tuple[str, str], Person]
) -> Person | None:
    """The person ``match``'s initials name, if the article names them in full or the
    initials name the person alone; none in a headline in capitals (no lower-case letter on
    its line near them)."""
    start, end = match.span()
    line_start = text.rfind("\n", max(0, start - _HEADLINE_REACH), start) + 1
    line_end = text.find("\n", end, end + _HEADLINE_REACH)
    near = text[
        max(line_start, start - _HEADLINE_REACH) : end + _HEADLINE_REACH
        if line_end < 0
        else line_end
    ]
    if near.upper() == near:
        return None
    full, alone = PERSON_INITIALS[match.group()]
    known = named.get(_key(full))
    if known is None and not alone:
        return None
    name = known.name if known is not None else full
    return Person(
        text=match.group(),
        start=match.start(),
        end=match.end(),
        name=name,
        title=None,
        role=known.role if known is not None else None,
        gender=nf.gender(name, None),
    )
