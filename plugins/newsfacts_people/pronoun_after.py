"""A name of two words followed by a verb and a personal pronoun of the third person singular
is a person's: "Mondo Duplantis broke his own world record", "Rosa Kell lost her seat in
2019". A company, a place, a team or a body takes "its" or "their" ("Acme raised its
forecast"); one word between the name and the pronoun, a verb's place, that is no word
joining the name to a phrase of its own ("Acme and his rivals", "the ban on his visit")."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_people import lexicon as lx

# Words that join the name to a phrase or clause rather than act as its verb: "the Kell
# Foundation for his", "Acme Corp and her company", "the Smith Center, where her"
_JOINING = (
    "and or but nor of for to in on at by with from into onto about over after before"
    " against as than like under during without through that which who whom whose where"
    " when while if because since until upon toward towards near among between"
)
# Words after an object's "her": "gave her a lead", "told her that", "sent her to"
_AFTER_OBJECT = (
    "a an the this that these those some any no one two to and or but in on at for with from"
    " about of as into out up down off back away over again by if what how why when where"
    " who which"
)
_PRONOUN_AFTER = compiled(
    r"""
    [ \u00a0]++
    (?!(?:"""
    + "|".join(sorted(map(regex.escape, _JOINING.split())))
    + r""")\b)
    \p{Ll}{2,}+                        # the verb: "broke", "lost", "won"
    [ \u00a0]++
    (?:
      (?:his|himself|herself)\b       # "broke his own record"
      # "won her primary"; not an object's "her": "gave her a lead", "told her that"
      |her[ \u00a0]++(?!(?:"""
    + "|".join(sorted(map(regex.escape, _AFTER_OBJECT.split())))
    + r""")\b)[\p{L}\d]
    )
    """,
    regex.VERBOSE,
)
# The longest verb and pronoun read: a word of 20 letters, "her" and the word after it
_REACH = 40


def pronoun_after(text: str, end: int) -> bool:
    """Whether a verb and "his", "her", "himself" or "herself" follow the name ending at
    ``end``."""
    return _PRONOUN_AFTER.match(text, end, end + _REACH, lx.CONCURRENT) is not None
