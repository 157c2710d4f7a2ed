"""A ship's name after a navy's prefix is no organization's: "the aircraft carrier USS Gerald
R. Ford left Norfolk" named a carmaker "Ford", "the Indian Navy's INS Vikrant" an
organization "INS". The run of capitalized words is cut before the prefix
(``data/vessel_prefixes.txt``) when a capitalized word of the run follows it: the words from
the prefix on are the ship's, and no rule reads a name in them; nor is the prefix an unknown
acronym (:func:`opens_ship_name`)."""

from __future__ import annotations

from newsfacts.plugin import PEOPLE_NOUNS, read_words
from newsfacts_organizations.lexicon import ACRONYM_STOPS, PACKAGE, STOPWORDS
from newsfacts_organizations.runs import Sentence

VESSEL_PREFIXES = read_words(PACKAGE, "vessel_prefixes.txt")


def cut_vessel_runs(sentence: Sentence) -> None:
    """Cut each run of ``sentence`` before a navy's prefix that opens a ship's name in it; the
    words after the ship's name and an "and" are a run again ("the USS Nimitz and Ford Motor
    Co.")."""
    if VESSEL_PREFIXES.isdisjoint(sentence.texts):
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
    """A title or a noun for people after an agency's acronym: "INS Commissioner Doris
    Meissner", "INS agents" (``data/acronym_stops.txt``), no ship's name."""
    return word in STOPWORDS or word in ACRONYM_STOPS or word.lower() in PEOPLE_NOUNS
