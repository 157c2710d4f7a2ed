"""The whole-text patterns of :mod:`chambers`, tried only where a match may open.

Whether "the House" and "the Senate" are a state's or another country's is read from the
whole article (``chambers.state_government``, ``chambers.foreign_legislature``), once it
names one of them. A long article nearly always does, and its patterns tried at every
character of it (alternations of fifty states, capitalized owners) were most of what the
plugin spent on it beyond its tenths' share. Each pattern's matches open with a listed word
("state", "D-") or end in one ("Ohio lawmakers", "Peru's Senate", "a Nampa Republican"):
those words' places are found with ``str.find``, the places where a match may open are read
from them, and the pattern is tried there alone (:func:`anchored.matches_at`), which gives
the matches of ``finditer``, the same and in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from newsfacts.plugin import starts_of
from newsfacts_organizations.anchored import matches_at, word_start

# The words a match opens with: "state Sen.", "the Legislature", "Assemblywoman"
# ("Statehouse" opens with "State")
_STATE_OPENERS = ("State", "state", "Legislature", "Assembly")
# The words a state's lawmakers end with, after the state's name: "Idaho lawmakers"
_LAWMAKERS = ("lawmakers", "legislators", "Legislature", "House")
# A member's party and state or town opens with one of these: "D-Calif.", "R-Nampa"
_PARTY_DASHES = ("D-", "R-", "I-")
# ... or ends with a party: "a Nampa Republican", "a Twin Falls Democrat"
_PARTIES = ("Republican", "Democrat")
# The chambers after their owner: "Peru's Congress", "the Brazilian Senate"
_CHAMBERS = ("Congress", "Senate", "House")
# The openers of a sign of the United States Congress: "congressman", "Capitol Hill",
# "U.S. Senate", "R-Fla."
_CONGRESS_OPENERS = ("Congress", "congress", "Capitol", "U", *_PARTY_DASHES)


def state_words(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """The matches of chambers' "state_government" pattern: "state Sen.", "the Legislature"."""
    return matches_at(pattern.match, text, starts_of(text, _STATE_OPENERS))


def state_lawmakers(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """The matches of chambers' "state_lawmakers" pattern: a state's name (a word of letters)
    and its lawmakers ("Idaho lawmakers", "the Ohio Legislature")."""
    return matches_at(pattern.match, text, _words_before(text, _LAWMAKERS))


def member_towns(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """The matches of chambers' "member_town" pattern: "D-Las Cruces", "a Nampa Republican"
    ("a" and one or two capitalized words before the party)."""
    starts = set(starts_of(text, _PARTY_DASHES))
    for party in starts_of(text, _PARTIES):
        if party > 0 and text[party - 1] == " ":
            town = word_start(text, party - 1)  # "Nampa" of "a Nampa Republican"
            first = word_start(text, town - 1)  # "Twin" of "a Twin Falls Democrat"
            starts.update(start for start in (town - 2, first - 2) if start >= 0)
    return matches_at(pattern.match, text, sorted(starts))


def owned_chambers(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """The matches of chambers' "foreign_legislature" pattern: an owner's capitalized word
    before a chamber, maybe with a possessive ("Peru's Congress", "the Brazilian Senate")."""
    starts: set[int] = set()
    for chamber in starts_of(text, _CHAMBERS):
        owner = _before_spaces(text, chamber)
        if owner < chamber:
            starts.add(word_start(text, owner))  # "Brazilian| Senate"
            starts.add(word_start(text, max(0, owner - 2)))  # "Peru|'s Senate"
    return matches_at(pattern.match, text, sorted(starts))


def congress_sign(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """``pattern.search(text)`` for chambers' "us_congress" pattern."""
    return next(matches_at(pattern.match, text, starts_of(text, _CONGRESS_OPENERS)), None)


def _words_before(text: str, words: Iterable[str]) -> list[int]:
    """Where the word of letters before the spaces before each of ``words`` opens."""
    starts: set[int] = set()
    for at in starts_of(text, words):
        before = _before_spaces(text, at)
        if before < at:
            starts.add(word_start(text, before))
    return sorted(starts)


def _before_spaces(text: str, end: int) -> int:
    """Where the spaces right before ``end`` open (``end`` if there are none)."""
    start = end
    while start > 0 and text[start - 1] == " ":
        start -= 1
    return start
