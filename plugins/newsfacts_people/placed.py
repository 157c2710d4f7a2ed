"""A town's name with its state or country set off by commas after it: "researchers in
Rancho Mirage, California, said", "a clinic in Zanesville, Ohio, reported". A description
set off by commas before a speech verb makes a person of the name before it ("Aliko Dangote,
Africa's richest man, told reporters": lexicon.APPOSED_SPEAKER); a state or a country alone
there is no description of a person but the place of a town, and the name a town's."""

from __future__ import annotations

import regex

from newsfacts.plugin import COUNTRY_NAMES, US_STATES, compiled, read_words
from newsfacts_people import lexicon as lx

# The names of the states ("California"), their abbreviations ("Calif.", "N.Y.";
# data/state_abbreviations.txt) and postal codes ("CA"), and the countries' names ("Kenya",
# "U.K."), longest first: "New Mexico" before "New"; names of one length in alphabetical
# order, so that the pattern is the same in every process (a set's order is not: the pattern
# cache would compile it anew in each).
_PLACES = sorted(
    {*US_STATES.values(), *US_STATES, *COUNTRY_NAMES}
    | read_words("newsfacts_people", "state_abbreviations.txt"),
    key=lambda name: (-len(name), name),
)
# The place set off by commas right after the name: ", California," ", Calif.,"
_STATE_SET_OFF = compiled(
    r",[ \u00a0]++(?:" + "|".join(map(regex.escape, _PLACES)) + r"),",
)
# The longest such place with its commas and spaces: how far the pattern reads
_REACH = max(map(len, _PLACES)) + 4


def state_set_off(text: str, end: int) -> bool:
    """Whether a state's or a country's name alone, set off by commas, follows the name
    ending at ``end``: "in Rancho Mirage, California, said" names a town."""
    return _STATE_SET_OFF.match(text, end, end + _REACH, lx.CONCURRENT) is not None
