"""What a speaker phrase's words say of it: a pronoun with a verb contracted onto it ("he's"),
a name opening with a cue ("Stated Stone"), a name glued to a compound's word before it
("anti-GOP/Obama"), the words naming a body's kind before its name ("of the law firm"). Read
by :mod:`newsfacts_quotes.resolving`."""

from __future__ import annotations

import newsfacts
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.phrases import NOT_SPEAKERS, Word

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


# The most words in lower case naming a body's kind between a determiner and its name: "the
# private equity firm"
_MAX_KIND_WORDS = 3


def kind_words(words: list[Word]) -> int:
    """How many words in lower case at the end of ``words`` name a body's kind after a
    determiner and a word before it ("of the law firm": 2); 0 if they do not."""
    kind = 0
    while (
        kind < min(_MAX_KIND_WORDS, len(words) - 2)
        and words[-1 - kind][2].islower()
        and words[-1 - kind][2] not in lx.DETERMINERS
        and words[-1 - kind][2] not in NOT_SPEAKERS  # (a preposition, a conjunction)
    ):
        kind += 1
    return kind if kind and words[-1 - kind][2].lower() in lx.DETERMINERS else 0
