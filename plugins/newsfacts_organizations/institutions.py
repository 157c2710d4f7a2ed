"""Universities, museums and clubs known by one word, and products that look like
organizations.

* :func:`institution_names`: "studied at Oxford", "a Columbia graduate", "the Prado" — a
  one-word name of ``data/institutions.tsv`` in its setting (words of study around a
  university, "the" before a museum, words of football around a club: "the Chelsea striker")
  names the institution. These words are also places or
  surnames, so a name found this way is not spread to the rest of the article
  (:func:`unspread`).
* :func:`edition`: "Office for Mac", "Chrome for Android" — a name built on a head word
  whose complement is a platform (``data/platforms.txt``) is a product, not an organization.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsfacts.plugin import read_table, read_words
from newsfacts_organizations import rules
from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.lexicon import PACKAGE, POSSESSIVE_ENDINGS, key_of
from newsfacts_organizations.name_tables import KNOWN, Entry
from newsfacts_organizations.rules import Candidate
from newsfacts_organizations.runs import Sentence
from newsfacts_organizations.sports_phrasing import AFTER, phrased_after

INSTITUTIONS: dict[str, tuple[Entry, str]] = {
    word: (Entry(name, None, kind or None), setting)
    for word, name, kind, setting in read_table(PACKAGE, "institutions.tsv", columns=4)
}
CONTEXT_KEYS = {key_of(word): entry for word, (entry, _) in INSTITUTIONS.items()}
CLUB_KEYS = frozenset(
    key_of(word) for word, (_, setting) in INSTITUTIONS.items() if setting == "club"
)
_CUES = read_table(PACKAGE, "academic_cues.tsv", columns=2)
ACADEMIC_BEFORE = frozenset(words for side, words in _CUES if side == "before")
ACADEMIC_AFTER = frozenset(words for side, words in _CUES if side == "after")
ACADEMIC_NOUNS = frozenset(words for side, words in _CUES if side == "near")
NEAR_OPENERS = frozenset({"at", "of"})
NEAR = 3  # words before the opener where a noun of study counts
LONGEST_ACADEMIC_CUE = max(len(words.split()) for words in ACADEMIC_BEFORE)
_CLUB_CUES = read_table(PACKAGE, "club_cues.tsv", columns=2)
CLUB_BEFORE = frozenset(words for side, words in _CLUB_CUES if side == "before")
CLUB_AFTER = frozenset(words for side, words in _CLUB_CUES if side == "after")
LONGEST_CLUB_CUE = max(len(words.split()) for words in CLUB_BEFORE)
PLATFORMS = read_words(PACKAGE, "platforms.txt")
EDITION_OPENERS = frozenset({"for", "on"})


def academic(sentence: Sentence, index: int) -> bool:
    """Words of study or teaching before or after the name ("studied at", "graduate", "a
    professor of economics at"), or listed with a university: "Princeton and Yale"."""
    return _studied(sentence.lowered, index) or _listed_with_a_university(sentence, index)


def _studied(lowered: list[str], index: int) -> bool:
    """Words of study or teaching before or after the name."""
    if _cued(lowered, index, ACADEMIC_BEFORE, ACADEMIC_AFTER, LONGEST_ACADEMIC_CUE):
        return True
    if index == 0 or lowered[index - 1] not in NEAR_OPENERS:
        return False
    return not ACADEMIC_NOUNS.isdisjoint(lowered[max(0, index - 1 - NEAR) : index - 1])


def _cued(
    lowered: list[str], index: int, before: frozenset[str], after: frozenset[str], longest: int
) -> bool:
    """One of the words ``after`` right after the name, or one of the phrases ``before``
    (up to ``longest`` words) right before it."""
    following = index + 1
    if following < len(lowered) and lowered[following] in after:
        return True
    words = lowered[max(0, index - longest) : index]
    return any(" ".join(words[start:]) in before for start in range(len(words)))


def club(sentence: Sentence, index: int) -> bool:
    """Words of football around the name: "the Chelsea striker", "signed for Everton", and a
    relative clause of a match after it ("Liverpool, who host Everton on Sunday,")."""
    lowered = sentence.lowered
    if lowered[index + 1 : index + 3] == [",", "who"]:
        return phrased_after(lowered, index + 3, AFTER)
    return _cued(lowered, index, CLUB_BEFORE, CLUB_AFTER, LONGEST_CLUB_CUE)


_LIST_JOINS = frozenset({"and", "or", ","})


def _listed_with_a_university(sentence: Sentence, index: int) -> bool:
    """In a list of universities' names, one of which is a university known by one word
    everywhere ("Princeton and Yale", "Harvard, Columbia and Cornell") or one of this table
    that words of study name so ("studied at Oxford, Cambridge and Durham"); not names of
    this table alone, towns as often ("the railway between Oxford and Cambridge")."""
    return any(
        _known_university(sentence.texts[other]) or _studied(sentence.lowered, other)
        for other in _listed(sentence.texts, index)
    )


def _listed(texts: list[str], index: int) -> Iterator[int]:
    """The other names of universities listed with the one at ``index``, each two words
    from the next, joined by "and", "or" or a comma."""
    for step in (2, -2):
        other = index + step
        while (
            0 <= other < len(texts)
            and texts[other - step // 2] in _LIST_JOINS
            and _university_name(texts[other])
        ):
            yield other
            other += step


def _known_university(word: str) -> bool:
    known = KNOWN.get((word,))
    return known is not None and known.kind == "education"


def _university_name(word: str) -> bool:
    if _known_university(word):
        return True
    found = INSTITUTIONS.get(word)
    return found is not None and found[1] == "academic"


def museum(sentence: Sentence, index: int) -> bool:
    """ "the Prado", "The Hermitage said": "the" before the name."""
    return index > 0 and sentence.lowered[index - 1] == "the"


ART_WORDS = read_words(PACKAGE, "art_words.txt")


def gallery(sentence: Sentence, index: int) -> bool:
    """ "the Met" in a sentence about art: "lent to the Met for its exhibition"."""
    return museum(sentence, index) and not ART_WORDS.isdisjoint(sentence.lowered)


SETTINGS: dict[str, Callable[[Sentence, int], bool]] = {
    "academic": academic,
    "museum": museum,
    "gallery": gallery,
    "club": club,
}


def institution_names(sentence: Sentence) -> Iterator[Candidate]:
    """A university or museum known by one word, in its setting."""
    texts = sentence.texts
    if sentence.caps or INSTITUTIONS.keys().isdisjoint(texts):
        return
    capital = sentence.capital
    for index, word in enumerate(texts):
        found = INSTITUTIONS.get(word)
        if found is None or (index + 1 < len(texts) and capital[index + 1]):
            continue  # "Oxford Street", "the Prado Hotel": a longer name
        entry, setting = found
        if SETTINGS[setting](sentence, index):
            yield rules.make(sentence, index, index + 1, entry, None, rules.KNOWN_RULE)


def unspread(lexicon: dict[tuple[str, ...], Entry], sports_report: bool = False) -> None:
    """Take the one-word universities and museums out of the names spread to the whole
    article ("lives in Oxford" stays a place); not the same word as another organization's
    short form ("Columbia" for Columbia Savings), nor a club in a sports report, where the
    city's name stands for its side throughout ("Everton left back Tomas Lindqvist")."""
    # (The keys both hold, found over the fewer of the two: an article takes few names.)
    kept = CLUB_KEYS if sports_report else frozenset()
    for key in CONTEXT_KEYS.keys() & lexicon.keys() - kept:
        if lexicon[key] is CONTEXT_KEYS[key]:
            del lexicon[key]


def edition(candidate: Candidate) -> bool:
    """A name with a platform after "for" or "on": "Office for Mac", "Chrome for Android"."""
    key = candidate.key
    if len(key) < 2:  # most candidates: one word, no pair to try (and no generator to make)
        return False
    return any(
        key[index] in PLATFORMS and key[index - 1] in EDITION_OPENERS
        for index in range(1, len(key))
    )


# The words before a town that make it the place, not the team named after it: "fans in
# Philadelphia", "a Dallas medical clinic" (not "from": "six of the 12 games from
# Denver" is the team's)
TOWN_PLACE_WORDS = frozenset({"in", "a", "an", "near", "outside"})


def town_as_place(c: Candidacy) -> bool:
    """A team's town, the first words of its name standing for it in a sports report ("Kansas
    City" of "Kansas City Royals"), after a preposition of place or an article: the town
    ("fans in Philadelphia as well as", "a Dallas medical clinic"); not before its
    possessive ("in Boston's 5-3 win"). (It takes "the only pitchers in Ohio history" for
    the state too: a noun after the town is not told from a verb.)"""
    candidate, texts = c.candidate, c.sentence.texts
    key, name = candidate.key, tuple(candidate.entry.name.split())
    if candidate.entry.kind != "sports" or len(key) >= len(name) or name[: len(key)] != key:
        return False
    first, last = candidate.last - len(key), candidate.last
    before = texts[first - 1].lower() if first > 0 else ""
    if before not in TOWN_PLACE_WORDS or texts[last - 1].endswith(POSSESSIVE_ENDINGS):
        return False
    # (nor before "'s" written apart, as CoNLL writes it: "in Boston 's 5-3 win")
    return last >= len(texts) or texts[last] not in POSSESSIVE_ENDINGS
