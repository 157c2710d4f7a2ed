"""Speakers named by a role alone ("the mayor said", "the 34-year-old said", "the Democrat
said"), resolved to the person the article last named with that role, where it says so:
a title or role the people field read ("Mayor Karen Bass", "Karen Bass, the city's
mayor"), an age set off after a name or before it ("Tom Baxter, 34,", "34-year-old Tom
Baxter"), a US party after a name ("Sen. Jane Doe (D-Mass.)")."""

from __future__ import annotations

from collections.abc import Sequence

import regex

import newsfacts
from newsfacts.plugin import compiled, read_table
from newsfacts_quotes.mentions import name_of

_ROWS = read_table("newsfacts_quotes", "role_words.tsv", columns=3)
# "sen" -> ("senator",): the role nouns an abbreviated title stands for
_TITLES = {row[1]: tuple(row[2].split()) for row in _ROWS if row[0] == "title"}
_COURTESY = frozenset(row[1] for row in _ROWS if row[0] == "courtesy")
_PARTIES = {row[1]: row[2] for row in _ROWS if row[0] == "party"}
_PARTY_NOUNS = frozenset(_PARTIES.values())

# An age set off right after a name: "Tom Baxter, 34, has", "Smith, 34.", "Ana Ruiz, a
# 52-year-old nurse", and in British papers "Tom Baxter (34)". Read at the name's end.
_AGE_AFTER = compiled(
    r"""[ \u00a0]*+
    (?: ,[ \u00a0]++ (?: (?P<age>\d{1,3}) (?=[,.;)]|[ \u00a0]++(?:of|from|and|who)\b)
                     | an?[ \u00a0]++ (?P<age>\d{1,3})-year-old\b )
      | \( (?P<age>\d{1,3}) \) )""",
    regex.VERBOSE,
)
# An age before a name, a few lower-case words between: "34-year-old Tom Baxter", "the
# 23-year-old striker Jadon Price". Searched in a bounded stretch ending at the name.
_AGE_BEFORE = compiled(
    r"""(?<!\d)(?P<age>\d{1,3})-year-old (?:[ \u00a0]++\p{Ll}[\p{L}\-]*+){0,3}+ [ \u00a0]++\Z""",
    regex.VERBOSE,
)
_AGE_BEFORE_REACH = 60
# A US party and state after a name: "Sen. Jane Doe (D-Mass.)", "Mitch McConnell, R-Ky.,".
_PARTY_AFTER = compiled(
    r"""[ \u00a0]*+ [(,] [ \u00a0]*+ (?P<party>[DRI]) - \p{Lu}""",
    regex.VERBOSE,
)
_AFTER_REACH = 40  # characters read after a name for its age or party
# The role phrase of an age: "34-year-old", "34-year-old striker".
_AGE_PHRASE = compiled(r"(?P<age>\d{1,3})-year-old")

Descriptor = tuple[str, tuple[str, ...]]  # (kind: "role", "age" or "party", its words)


class RoleHolders:
    """The article's people by what the text says they are, for a speaker named by a role
    alone."""

    def __init__(self, text: str, people: Sequence[newsfacts.Fact]) -> None:
        described: dict[str, set[Descriptor]] = {}
        for person in people:
            found = described.setdefault(name_of(person), set())
            for written in (getattr(person, "title", None), getattr(person, "role", None)):
                if written:
                    found.update(_role_words(written))
            found.update(_age_and_party(text, person))
        self._described = described

    def holder(self, phrase: Sequence[str], before: Sequence[newsfacts.Fact]) -> str | None:
        """Who ``phrase`` (a noun phrase after "the": "mayor", "England captain",
        "34-year-old") is: the nearest of ``before`` (the people named before it, nearest
        last) described so, when everyone named between them is said to be something else
        (an age is read past anyone); with no one named before, the article's one such
        person."""
        wanted = _wanted(phrase)
        if wanted is None:
            return None
        if not before:
            holders = {name for name, found in self._described.items() if _fits(found, wanted)}
            return next(iter(holders)) if len(holders) == 1 else None
        for person in reversed(before):
            found = self._described.get(name_of(person), set())
            if _fits(found, wanted):
                return name_of(person)
            # Someone who may hold the role stands nearer: the text does not say which.
            if wanted[0] != "age" and not any(kind == wanted[0] for kind, _ in found):
                return None
        return None


def _wanted(phrase: Sequence[str]) -> Descriptor | None:
    words = tuple(word.lower() for word in phrase)
    if not words:
        return None
    age = _AGE_PHRASE.fullmatch(words[0])
    if age is not None:
        return ("age", (age.group("age"),))
    if len(words) == 1 and words[0] in _PARTY_NOUNS:
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


def _age_and_party(text: str, person: newsfacts.Fact) -> list[Descriptor]:
    found: list[Descriptor] = []
    reach = person.end + _AFTER_REACH
    age = _AGE_AFTER.match(text, person.end, reach) or _AGE_BEFORE.search(
        text, max(0, person.start - _AGE_BEFORE_REACH), person.start
    )
    if age is not None:
        found.append(("age", (age.group("age"),)))
    party = _PARTY_AFTER.match(text, person.end, reach)
    if party is not None:
        found.append(("party", (_PARTIES[party.group("party").lower()],)))
    return found


_AFTER_HEAD = frozenset(
    ("of", "for", "at", "to", "in", "with", "from", "on", "by", "under", "who", "and", "since")
)
