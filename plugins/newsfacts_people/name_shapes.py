"""Whether capitalized words are shaped as a person's name and not as common words, and
whether a sentence opens before a name: what the readings of :mod:`newsfacts_people.evidence`
ask of a word or a name of two words before it counts a mention as a person's."""

from __future__ import annotations

import functools
from collections.abc import Callable

from newsfacts.plugin import compiled
from newsfacts_people import lexicon as lx
from newsfacts_people import person_cues as cues
from newsfacts_people.candidates import Mention

# A capital inside a word that starts a name part of its own: "McConnell", "O'Neill",
# "MacKenzie", "Smith-Jones" (not "HuffPost", "GroundUp").
_INNER_CAPITAL = compiled(r"(?<!^Ma?c|['’\-])\p{Lu}")


@functools.lru_cache(maxsize=4096)  # pure, and a text repeats its single words
def name_shaped(word: str) -> bool:
    """Whether a single word is shaped as a person's name alone may be."""
    # "I’ll", "I'd" are contractions; a final "s" is a plural's as often as a name's; and
    # no place, suffix nor headline noun (cues.named_alone)
    contraction = word.startswith(("I'", "I’"))
    return (
        not (
            word.endswith("s")
            or contraction
            # (no capital after the first letter, most names: the pattern not called)
            or (not word[1:].islower() and _INNER_CAPITAL.search(word, 1))
        )
        and cues.named_alone(word)
    )


def name_word(mention: Mention, lower_case: Callable[[], frozenset[str]]) -> bool:
    """Whether a name opening its sentence is made of no common words: words the article
    never writes in lower case, nor words of the lists ("Zohran Mamdani won ..."; not
    "Maybe Trump", "Wedbush Has", "Given Tunisia's")."""
    first = mention.words[0]
    return (
        first not in lx.NOT_NAMES
        and first not in lx.FUNCTION_WORDS
        and first not in lx.SENTENCE_WORDS
        and lower_case().isdisjoint(word.lower() for word in mention.words)
    )


def opens_sentence(text: str, start: int) -> bool:
    """Whether a sentence starts at ``start``: its first word may be any capitalized word
    ("Given Tunisia's ...", "Maybe Trump ...")."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n"
