"""Sports teams: results lines ("Leicester 2 Chelsea 1"), tables and "X beat Y".

In sports reports a place name often stands for a team. These rules only run in an article
the core reads as a sports report (``document.sports_report``, see :mod:`newsfacts.genre`),
and take a name as a team when a score follows it in a results line or table row, or when
sports phrasing surrounds it ("X beat Y", "against X").
"""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts.plugin import (
    COUNTRY_NAMES,
    NUMBER_WORDS,
    SPORTS_WORDS,
    read_words,
)
from newsfacts_organizations.lexicon import PACKAGE, STOPWORDS, is_demonym
from newsfacts_organizations.lineups import before_players
from newsfacts_organizations.name_tables import Entry
from newsfacts_organizations.rules import SPORTS_RULE, TEAM_ROW_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence, cut_at_possessive, trim
from newsfacts_organizations.sports_individual import team_word
from newsfacts_organizations.sports_lists import listed_with_teams
from newsfacts_organizations.sports_phrasing import (
    AFTER,
    AFTER_JOINED,
    MATCH_WORDS,
    SEPARATORS,
    destination,
    phrased_after,
    phrased_before,
    split_run,
    transferred_from,
)
from newsfacts_organizations.sports_players import (
    bracketed,
    club_before_player,
    club_glued_before_player,
    club_with_country,
    country_side,
    former_teams,
    nationality,
    player_bracket,
)
from newsfacts_organizations.sports_results import (
    closing_note,
    result,
    with_record,
    with_town_letter,
    year,
)

PLACE_PLURALS = read_words(PACKAGE, "place_plurals.txt")
# Labels of tables and itineraries: "May 14 Practice at Lord's", "Attendance : 32,415"
REPORT_LABELS = read_words(PACKAGE, "report_labels.txt")
# The names of sides that hold "and" or "of", in lower case (see _sides): those of
# data/joined_teams.txt and the core's countries' ("Trinidad and Tobago")
JOINED_TEAMS = frozenset(
    name.lower()
    for name in read_words(PACKAGE, "joined_teams.txt") | COUNTRY_NAMES.keys()
    if " and " in name or " of " in name
)
# Words of a role opening a sentence, before the role's noun: "General manager Brad
# Treliving said", "Assistant coach Dean Chynoweth" (the noun is a word of sports phrasing).
_ROLE_OPENERS = frozenset(
    ("General", "Assistant", "Associate", "Head", "Interim", "Acting", "Defensive", "Offensive")
)


def _numbered(sentence: Sentence, start: int, first: int) -> bool:
    """Whether a name opens with a number word written capitalized inside its sentence,
    which the name's trim left out: "Six Nations", "Five Nations", "Four Nations" name a
    competition by its sides' number (a team's name opens with no number word)."""
    before = first - 1
    return (
        start <= before
        and before > 0
        and bool(sentence.capital[before])
        and not sentence.caps
        and sentence.lowered[before] in NUMBER_WORDS
    )


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _between(texts: list[str], first: int, last: int) -> bool:
    """ "a match between Kenya and New Zealand": both sides of a match; not the two ends
    of a stage ("between Utrecht and Arnhem")."""
    if first >= 1 and texts[first - 1] == "between":
        between = first - 1  # the first side
        if last >= len(texts) or texts[last] != "and":
            return False
    elif first >= 3 and texts[first - 1] == "and":
        window = texts[max(0, first - 6) : first]
        if "between" not in window:
            return False
        between = first - len(window) + max(i for i, w in enumerate(window) if w == "between")
    else:
        return False
    return between >= 1 and texts[between - 1] in MATCH_WORDS


def _fixture_word(lowered: list[str], index: int) -> bool:
    """ "Austria at Croatia", but not a venue: "( at Headingley )", "At Hove : Sussex 363"."""
    return 0 < index < len(lowered) and lowered[index] in SEPARATORS and lowered[index - 1] != "("


def team_names(sentence: Sentence, individual: bool = False) -> Iterator[Candidate]:
    """The teams named in a sentence of a sports report (``individual``: of a sport of
    players, see sports_individual)."""
    if not sentence.runs:
        return
    texts = sentence.texts
    lowered = sentence.lowered
    lower_words = sentence.lower_words
    # A table row: a score, and no more words in lower case than scores (or two). A word
    # opening with a digit is never one in lower case: most sentences of prose hold fewer
    # other words than that, and their scores need not be counted.
    # (A note in a bracket closing the row is no prose: "Bochum 2 Mainz 1 ( after extra
    # time )".)
    row_words = lower_words - closing_note(texts)
    needed = row_words if row_words > 2 else 1
    # (The scores listed in C, not counted by a generator resumed for every word.)
    table_row = len(texts) - row_words >= needed and (
        len([text for text in texts if text[0].isdigit() and not year(text)]) >= needed
    )
    fixture = (
        lower_words <= 2
        and not SEPARATORS.isdisjoint(lowered)
        and (not sentence.caps or len(texts) <= 6)
    )
    parts: list[tuple[int, int]] = []
    teams: list[bool] = []
    ranks: list[int] = []  # the rule of each part's candidate
    for run_start, run_end in sentence.runs:
        for part_start, part_end in split_run(sentence, run_start, run_end):
            first, last = trim(sentence, part_start, part_end)
            if last <= first or bracketed(sentence, first, last) or _is_initial(texts[first]):
                continue  # "( Germany )" after a player; "C. Tolley 64 not out"
            if first > part_start and _numbered(sentence, part_start, first):
                continue  # "a Six Nations opener": a competition's name, no team
            cut = cut_at_possessive(sentence, first, last)
            club = club_glued_before_player(sentence, first, last) if cut == last else (0, 0)
            if club[1]:  # "Houston's Yordan Alvarez": the club, not the player
                parts.append(club)
                teams.append(True)
                ranks.append(SPORTS_RULE)
                continue
            # "Queen 's Park 3 1 1 1 6 8 4", "v Duke of Norfolk 's XI": a club's name holds a
            # possessive and one word after it, in a table row or a fixture
            owned = cut == last - 2 and (table_row or fixture)
            if cut < last and not owned:
                # "against Chile 's Pablo Rios": a player named with his country; but
                # "Everton 's Duncan Ferguson": with his club
                if club_before_player(sentence, first, cut, last):
                    parts.append((first, cut))
                    teams.append(True)
                    ranks.append(SPORTS_RULE)
                continue
            if nationality(texts, first, last):
                continue  # "Brazilian", "West Indian all-rounder"
            if last == first + 1 and (
                lowered[first] in SPORTS_WORDS
                or lowered[first] in REPORT_LABELS
                or texts[first] in _ROLE_OPENERS
            ):
                continue  # "Halftime 1-0", "Scorers : ...", "Practice at": a word of the report
            if table_row:
                last = with_town_letter(texts, first, last)  # "Mladost ( L ) 2"
            parts.append((first, last))
            teams.append(_is_team(sentence, (first, last), table_row, fixture, individual))
            # "1. Marco Bellini ( Italy ) , Lola Ford , 51.214": a car or team whole
            row = table_row and _after_nationality(sentence, first, last)
            ranks.append(TEAM_ROW_RULE if row else SPORTS_RULE)
    yield from former_teams(sentence)  # "ex-England spin bowler Tom Carver"
    if True in teams:  # (most sentences, even of a sports report, name none)
        yield from _teams(sentence, parts, teams, ranks, table_row)


def _teams(
    sentence: Sentence,
    parts: list[tuple[int, int]],
    teams: list[bool],
    ranks: list[int],
    table_row: bool,
) -> Iterator[Candidate]:
    """The candidates of the ``parts`` that are ``teams`` (of ``ranks``: their rules), or
    listed with one: "rivals Kent , Durham and Surrey" (none is listed with no team)."""
    texts = sentence.texts
    teams = listed_with_teams(sentence.lowered, parts, teams)
    for (first, last), team, rank in zip(parts, teams, ranks, strict=True):
        if team and texts[last - 1] == ")":  # "Mladost ( L )": one club, its bracket kept
            yield make(sentence, first, last, None, "sports", rank)
        elif team:
            for side_first, side_last in _sides(sentence, first, last, table_row):
                entry = country_side(sentence, side_first, side_last)
                yield make(sentence, side_first, side_last, entry, "sports", rank)


def _sides(sentence: Sentence, first: int, last: int, table_row: bool) -> Iterator[tuple[int, int]]:
    """A team's name split at "and": the sides of "Armenia and Portugal drew", "against
    Russia and Italy", "the Braves and Cubs split" are two teams told as one; and, in prose,
    cut before "of" and its home ("Olimpia of Italy beat Partizan of Serbia"); not a name
    that holds "and" or "of" (``data/joined_teams.txt``: "Trinidad and Tobago", "Republic of
    Ireland")."""
    lowered = sentence.lowered
    words = lowered[first:last]
    if "and" not in words and "of" not in words:
        # Nearly every name: no "and" to split it at, no home to cut, not joined
        yield from _side(sentence, first, last)
        return
    if " ".join(words) in JOINED_TEAMS:
        yield first, last
        return
    if not table_row:
        last = _before_home(sentence, first, last)
    start = first
    for index in range(first, last):
        if lowered[index] == "and":
            yield from _side(sentence, start, index)
            start = index + 1
    yield from _side(sentence, start, last)


def _before_home(sentence: Sentence, first: int, last: int) -> int:
    """Where a team's name told with its home ends: before "of" and one word, in prose
    ("Olimpia of Italy"); not a title's "of" ("U.S. Assistant Secretary of State"), nor a
    longer complement ("Shares of Harlan & Webb Co")."""
    texts = sentence.texts
    home = last - 2
    if sentence.caps or home <= first or texts[home] != "of":
        return last
    if any(word in STOPWORDS for word in texts[first:home]):
        return last
    return home


def _side(sentence: Sentence, start: int, end: int) -> Iterator[tuple[int, int]]:
    first, last = trim(sentence, start, end)
    if first < last and not nationality(sentence.texts, first, last):
        yield first, last  # not "meet Goran Vukovic and Croatian politicians"


def _after_nationality(sentence: Sentence, first: int, last: int) -> bool:
    """A name right after a player's bracketed country: in a results line, his team; also
    after a comma, but for another player's name with his own country ("1. Marco Bellini (
    Italy ) , Lola Ford , 51.214"; not "Graf ( Germany ) , Seles ( U.S. )")."""
    texts = sentence.texts
    close = first - 1
    if close > 0 and texts[close] == ",":
        if last < len(texts) and texts[last] == "(":
            return False
        close -= 1
    if close < 3 or texts[close] != ")":
        return False
    for opening in range(close - 2, max(0, close - 4), -1):
        if texts[opening] == "(":
            inside = range(opening + 1, close)
            return all(sentence.capital[i] for i in inside) and bool(sentence.capital[opening - 1])
    return False


def _is_team(
    sentence: Sentence, span: tuple[int, int], table_row: bool, fixture: bool, individual: bool
) -> bool:
    first, last = span
    texts = sentence.texts
    lowered = sentence.lowered
    # The words on either side of the name, read once: most checks need a bracket, a comma or
    # a dash there and are asked only when it is (most names stand between words).
    before = texts[first - 1] if first > 0 else ""
    after = texts[last] if last < len(texts) else ""
    if fixture and (_fixture_word(lowered, last) or _fixture_word(lowered, first - 1)):
        return True  # "Austria at Croatia", "Kent v Essex"
    if table_row and result(sentence, first, last):
        return True
    if before in (")", ",") and _after_nationality(sentence, first, last):
        return True  # "1. Jens Hartmann ( Germany ) Telekom 5 hours 02 mins": his team
    if after == "-" and before_players(sentence, first, last):
        return True  # "Latvia - Andris Kalnins ( 21st )", "Turkey - 1 - Emre Akgun"
    if (
        before in ("the", "The")
        and last - first <= 3
        and texts[last - 1].endswith("s")
        and not is_demonym(texts[last - 1][:-1])  # "the Americans", "the Europeans"
        and texts[last - 1] not in PLACE_PLURALS  # "the United States", "the Falkland Islands"
        and (last == len(texts) or not sentence.capital[last])
    ):
        return True  # "the Tigers won the second game", "over the Blue Jays"
    if after == "(":  # its country, its record or a player's country
        if club_with_country(sentence, first, last, individual):
            return True  # "Olimpia ( Italy ) 88 Partizan ( Serbia ) 79"
        if not sentence.caps and with_record(texts, first, last):
            return True  # "beat Cincinnati ( 1-3 )": a team's record
    if sentence.caps:
        return _country_phrased(sentence, first, last)
    if after == "(" and player_bracket(texts, last):
        return False  # "Steffi Graf ( Germany ) beat ...": a player
    # "Armenia and Portugal drew": two teams (not "Bosnia and Herzegovina lost": one)
    joined = "and" in lowered[first:last] and " ".join(lowered[first:last]) not in JOINED_TEAMS
    if destination(lowered, first, last):
        return False  # "travel to Lisbon to face Sporting": where the team goes to play
    if individual and last == first + 1 and not team_word(texts[first]):
        return False  # "Sinner beat Alcaraz 6-4 6-2": a player's surname
    return (
        phrased_after(lowered, last, AFTER_JOINED if joined else AFTER)
        or phrased_before(sentence, first)
        or _between(texts, first, last)
        or transferred_from(sentence, first)
    )


def _country_phrased(sentence: Sentence, first: int, last: int) -> bool:
    """A country beside the phrasing of a match in a headline in capitals: its national side
    ("SOCCER - SCOTLAND BEAT ANDORRA 4-0"). Only a country: there every word is
    capitalized, and a player or a coach may stand where a side does ("LYNAGH SEALS VICTORY
    OVER DWYER")."""
    return country_side(sentence, first, last) is not None and (
        phrased_after(sentence.lowered, last, AFTER) or phrased_before(sentence, first)
    )


__all__ = ["Entry", "team_names"]
