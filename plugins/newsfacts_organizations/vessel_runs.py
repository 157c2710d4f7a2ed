"""A ship's name after a navy's prefix is no organization's: "the aircraft carrier USS Gerald
R. Ford left Norfolk" named a carmaker "Ford", "the Indian Navy's INS Vikrant" an
organization "INS". The run of capitalized words is cut before the prefix
(``data/vessel_prefixes.txt``) when a capitalized word of the run follows it: the words from
the prefix on are the ship's, and no rule reads a name in them; nor is the prefix an unknown
acronym (:func:`opens_ship_name`)."""

from __future__ import annotations

import re

from newsfacts.plugin import PEOPLE_NOUNS, read_words
from newsfacts_organizations.anchored import anchored_matches
from newsfacts_organizations.lexicon import ACRONYM_STOPS, PACKAGE, STOPWORDS
from newsfacts_organizations.runs import Sentence

VESSEL_PREFIXES = read_words(PACKAGE, "vessel_prefixes.txt")


def ship_names(text: str) -> frozenset[str]:
    """The last words of the ships ``text`` names after a navy's prefix ("Ford" of "the USS
    Gerald R. Ford"), which name the ship alone after "the" ("The Ford carries 4,500
    sailors")."""
    # Tried where a prefix stands only (nearly every text: none, a few scans in C); a long
    # article holds one somewhere ("INS" of "INSIDE"), and the pattern tried at each
    # character cost as much as the prefixes' scans ten times over
    return frozenset(
        match.group(1) for match in anchored_matches(_SHIP_NAME, text, VESSEL_PREFIXES)
    )


#: A ship's name after a navy's prefix, its last capitalized word in group 1: "USS Gerald R.
#: Ford", "HMS Queen Elizabeth", "INS Vikrant" (not "INS agents")
_SHIP_NAME = re.compile(
    rf"""
    \b(?:{"|".join(map(re.escape, sorted(VESSEL_PREFIXES)))})
    (?:\s+[A-Z][\w.'-]*)*?        # its first words, initials ("Gerald R.")
    \s+([A-Z][a-z]+)               # its last word
    \b(?!\s+[A-Z])                 # where the capitals end
    """,
    re.VERBOSE,
)


def _ship_alone(texts: list[str], start: int, end: int, ships: frozenset[str]) -> bool:
    """Whether the run ``start``..``end`` is a ship's last word alone after "the": "the
    Ford", or "The Ford" opening a sentence (a run with its article)."""
    first = start + (texts[start] == "The")
    after_article = first > start or (start > 0 and texts[start - 1] == "the")
    return end - first == 1 and texts[first] in ships and after_article


def may_cut(texts: list[str], ships: frozenset[str]) -> bool:
    """Whether :func:`cut_vessel_runs` may cut a run of the sentences of these words (a
    chunk's, see chunks.Sentences): they hold a navy's prefix or one of ``ships``. One set
    test for a chunk, which nearly every one fails, not a call for each of its sentences."""
    return not VESSEL_PREFIXES.isdisjoint(texts) or bool(ships and not ships.isdisjoint(texts))


def cut_vessel_runs(sentence: Sentence, ships: frozenset[str] = frozenset()) -> None:
    """Cut each run of ``sentence`` before a navy's prefix that opens a ship's name in it; the
    words after the ship's name and an "and" are a run again ("the USS Nimitz and Ford Motor
    Co."). A run of one of ``ships`` (see :func:`ship_names`) alone after "the" is the ship's
    name too, and no run."""
    texts = sentence.texts
    if ships and not ships.isdisjoint(texts):
        sentence.runs[:] = [run for run in sentence.runs if not _ship_alone(texts, *run, ships)]
    if VESSEL_PREFIXES.isdisjoint(texts):
        return  # nearly every sentence: no prefix
    runs: list[tuple[int, int]] = []
    for start, end in sentence.runs:
        runs.extend(_outside_ships(sentence.texts, start, end))
    sentence.runs[:] = runs


def _outside_ships(texts: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of the run ``start``..``end`` outside its ships' names."""
    parts: list[tuple[int, int]] = []
    while start < end:
        prefix = next(
            (
                i
                for i in range(start, end - 1)
                if texts[i] in VESSEL_PREFIXES and not _office(texts[i + 1])
            ),
            None,
        )
        if prefix is None:
            parts.append((start, end))
            break
        if prefix > start:  # "the Indian Navy's| INS Vikrant": the navy's name stays
            parts.append((start, prefix))
        # the ship's name ends at "and": "USS Nimitz and| Ford Motor Co."
        joint = next((i for i in range(prefix + 1, end) if texts[i] in _JOINTS), end)
        start = joint + 1
    return parts


_JOINTS = frozenset({"and", "&"})


def opens_ship_name(sentence: Sentence, index: int) -> bool:
    """Whether the unit at ``index`` is a navy's prefix before a capitalized word: "INS
    Vikrant" (not "the INS said")."""
    texts = sentence.texts
    return (
        texts[index] in VESSEL_PREFIXES
        and index + 1 < len(texts)
        and sentence.capital[index + 1] == 1
        and not _office(texts[index + 1])
    )


def _office(word: str) -> bool:
    """A title or a noun for people after an agency's acronym: "INS Commissioner Dora
    Mills", "INS agents" (``data/acronym_stops.txt``), no ship's name."""
    return word in STOPWORDS or word in ACRONYM_STOPS or word.lower() in PEOPLE_NOUNS
