"""Teams named with a player in a sports report: a club's possessive before his name
("Everton 's Duncan Ferguson"), and a former side after "ex-" ("ex-England fast bowler Martin
McCague", "Ex-Yankee Randy Velarde"), which NER corpora mark with its prefix."""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts.plugin import COUNTRY_NAMES, SPORTS_WORDS, compiled
from newsfacts_organizations.lexicon import EVENT_WORDS, Entry, is_demonym
from newsfacts_organizations.rules import SPORTS_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence

# Before a nationality, part of it: "West Indian", "South African" (not "London Irish").
_COMPASS = frozenset(("North", "South", "East", "West", "Central", "Northern", "Southern"))


def nationality(texts: list[str], first: int, last: int) -> bool:
    """ "Brazilian", "West Indian": a nationality, no team."""
    return is_demonym(texts[last - 1]) and all(w in _COMPASS for w in texts[first : last - 1])


# How many words a player's name after his club's possessive holds: "Everton 's Duncan
# Ferguson", "Boca 's Juan Roman Riquelme"
_PLAYER_WORDS = range(2, 4)


def club_before_player(sentence: Sentence, first: int, cut: int, last: int) -> bool:
    """Whether the name of units ``first`` to ``cut`` is a club's, before its possessive and a
    player's name that ends the run (units ``cut + 1`` to ``last``): "Everton 's Duncan
    Ferguson went close", "Birmingham 's Gary Breen was selected". Not a country's, which
    names the player's nationality ("India 's Leander Paes", "Britain 's Naseem Hamed"), nor a
    headline's in capitals; and not before a competition's name ("Saturday 's World Cup
    qualifier": a word of sports or of events in it)."""
    texts = sentence.texts
    if sentence.caps or cut <= first or last - cut - 1 not in _PLAYER_WORDS:
        return False
    if " ".join(texts[first:cut]) in COUNTRY_NAMES or nationality(texts, first, cut):
        return False
    player = texts[cut + 1 : last]
    return (
        (last == len(texts) or not sentence.capital[last])
        and all(word.isalpha() for word in player)
        and not any(word.lower() in SPORTS_WORDS or word in EVENT_WORDS for word in player)
    )


# A former side, one word after "ex-": "ex-England", "Ex-Yankee"; not a nationality
# ("ex-Yugoslav", or a former state's, "ex-Soviet") nor a title ("ex-President"):
# _FORMER_NOT_TEAMS
_FORMER = compiled(r"[Ee]x-(\p{Lu}[\p{L}]+)")
_FORMER_NOT_TEAMS = frozenset(
    ("Soviet", "President", "Premier", "Minister", "Chancellor", "Governor")
)


def former_teams(sentence: Sentence) -> Iterator[Candidate]:
    """ "ex-England fast bowler Martin McCague", "ex-Milan coach Fabio Capello": the player's
    or coach's former side, its prefix kept (one unit as the text writes it)."""
    if sentence.caps:
        return
    for index, text in enumerate(sentence.texts):
        if text[:3] not in ("ex-", "Ex-"):
            continue  # nearly every word
        found = _FORMER.fullmatch(text)
        if found is None:
            continue
        side = found.group(1)
        if is_demonym(side) or side in _FORMER_NOT_TEAMS or side.lower() in SPORTS_WORDS:
            continue
        yield make(sentence, index, index + 1, Entry(side, None, "sports"), "sports", SPORTS_RULE)
