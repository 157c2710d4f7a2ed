"""What around a name says it is a place: the ordered, named checks of *support*.

A common word, a personal name or a small town is a place only with support (see
:mod:`newsfacts_locations.extract`). Each check below looks at the words around one name and
answers yes or no; :func:`reasons` gives the names of those that said yes, in this order:

``preposition``
    a preposition of place before it ("in Reading", "near the Mobile"); "of" only after a
    common noun ("the city of Douma", "Residents of Selby" opening a sentence; not
    "Department of Commerce") or a comma ("Jane Doe, 41, of Sharon"); not in a fixture
    ("BOSTON AT OAKLAND", "Spain at Belgium"), but "in", "near" and "outside" in a headline
    in capitals ("TO PLAY IN TULSA").
``resident``
    "of" right after a person's name, as local news says where someone lives ("James
    Tauber of Nelson"; the people field's names).
``qualifier``
    a state, county or country after it and a comma ("Mobile, Alabama", "Dallas, TX").
``dateline``
    it opens a dateline ("PLEASANTON, Calif. --").
``bracketed``
    brackets around it ("Tim Henman ( Britain )").
``list``
    a name and a comma before it ("Brands Hatch, Kent").
``place noun``
    a place noun right before it ("capital Seoul", "the town Hinton").
``compound``
    a place compound ("Kent-based", "London-born").
``public body``
    a public body or local institution named after it ("Torrington Fire Department",
    "Henry County Courthouse").
``local noun``
    a local noun right after it, as local news writes of a town's people and bodies
    ("a Chapin man", "Hopkinton homes", "Lindsay police"): ``data/local_nouns.txt``.
``seat``
    "for" after a member of a parliament, who sits for a place ("the MP for Bath", "a
    senator for Victoria"): ``data/seat_holders.txt``.
``venue``
    in a sports report, it opens its sentence before a colon and a place's name, as results
    are listed by ground: "Hove : Sussex 363", "Tunbridge Wells : Kent beat Essex".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from newsfacts_locations import context, words
from newsfacts_locations.matching import Candidate


class Surroundings(NamedTuple):
    """The words around one candidate name, and what the sentence already told about it.

    (A named tuple: one is built for every gazetteer name of every article.)
    """

    previous: str
    before_previous: str
    following: str
    qualified: bool
    dated: bool
    fixture: bool  # a sports fixture or a headline: "at" is not a preposition of place
    compound_word: str  # the hyphenated word the name starts, if any ("Kent-based")
    body: bool  # a public body's word after it (decided with the claims)
    resident: bool = False  # "of" right after a person's name ("James Tauber of Nelson")
    venue: bool = False  # a ground before a colon and a team's place ("Hove : Sussex 363")

    @classmethod
    def of(
        cls,
        texts: Sequence[str],
        ends: Sequence[int],
        candidate: Candidate,
        *,
        qualified: bool,
        dated: bool,
        fixture: bool,
        body: bool,
        person_ends: frozenset[int] = frozenset(),
        venue: bool = False,
    ) -> Surroundings:
        """The surroundings of ``candidate`` in the sentence whose tokens' texts and end
        offsets are ``texts`` and ``ends``."""
        first, last = candidate.first, candidate.last
        previous = texts[first - 1] if first > 0 else ""
        return cls(  # positional: the fields in order
            previous,
            texts[first - 2] if first > 1 else "",
            texts[last + 1] if last + 1 < len(texts) else "",
            qualified,
            dated,
            fixture,
            texts[last] if candidate.compound else "",
            body,
            previous == "of" and first > 1 and ends[first - 2] in person_ends,
            venue,
        )


def preposition(around: Surroundings) -> bool:
    previous, before = around.previous.lower(), around.before_previous
    if around.fixture:
        # a headline in capitals: "at" may join two teams ("BOSTON AT OAKLAND"), "in" and
        # "near" name where ("WOODS LEADS IN MILWAUKEE", "BUS CRASH NEAR READING")
        return previous in _HEADLINE_PREPOSITIONS
    if previous == "of":  # "the mayor of Paris", "Crown Prince of Dubai"
        return (
            before.islower()
            or before == ","
            or before in words.ROLE_WORDS
            or before.lower() in words.LOCAL_NOUNS  # "Residents of Tadcaster" opening
        )
    if previous == "the" or previous in _PART_OF_TOWN:  # "in downtown Pineville"
        return before.lower() in words.PREPOSITIONS
    return previous in words.PREPOSITIONS


# The prepositions of place a headline in capitals still says a place with
_HEADLINE_PREPOSITIONS = frozenset({"in", "near", "outside"})

# Words for a part of a town between a preposition and its name: "in downtown Pineville"
_PART_OF_TOWN = frozenset({"downtown", "uptown", "suburban", "rural", "central", "nearby"})


def resident(around: Surroundings) -> bool:
    return around.resident


def qualifier(around: Surroundings) -> bool:
    return around.qualified


def dateline(around: Surroundings) -> bool:
    return around.dated


def bracketed(around: Surroundings) -> bool:
    return around.previous == "(" and around.following == ")"


def listed(around: Surroundings) -> bool:
    return around.previous == "," and context.name_word(around.before_previous)


def place_noun(around: Surroundings) -> bool:
    previous = around.previous
    return previous.lower() in words.PLACE_NOUNS and not context.name_word(previous)


def compound(around: Surroundings) -> bool:
    return place_compound(around.compound_word) if around.compound_word else False


def public_body(around: Surroundings) -> bool:
    return around.body


def local_noun(around: Surroundings) -> bool:
    return around.following in words.LOCAL_NOUNS


def seat(around: Surroundings) -> bool:
    return around.previous == "for" and around.before_previous in words.SEAT_HOLDERS


def venue(around: Surroundings) -> bool:
    return around.venue


def place_compound(word: str) -> bool:
    """ "Kent-based", "London-born": the second half says the first is a place."""
    return word.rsplit("-", 1)[-1].lower() in words.PLACE_SUFFIXES


CHECKS: tuple[tuple[str, Callable[[Surroundings], bool]], ...] = (
    ("preposition", preposition),
    ("resident", resident),
    ("qualifier", qualifier),
    ("dateline", dateline),
    ("bracketed", bracketed),
    ("list", listed),
    ("place noun", place_noun),
    ("compound", compound),
    ("public body", public_body),
    ("local noun", local_noun),
    ("seat", seat),
    ("venue", venue),
)


def reasons(around: Surroundings) -> tuple[str, ...]:
    """The names of the checks that support the name as a place, in order."""
    return tuple(name for name, check in CHECKS if check(around))


def supported(around: Surroundings) -> bool:
    """Whether any check supports the name (stops at the first that does)."""
    return any(check(around) for _, check in CHECKS)


def first(around: Surroundings) -> str | None:
    """The name of the first check that supports the name, None if none does."""
    for name, check in CHECKS:  # a plain loop: asked for most names, and a generator costs
        if check(around):
            return name
    return None
