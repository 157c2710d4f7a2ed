"""A personal name that is also a place, owning the noun a preposition governs.

"the chair of Graham's campaign", "a memo in Sherman's desk": the preposition before the
name governs the possessed noun (the campaign, the desk), not the name, so it is no
support for a name that is far more often a person's (``ambiguous.txt``,
``person_like.txt``). Such a mention is kept pending: it stands if the article writes the
name as a place elsewhere or names its state. A well-known place keeps its own check ("in
Moscow's suburbs").
"""

from __future__ import annotations

from newsfacts_locations import relatives, words
from newsfacts_locations.candidacy import Candidacy

#: The possessive endings a name's last token may carry
_MARKS = ("'s", "’s")


def person_possessive(c: Candidacy) -> bool:
    """A person-like name in its possessive, whose first support is a preposition."""
    return (
        c.candidate.key in words.AMBIGUOUS
        and c.support == "preposition"
        and possessive(c)
        and not c.known
    )


def possessive(c: Candidacy) -> bool:
    """ "Graham's" (one token), or "Wells'" (the mark glued on as a token of its own); not a
    name whose own spelling ends so ("Lord's", the cricket ground)."""
    tokens, last = c.sentence, c.candidate.last
    if tokens.texts[last].endswith(_MARKS):
        return not c.candidate.key.endswith(_MARKS)
    return c.following in relatives.APOSTROPHES and tokens.starts[last + 1] == tokens.ends[last]
