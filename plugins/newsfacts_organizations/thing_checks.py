"""Checks that find the name of a thing a body's name opens or stands for, not the body: an
event ("UEFA Cup", "the British Masters"), a venue ("Emirates Stadium", "a crowd in Moldova"),
a street ("Congress Street"). Part of :data:`newsfacts_organizations.checks.CANDIDATE_CHECKS`.
"""

from __future__ import annotations

import bisect

from newsfacts.plugin import VENUE_WORDS, compiled, read_words
from newsfacts_organizations import sports_venues
from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.lexicon import (
    EVENT_WORDS,
    PACKAGE,
    POSSESSIVE_ENDINGS,
    STATE_NAMES,
    TWO_WORD_STATES,
)
from newsfacts_organizations.name_tables import KNOWN
from newsfacts_organizations.rules import KNOWN_RULE


def _last_word(c: Candidacy) -> str:
    word = c.candidate.key[-1]
    return word.title() if c.sentence.caps else word


def event_name(c: Candidacy) -> str:
    """ "Fed Cup finalists", "the British Masters" (not a listed name); a state's vote, "the
    Iowa Caucus" (not "the Congressional Black Caucus")."""
    if c.candidate.rule >= KNOWN_RULE:  # before the word: a listed name is never one
        return ""
    word = _last_word(c)
    if word in STATE_VOTES and " ".join(c.candidate.key[:-1]) in _STATES:
        return word
    return word if word in EVENT_WORDS else ""


#: The last words of a state's vote, which a state's name alone before them makes an event
STATE_VOTES = frozenset({"Caucus"})
_STATES = STATE_NAMES | TWO_WORD_STATES


def _acronym_of_an_event(c: Candidacy) -> bool:
    return bool(c.candidate.entry.acronym) and (
        c.candidate.entry.name.rsplit(" ", 1)[-1] in EVENT_WORDS
    )


def event_acronym(c: Candidacy) -> bool:
    """ "the Muscat International Film Festival (MIFF)", unless the acronym is listed."""
    return c.candidate.key not in KNOWN and _acronym_of_an_event(c)  # the look-up is cheaper


def event_word_after(c: Candidacy) -> str:
    """ "UEFA Cup", "U.S. Open", "Labour Day": the name opens an event's (not after its
    possessive: "the Federal Reserve's Open Market Committee")."""
    after = c.candidate.last
    sentence = c.sentence
    if after >= len(sentence.texts) or sentence.texts[after - 1].endswith(POSSESSIVE_ENDINGS):
        return ""
    word = sentence.lowered[after].title() if sentence.caps else sentence.texts[after]
    # The word first: few are event words, and the name's own test costs more.
    return word if word in EVENT_WORDS and not _acronym_of_an_event(c) else ""


# A model's number or an index's count: three digits, with at most two capital letters before
# or after them and a hyphenated tail ("757", "A380", "787-9", "A350-900"); not a year
# ("Boeing 2019 results"), nor a price or a count of four digits and more.
MODEL_NUMBER = compiled(r"[A-Z]{0,2}[0-9]{3}[A-Z]{0,2}(?:-[0-9a-z]+)?")


def model_number_after(c: Candidacy) -> str:
    """ "a Boeing 757", "an Airbus A380", "the Nasdaq 100 Index": a company's name right
    before a model's number names the product, not the maker (not a name before its
    possessive, the owner: "Exxon's 500 stations")."""
    after, texts = c.candidate.last, c.sentence.texts
    if c.candidate.entry.kind != "company" or after >= len(texts):
        return ""
    word = texts[after]
    owner = texts[after - 1].endswith(POSSESSIVE_ENDINGS)
    return word if MODEL_NUMBER.fullmatch(word) and not owner else ""


# Lower-case nouns of streets: "Mill and Congress streets", "the Parliament road"
STREET_NOUNS = frozenset(
    ["street", "streets", "avenue", "avenues", "road", "roads", "boulevard", "lane", "drive"]
)


def street_after(c: Candidacy) -> str:
    """ "near Mill and Congress streets", "on Parliament Street": a street's name, not the
    body's."""
    after = c.candidate.last
    lowered = c.sentence.lowered
    return lowered[after] if after < len(lowered) and lowered[after] in STREET_NOUNS else ""


def venue_word_after(c: Candidacy) -> str:
    """ "Emirates Stadium", "AT&T Stadium", "Ford Field": a venue word ends the name's run of
    capitalized words ("AT" of "AT&T" too) before any lower-case word ("on Saturday")."""
    after, sentence = c.candidate.last, c.sentence
    # The run holding the unit after the name: the last one starting before it (runs are in
    # order), found by bisection, not by a scan of the sentence's runs for every name.
    index = bisect.bisect_left(sentence.runs, (after, -1)) - 1
    end = sentence.runs[index][1] if index >= 0 and sentence.runs[index][1] > after else after
    for index in range(after, end):
        word = sentence.lowered[index].title() if sentence.caps else sentence.texts[index]
        if word in VENUE_WORDS:
            return word
        if word[:1].islower():
            break
    return ""


# The last words of a venue's name ("Harbor Convention Center"), and the last word of each,
# tested first: few names end in one.
_VENUE_TAILS = frozenset(tuple(line.split()) for line in read_words(PACKAGE, "venue_tails.txt"))
_VENUE_TAIL_ENDS = frozenset(tail[-1] for tail in _VENUE_TAILS)
_VENUE_ENDS = _VENUE_TAIL_ENDS | VENUE_WORDS


def venue_end(key: tuple[str, ...]) -> bool:
    """Whether a name may be a venue's (the gate of :func:`venue_name`): more than one word,
    the last a venue's, as written or as a sentence in capitals reads it ("CENTER")."""
    return len(key) > 1 and (key[-1] in _VENUE_ENDS or key[-1].lower().title() in _VENUE_ENDS)


def venue_name(c: Candidacy) -> str:
    """ "at the Harbor Convention Center", "around Northgate Bank Stadium": a name ending in
    a venue's words (``data/venue_tails.txt``) or word (newsfacts/data/venue_words.txt) names
    the place where events are held, not a body (not a listed name)."""
    key = c.candidate.key
    last = _last_word(c)
    if c.candidate.rule >= KNOWN_RULE or len(key) < 2:
        return ""
    if last in VENUE_WORDS:
        return last
    if last not in _VENUE_TAIL_ENDS:
        return ""
    words = tuple(word.title() for word in key) if c.sentence.caps else key
    tails = (words[-size:] for size in (2, 3) if len(words) >= size)
    return next((" ".join(tail) for tail in tails if tail in _VENUE_TAILS), "")


def venue_opening(c: Candidacy) -> bool:
    return c.candidate.rule < KNOWN_RULE and sports_venues.venue_opening(c.sentence, c.candidate)


def venue_closing(c: Candidacy) -> bool:
    return c.candidate.rule < KNOWN_RULE and sports_venues.venue_closing(c.sentence, c.candidate)
