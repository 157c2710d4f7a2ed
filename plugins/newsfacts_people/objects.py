"""A name of two words or more after a verb done only to people: "The court sentenced Mwangi
Kiunjuri to two years", "Police arrested Tavi Okonkwo on Friday" (``data/person_objects.txt``);
the name ends its clause or a preposition follows it, so that it is the verb's object, no
modifier of a noun after it ("arrested Al Jazeera journalists")."""

from __future__ import annotations

from newsfacts.plugin import compiled, read_words
from newsfacts_people import lexicon as lx

_VERBS = read_words("newsfacts_people", "person_objects.txt")

# The verb right before the name, read backwards from it (REVERSE, anchored there by \G): one
# attempt, not a search.
_VERB_BEFORE = lx.verb_before(_VERBS)
# What follows the object: a clause's end or a preposition ("to two years", "on Friday")
_AFTER_OBJECT = compiled(
    r"(?:[,.;:]|[ \u00a0]++(?:to|on|in|at|for|after|over|last|without|while|as|and)\b)"
)


def done_to_a_person(text: str, start: int, end: int) -> bool:
    """Whether a verb done only to people comes right before the name from ``start`` to
    ``end``, and the name is its object."""
    if text[start - 1 : start] not in (" ", "\u00a0"):
        return False  # what is read first: most names stand after no such verb
    return (
        _VERB_BEFORE.search(text, start - 16 if start > 16 else 0, start, lx.CONCURRENT) is not None
        and _AFTER_OBJECT.match(text, end, end + 10, lx.CONCURRENT) is not None
    )
