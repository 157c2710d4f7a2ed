"""Sports of one player against another: in a report of tennis, golf or athletics, a lone
word before "beat", "won" or "lost to" is a player's surname ("Sinner beat Alcaraz 6-4 6-2",
"Kipchoge won in Berlin"), not a team, unless it is a known team's, a country's or a state's
("Spain beat France in the Fed Cup")."""

from __future__ import annotations

from itertools import islice

from newsfacts.plugin import COUNTRY_NAMES, Document, compiled, read_lines
from newsfacts_organizations.lexicon import PACKAGE, POSSESSIVES, STATE_WORDS
from newsfacts_organizations.name_tables import KNOWN

#: Each sport's or event's name, as its lower-case words (``data/individual_sports.txt``).
INDIVIDUAL_SPORTS = frozenset(
    tuple(line.split()) for line in read_lines(PACKAGE, "individual_sports.txt")
)
_LONGEST = max(map(len, INDIVIDUAL_SPORTS))
#: Where the sport must be named: the headline and first sentence, as the core reads a sport.
NAMED_WITHIN = 30

# Two sets' scores in a row, the first with its tie-break in a bracket or not: "6-4 6-2",
# "6-7 ( 1-7 ) 6-3", "15-10 15-6" (squash), "21-18 21-19" (badminton, beach volleyball).
_SETS = compiled(
    r"""(?x)
    (?<![\d.\-])
    (?P<a1>\d{1,2}) [ ]?-[ ]? (?P<b1>\d{1,2})                      # the first set: "6-4"
    (?:[ ]?\([ ]?\d{1,2}(?:[ ]?-[ ]?\d{1,2})?[ ]?\))?              # its tie-break: "( 7-3 )"
    [ ]+
    (?P<a2>\d{1,2}) [ ]?-[ ]? (?P<b2>\d{1,2})                      # the second: "6-2"
    (?![\d.\-])
    """
)
# A set is won with 6 games at least (tennis), 11 or 15 points (squash), 21 (badminton); a
# score of more than 21 is a team's (volleyball's 25) or a wicket's fall ("1-21 2-52").
_SET_WINS = range(6, 22)


def _sets(a1: int, b1: int, a2: int, b2: int) -> bool:
    """Whether two scores are sets; not the fall of a cricket side's wickets, numbered one
    after the other with the runs growing ("Fall of wickets : 1-8 2-15")."""
    if max(a1, b1) not in _SET_WINS or max(a2, b2) not in _SET_WINS:
        return False
    return not (a2 == a1 + 1 and b2 >= b1)


def set_scores(text: str) -> bool:
    """Whether ``text`` gives a result in sets: "Sinner beat Alcaraz 6-4 6-2"."""
    for found in _SETS.finditer(text):
        if _sets(*map(int, found.group("a1", "b1", "a2", "b2"))):
            return True
    return False


def individual_sport(document: Document) -> bool:
    """Whether a sports report is of one player against another: a sport of
    ``data/individual_sports.txt`` named among its first words ("TENNIS - ...", "won the
    Berlin marathon"), or a result in sets in it."""
    lower = document.vocabulary.column(str.lower)
    words = [lower[word] for word in islice(document.tokens.texts(), NAMED_WITHIN)]
    for index in range(len(words)):
        for size in range(1, _LONGEST + 1):
            if tuple(words[index : index + size]) in INDIVIDUAL_SPORTS:
                return True
    return set_scores(document.text)


def team_word(word: str) -> bool:
    """Whether one word names a team in a report of a sport of players: a known team's or
    body's, a country's or a state's ("Spain", "Texas"; "Minnesota's" as a run writes it
    before its possessive noun)."""
    if word.endswith(POSSESSIVES):
        word = word[:-2]
    return word in COUNTRY_NAMES or word in STATE_WORDS or (word,) in KNOWN
