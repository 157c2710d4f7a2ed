"""Units written with one capital letter after the number that are units only where their
sentence speaks of what they measure (``data/letter_units.tsv``): "the capacitor was 2.5 F"
is in farad, "petrol costs 18 R a litre" in rand, "0.5 R per day" of radiation in roentgen;
"104 F" stays fahrenheit and "53 R and 47 D" counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from newsfacts.plugin import Document, compiled, read_table
from newsfacts_numbers.measures import per
from newsfacts_numbers.raw import Raw

_LetterUnit = tuple[str, str, str | None, frozenset[str]]  # unit, kind, currency, words


def _letter_units() -> Mapping[str, tuple[_LetterUnit, ...]]:
    """Letter -> the units it may be, in the table's order, each with the words of its
    sentence that say so (read-only)."""
    units: dict[str, tuple[_LetterUnit, ...]] = {}
    for letter, unit, kind, currency, words in read_table(
        "newsfacts_numbers", "letter_units.tsv", columns=5
    ):
        units[letter] = (
            *units.get(letter, ()),
            (unit, kind, currency or None, frozenset(words.split())),
        )
    return MappingProxyType(units)


_UNITS = _letter_units()
# What may follow the letter of a unit: not a letter, a digit or what joins it to a code
# ("R-Texas", "F-15", "F/A-18", "R's")
_ENDS_LETTER = compiled(r"(?![\p{L}\d\-‑/'’])")
_WORD = compiled(r"\p{L}+")
_SPACED_LETTERS = frozenset(f" {letter}" for letter in _UNITS)


def letter_units(document: Document, raws: Sequence[Raw]) -> None:
    """Read the unit of a capital letter after a number by the words of its sentence."""
    text = document.text
    for raw in raws:
        # the quick test of every number (a text of numbers has thousands): a temperature's
        # unit or a letter of the table after a space
        if raw.unit != "fahrenheit" and text[raw.tail : raw.tail + 2] not in _SPACED_LETTERS:
            continue
        end = _letter_end(text, raw)
        if end is None:
            continue
        sentence = document.sentence_at(raw.start)
        if sentence is None:
            continue
        words = {word.lower() for word in _WORD.findall(text, sentence.start, sentence.end)}
        for unit, kind, currency, said in _UNITS[text[end - 1]]:
            if not said.isdisjoint(words):
                raw.kind, raw.unit, raw.currency, raw.tail = kind, unit, currency, end
                per(text, raw)  # "0.5 R per day"
                break


def _letter_end(text: str, raw: Raw) -> int | None:
    """Where the letter of a unit of the table after ``raw`` ends: a temperature's letter as
    the units read it ("2.5 F", "2.5F"), or a letter after a count and one space ("18 R")."""
    if raw.unit == "fahrenheit":
        return raw.tail if text[raw.end : raw.tail].strip() in _UNITS else None
    if raw.kind != "count" or raw.unit is not None or text[raw.tail : raw.tail + 1] != " ":
        return None
    end = raw.tail + 2
    if text[raw.tail + 1 : end] not in _UNITS or _ENDS_LETTER.match(text, end) is None:
        return None
    return end
