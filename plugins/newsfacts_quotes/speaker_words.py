"""What a speaker phrase's words say of it: a pronoun with a verb contracted onto it ("he's"),
a name opening with a cue ("Stated Stone"), a name glued to a compound's word before it
("anti-GOP/Obama"). Read by :mod:`newsfacts_quotes.resolving`."""

from __future__ import annotations

import newsfacts
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.phrases import Word

# What a verb contracted onto a pronoun leaves after its apostrophe: "he's", "she'd", "they'll"
_CONTRACTED = frozenset(("s", "d", "ll", "ve", "re"))


def pronoun_length(phrase: list[Word]) -> int:
    """The length of the pronoun a phrase is made of, a verb contracted onto it aside ("he"
    of "he did say" or "he will say", after the auxiliary is cut; "he" of "he's said"); 0
    when the phrase is no pronoun."""
    if len(phrase) != 1:
        return 0
    word = phrase[0][2].lower()
    head, mark, tail = word.replace("’", "'").partition("'")
    if head not in lx.PRONOUNS or (mark and tail not in _CONTRACTED):
        return 0
    return len(head)


def glued_name(text: str, fact: newsfacts.Fact) -> bool:
    """Whether a name is glued by a slash or a hyphen to the word before it."""
    return text[fact.start - 1 : fact.start] in ("/", "-", "‑") and fact.start > 1


def cue_opened(name: str) -> bool:
    """Whether a name's first word is a cue ("Stated Stone", "Said Allen")."""
    return name.partition(" ")[0].lower() in lx.CUES
