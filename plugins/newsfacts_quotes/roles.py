"""Speakers named by a role alone ("the mayor said", "the 34-year-old said", "the Democrat
said"), resolved to the person the article last named with that role, where it says so:
a title or role the people field read ("Mayor Karen Bass", "Karen Bass, the city's
mayor"), and the age and US party it read next to the name ("Tom Baxter, 34,", "34-year-old
Tom Baxter", "Sen. Jane Doe (D-Mass.)"): ``Person.age`` and ``Person.party``."""

from __future__ import annotations

from collections.abc import Sequence

import newsfacts
from newsfacts.plugin import compiled, read_table
from newsfacts_quotes.mentions import name_of

_ROWS = read_table("newsfacts_quotes", "role_words.tsv", columns=3)
# "sen" -> ("senator",): the role nouns an abbreviated title stands for
_TITLES = {row[1]: tuple(row[2].split()) for row in _ROWS if row[0] == "title"}
_COURTESY = frozenset(row[1] for row in _ROWS if row[0] == "courtesy")
# The role phrase of an age: "34-year-old", "34-year-old striker".
_AGE_PHRASE = compiled(r"(?P<age>\d{1,3})-year-old")

Descriptor = tuple[str, tuple[str, ...]]  # (kind: "role", "age" or "party", its words)


class RoleHolders:
    """The article's people by what the text says they are, for a speaker named by a role
    alone."""

    def __init__(self, people: Sequence[newsfacts.Fact]) -> None:
        described: dict[str, set[Descriptor]] = {}
        # The parties the article's people are said to be of, lower case: "the Democrat"
        # names a party only where someone is said to be one.
        parties: set[str] = set()
        # (A person's mentions share a name, role, age and party, most of them their title
        # too: each distinct reading is read once, not once for each mention.)
        readings = {
            (
                name_of(person),
                getattr(person, "title", None),
                getattr(person, "role", None),
                getattr(person, "age", None),
                getattr(person, "party", None),
            )
            for person in people
        }
        for name, title, role, age, party in readings:
            found = described.setdefault(name, set())
            for written in (title, role):
                if written:
                    found.update(_role_words(written))
            if age is not None:
                found.add(("age", (str(age),)))
            if party:
                found.add(("party", (party.lower(),)))
                parties.add(party.lower())
        self._described = described
        self._parties = parties

    def holder(self, phrase: Sequence[str], before: Sequence[newsfacts.Fact]) -> str | None:
        """Who ``phrase`` (a noun phrase after "the": "mayor", "England captain",
        "34-year-old") is: the nearest of ``before`` (the people named before it, nearest
        last) described so, when everyone named between them is said to be something else
        (an age is read past anyone); with no one named before, the article's one such
        person."""
        wanted = _wanted(phrase, self._parties)
        if wanted is None:
            return None
        if not before:
            return self._only(wanted)
        for person in reversed(before):
            found = self._described.get(name_of(person), set())
            if _fits(found, wanted):
                return name_of(person)
            # Someone who may hold the role stands nearer: the text does not say which.
            if wanted[0] != "age" and not any(kind == wanted[0] for kind, _ in found):
                break
        return self._placed(phrase, wanted)

    def _only(self, wanted: Descriptor) -> str | None:
        """The article's one person described as ``wanted``; None for none or several."""
        holders = {name for name, found in self._described.items() if _fits(found, wanted)}
        return next(iter(holders)) if len(holders) == 1 else None

    def _placed(self, phrase: Sequence[str], wanted: Descriptor) -> str | None:
        """ "the Florida senator", "the New Jersey governor": a role whose capitalized words
        (a state, a body) the article never writes next to its holder's name is the
        article's one person of that role without them ("Sen. Marco Rubio"); None when
        the role has no such words, or several people hold it."""
        kept = tuple(word.lower() for word in phrase[:-1] if not word[:1].isupper())
        if wanted[0] != "role" or len(kept) == len(phrase) - 1:
            return None
        return self._only(("role", (*kept, phrase[-1].lower())))


def _wanted(phrase: Sequence[str], parties: set[str]) -> Descriptor | None:
    words = tuple(word.lower() for word in phrase)
    if not words:
        return None
    age = _AGE_PHRASE.fullmatch(words[0])
    if age is not None:
        return ("age", (age.group("age"),))
    if len(words) == 1 and words[0] in parties:
        return ("party", words)
    return ("role", words)


def _fits(found: set[Descriptor], wanted: Descriptor) -> bool:
    """Whether one of ``found`` is ``wanted``: the same kind, the same head noun, and the
    wanted modifiers among its words ("former minister" fits "former defence minister")."""
    kind, words = wanted
    return any(
        have == kind and held[-1:] == words[-1:] and set(words[:-1]) <= set(held[:-1])
        for have, held in found
    )


def _role_words(written: str) -> list[Descriptor]:
    """A title's or role's words up to its head noun ("author of the book" is an
    "author"); an abbreviated title's nouns ("Sen" is a "senator"); none for a courtesy
    title ("Mr")."""
    words = [word.strip(".").lower() for word in written.split()]
    for index, word in enumerate(words):
        if word in _AFTER_HEAD:
            words = words[:index]
            break
    if not words or (len(words) == 1 and words[0] in _COURTESY):
        return []
    if len(words) == 1 and words[0] in _TITLES:
        return [("role", (noun,)) for noun in _TITLES[words[0]]]
    return [("role", tuple(words))]


_AFTER_HEAD = frozenset(
    ("of", "for", "at", "to", "in", "with", "from", "on", "by", "under", "who", "and", "since")
)
