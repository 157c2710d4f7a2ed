"""A team's name before a dash and its players, as match reports list scorers and line-ups:
"Austria - Jonas Pichlmair ( 77th )", "Greece - 1 - Nikos Adamou , 5 - Petros Lykos"."""

from __future__ import annotations

from newsfacts.plugin import compiled
from newsfacts_organizations.runs import Sentence

# What stands before a team's name in such a list: nothing (it opens the sentence), a
# label's colon ("Scorers : Romania - ..."), the bracket closing the other team's last
# scorer ("( 75th ) Lithuania - ...") or a full stop.
_LEAD_INS = frozenset((":", ")", "."))
# A goal's minute: "13th", "90", "90+2"
_MINUTE = compiled(r"\d{1,3}(?:\+\d{1,2})?(?:st|nd|rd|th)?")
# How many capitalized words a player's name holds at most ("Jorge Luis Dely Valdes")
_NAME_WORDS = 4


def before_players(sentence: Sentence, first: int, last: int) -> bool:
    """Whether the name of units ``first`` to ``last`` is a team's before a dash and its
    players: a shirt number and a dash ("Turkey - 1 - Rustu Recber"), or a player's name
    and a minute in brackets ("Brazil - Giovanni ( 14th )")."""
    texts = sentence.texts
    if last + 3 >= len(texts) or texts[last] != "-":
        return False  # most names: no dash after them
    if first > 0 and texts[first - 1] not in _LEAD_INS:
        return False
    after = texts[last + 1]
    if after.isdigit() and len(after) <= 2:
        return texts[last + 2] == "-"  # a line-up's shirt number
    index = last + 1
    while index < min(len(texts), last + 1 + _NAME_WORDS) and sentence.capital[index]:
        index += 1
    return (
        index > last + 1
        and index + 1 < len(texts)
        and texts[index] == "("
        and _MINUTE.fullmatch(texts[index + 1]) is not None
    )
