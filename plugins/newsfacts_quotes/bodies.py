"""Bodies named by a noun of their kind alone after "the" ("the company said", "the ministry
said in a statement"), resolved as "it said" is to an organization the article named before:
the nearest one of that kind (data/body_nouns.tsv), by the organizations field's kind
("company") or by a name that holds the noun ("Interior Ministry" for "the ministry")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import newsfacts
from newsfacts.plugin import Organization, read_table
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.mentions import name_of
from newsfacts_quotes.phrases import Word

_KINDS = {noun: kind for noun, kind in read_table("newsfacts_quotes", "body_nouns.tsv", columns=2)}
# The kind that asks for a name holding the noun, not for a kind of the organizations field
_NAMED = "named"
# The words read before an organization for a preposition whose object it is, with up to two
# words between ("at London brokers Barclays", "in its Emery Worldwide unit")
_PREPOSITION_REACH = 40
_OBJECT_WORDS = 3


def body_of(
    text: str,
    phrase: Sequence[Word],
    organizations: Sequence[newsfacts.Fact],
    in_quote: Callable[[int], bool],
) -> str | None:
    """The name of the nearest organization of ``organizations`` (those named before the
    phrase, in order) that a phrase of one noun ("company") stands for; None when the phrase
    is no body's noun or none fits. An organization named inside a quote is none ("“We love
    Acme,” the company said" is not Acme's), nor one a preposition governs: the subject a
    story goes on with is rarely the body its analyst works at ("an analyst at Carver
    Securities") or the one it bought ("its purchase of Emery")."""
    kind = _KINDS.get(phrase[0][2].lower()) if len(phrase) == 1 else None
    if kind is None:
        return None
    word = phrase[0][2].capitalize()
    for fact in reversed(organizations):
        if in_quote(fact.start) or not isinstance(fact, Organization) or _object(text, fact):
            continue
        if fact.kind == kind if kind != _NAMED else word in name_of(fact).split():
            return name_of(fact)
    return None


def _object(text: str, fact: newsfacts.Fact) -> bool:
    """Whether a preposition stands among the few words before ``fact`` in its clause."""
    before = text[max(0, fact.start - _PREPOSITION_REACH) : fact.start]
    words = before.split()[-_OBJECT_WORDS:]
    for word in reversed(words):
        if word in lx.TRAILING_PREPOSITIONS:
            return True
        if not word[-1:].isalnum():  # a comma or sentence mark ends the clause
            return False
    return False
