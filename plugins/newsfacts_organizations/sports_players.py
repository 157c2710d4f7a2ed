"""Teams told from players in a sports report: a club's possessive before a player's name
("Leeds 's Sam Ward", "Houston's Yordan Alvarez"), a former side after "ex-" ("ex-England
fast bowler Dan Hollis", "Ex-Met Tony Ruiz"), which NER corpora mark with its prefix, and a
club's one word before its country in a results line ("Benetton ( Italy ) 92", where a
player has two: "Steffi Graf ( Germany ) beat")."""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts.plugin import COUNTRY_NAMES, NATIONALITY_NOUNS, SPORTS_WORDS, compiled
from newsfacts_organizations.lexicon import EVENT_WORDS, POSSESSIVE_ENDINGS, is_demonym
from newsfacts_organizations.name_tables import Entry
from newsfacts_organizations.rules import SPORTS_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence
from newsfacts_organizations.sports_results import is_score

# Before a nationality, part of it: "West Indian", "South African" (not "London Irish").
_COMPASS = frozenset(("North", "South", "East", "West", "Central", "Northern", "Southern"))


def nationality(texts: list[str], first: int, last: int) -> bool:
    """ "Brazilian", "West Indian": a nationality, no team; and a noun for one person of a
    country (the core's NATIONALITY_NOUNS: "against the Spaniard", "the New Zealander"), not
    in the plural ("the Kiwis" is a side) but after a point of the compass ("the North
    Africans")."""
    # (Most names are of one word: no list of it joined; the words before a demonym checked
    # in C, with no generator made.)
    name = texts[first] if last == first + 1 else " ".join(texts[first:last])
    if name in NATIONALITY_NOUNS:
        return True
    demonym = texts[last - 1]
    if last > first + 1 and demonym.endswith("s"):
        # "The North Africans were held", "the West Indians": a region's people in the
        # plural, no club (one word alone may be: "the Indians beat the Royals")
        demonym = demonym[:-1]
    return is_demonym(demonym) and _COMPASS.issuperset(texts[first : last - 1])


# The core's countries' names by their lower case, as a headline in capitals reads them
_FOLDED_COUNTRIES = {name.lower(): name for name in COUNTRY_NAMES}


def country_side(sentence: Sentence, first: int, last: int) -> Entry | None:
    """A country's side in a sentence in capitals, named as the country is written
    ("ROMANIA": Romania), as its mentions in the story name it; None for any other name."""
    if not sentence.caps:
        return None
    name = _FOLDED_COUNTRIES.get(" ".join(sentence.lowered[first:last]))
    return None if name is None else Entry(name, None, "sports")


# How many words a player's name after his club's possessive holds: "Everton 's Duncan
# Ferguson", "Boca 's Juan Roman Riquelme"
_PLAYER_WORDS = range(2, 4)


def club_before_player(sentence: Sentence, first: int, cut: int, last: int) -> bool:
    """Whether the name of units ``first`` to ``cut`` is a club's, before its possessive and a
    player's name that ends the run (units ``cut + 1`` to ``last``): "Leeds 's Sam
    Ward went close", "Fulham 's Gary Dunn was picked". Not a country's, which
    names the player's nationality ("India 's Leander Paes", "Britain 's Naseem Hamed"), nor a
    headline's in capitals; and not before a competition's name ("Saturday 's World Cup
    qualifier": a word of sports or of events in it)."""
    if cut <= first:
        return False
    return _player_after(sentence, first, cut, cut + 1, last)


def club_glued_before_player(sentence: Sentence, first: int, last: int) -> tuple[int, int]:
    """The units of a club's name whose possessive is written on its last word, before a
    player's name that ends the run, as :func:`club_before_player` reads one: "Houston's
    Yordan Alvarez went 2 for 4" (the club's part ends after "Houston's", whose "'s" the
    candidate drops), not a participle opening the sentence ("Trailing Watertown's Ann Lee
    2-0"); (0, 0) if none."""
    texts = sentence.texts
    for index in range(first, last - 1):
        if len(texts[index]) > 2 and texts[index].endswith(POSSESSIVE_ENDINGS):
            club_end = index + 1
            if first == 0 and index > 0 and texts[0].endswith("ing"):
                first = 1
            if _player_after(sentence, first, club_end, club_end, last):
                return first, club_end
            return 0, 0
    return 0, 0


def _player_after(sentence: Sentence, first: int, club_end: int, player: int, last: int) -> bool:
    """Whether units ``player`` to ``last`` are a player's name after the possessive of the
    club of units ``first`` to ``club_end`` (its possessive maybe written on its last word)."""
    texts = sentence.texts
    if sentence.caps or last - player not in _PLAYER_WORDS:
        return False
    club = texts[first:club_end]
    if club[-1].endswith(POSSESSIVE_ENDINGS):
        club = [*club[:-1], club[-1][:-2]]
    if " ".join(club) in COUNTRY_NAMES or nationality(club, 0, len(club)):
        return False
    words = texts[player:last]
    return (
        (last == len(texts) or not sentence.capital[last])
        and all(word.isalpha() for word in words)
        and not any(word.lower() in SPORTS_WORDS or word in EVENT_WORDS for word in words)
    )


# A former side, one word after "ex-": "ex-England", "Ex-Yankee"; not a nationality
# ("ex-Yugoslav", or a former state's, "ex-Soviet") nor a title ("ex-President"):
# _FORMER_NOT_TEAMS
_FORMER = compiled(r"[Ee]x-(\p{Lu}[\p{L}]+)")
_FORMER_NOT_TEAMS = frozenset(
    ("Soviet", "President", "Premier", "Minister", "Chancellor", "Governor")
)


def former_teams(sentence: Sentence) -> Iterator[Candidate]:
    """ "ex-England spin bowler Tom Carver", "ex-Milan coach Enzo Ferri": the player's
    or coach's former side, its prefix kept (one unit as the text writes it)."""
    text = sentence.text
    if sentence.caps or ("ex-" not in text and "Ex-" not in text):
        return  # nearly every sentence: two searches in C, not a test of each of its words
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


def club_with_country(sentence: Sentence, first: int, last: int, individual: bool = True) -> bool:
    """Whether the name of units ``first`` to ``last``, one word, is a club's before its
    country in brackets and a score or "beat", as an international tournament's results
    give them: "Olimpia ( Italy ) 88 Partizan ( Serbia ) 79", "... beat Dinamo ( Russia )
    92-90". A player is named in full there ("Steffi Graf ( Germany ) beat"), and a person's
    name alone is no team (the gate ``person-name-alone``); not a country's initials, a
    town's ("Mladost ( L ) 2": see sports_results.with_town_letter). Outside a report of a
    sport of players (not ``individual``: no tennis, no boxing) a name of two words is a
    club's too where a club of one word is named so in its line: "Blue Lions ( Latvia )
    beat Partizan ( Serbia ) 81-77"; not "Shane Lowe ( Australia ) beat Pablo Ruiz (
    U.S. ) 2-1", a track cyclist's sprint."""
    texts = sentence.texts
    if sentence.caps or last - first > (1 if individual else 2) or last + 3 >= len(texts):
        return False
    if last - first == 2 and not _club_of_one_word(sentence):
        return False
    return _before_country_and_score(sentence, first, last)


def _club_of_one_word(sentence: Sentence) -> bool:
    """Whether a line names a club of one word before its bracketed country and a score or
    "beat" ("... beat Partizan ( Serbia ) 81-77")."""
    texts = sentence.texts
    return any(
        texts[index] == "("
        and sentence.capital[index - 1]
        and _before_country_and_score(sentence, index - 1, index)
        for index in range(1, len(texts) - 3)
    )


def _before_country_and_score(sentence: Sentence, first: int, last: int) -> bool:
    texts = sentence.texts
    if first > 0 and sentence.capital[first - 1]:
        return False  # "Sandrine Testud ( France )": a longer name's last word
    if texts[last] != "(" or texts[last + 2] != ")" or is_demonym(texts[first]):
        return False
    country = texts[last + 1]
    if not (country[:1].isupper() and country[1:2].islower()):
        return False  # "( L )", "( SA )": a town's or a country's initials
    return texts[last + 3] == "beat" or is_score(sentence, last + 3)


def bracketed(sentence: Sentence, start: int, end: int) -> bool:
    """ "( Germany )" after a player's name: a nationality, not a team."""
    texts = sentence.texts
    return start > 0 and end < len(texts) and texts[start - 1] == "(" and (texts[end] == ")")


def player_bracket(texts: list[str], last: int) -> bool:
    """A bracket right after a name that may hold a player's country or club ("Steffi Graf (
    Germany )"), not one opening with a word in lower case: "v Hampshire ( three days )",
    "v Surrey ( at The Oval )" tell a fixture's terms."""
    if last >= len(texts) or texts[last] != "(":
        return False
    inside = texts[last + 1] if last + 1 < len(texts) else ""
    return not (inside.isalpha() and inside.islower())
