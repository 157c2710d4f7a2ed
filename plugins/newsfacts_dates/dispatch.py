"""Where each rule of the grammar may start and what it needs: the tables the scan reads
(``scan.py`` and ``candidates.py``) to try a rule only at a word that can begin it
(:data:`DISPATCH`) and only when a head word it needs lies close ahead (:data:`HEAD_KINDS`,
:data:`RULE_NEEDS`), and the fixed phrases by their first word (:data:`PHRASES_BY_FIRST`).

The rules themselves and their word lists are :mod:`newsfacts_dates.grammar`'s.
"""

from __future__ import annotations

import regex

from newsfacts.plugin import built, compiled, read_table
from newsfacts_dates.grammar import (
    DECADE_WORDS,
    HOLIDAYS,
    LISTS,
    MONTHS,
    PACKAGE,
    PARTS_OF_DAY,
    PHRASES,
    RULES,
    SEASONS,
    WEEKDAYS,
    unit_forms,
)


def _first_word(entry: str) -> str:
    """The first word as the scan sees it: "year-end" and "year's end" start with "year"."""
    match = _LEADING_WORD.match(entry)
    return match.group() if match else entry


# Compiled once: regex.match(pattern, ...) looks its cache up at each of the ~800 calls made at
# import, a hundredth of the start-up.
_LEADING_WORD = compiled(r"\w+")


# Built once per machine (kept on disk), as _head_kinds: from the tables and LISTS, which the
# tables make, the two were a third of the plugin's import.
@built
def _dispatch() -> dict[str, tuple[str, ...]]:
    """First word (lower case, or "#digit"/"#apostrophe") -> the rules that may start there."""
    starts: dict[str, list[str]] = {}
    for rule, cells, _ in read_table(PACKAGE, "rule_starts.tsv", columns=3):
        for cell in cells.split():
            if cell.startswith("@"):
                words = {_first_word(entry) for entry in LISTS[cell[1:]]}
            else:
                words = {cell}
            for word in words:
                if rule not in starts.setdefault(word, []):
                    starts[word].append(rule)
    order = list(RULES)
    return {word: tuple(sorted(rules, key=order.index)) for word, rules in starts.items()}


DISPATCH = _dispatch()


def _ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


@built
def _head_kinds() -> dict[str, frozenset[str]]:
    """Head word -> the kinds of head it is."""
    kinds: dict[str, frozenset[str]] = {}
    for kind, words in (
        ("month", MONTHS),
        ("weekday", [*WEEKDAYS, *(day + "s" for day in WEEKDAYS)]),
        ("unit", unit_forms()),
        ("season", SEASONS),
        ("part", PARTS_OF_DAY),
        ("period", ["quarter", "quarters", "half", "q1", "q2", "q3", "q4", "h1", "h2"]),
        # "FY25", and the "FY" of "FY 25", whose two digits start no rule and are no head
        # (see candidates._number_heads)
        ("period", ["fy", *LISTS["fiscal_years"]]),
        ("clockword", ["noon", "midnight", "midday"]),
        ("digit", ["#digit"]),
        # A day written as an ordinal ("on the 3rd") heads the rule day_of_month, which
        # starts at "the": a short number is otherwise a head only where a rule may start at
        # it.
        ("digit", [f"{day}{_ordinal_suffix(day)}" for day in range(1, 32)]),
        ("apostrophe", ["#apostrophe"]),
        ("holiday", [regex.split(r"[ ']", name)[-1] for name in HOLIDAYS]),
        ("spelled", ["nineteen", "twenty", "thousand"]),
        ("decade", DECADE_WORDS),
        ("phrase", [regex.split(r"[ -]", phrase)[-1] for phrase in PHRASES]),
        # The words some rules cannot do without, as kinds of their own (rule_starts.tsv):
        # "the 21st century", "twice a week", "three times a day", "the first week of
        # March", "the last day of this month", "the eighth day of the strike"
        ("century", ["century"]),
        ("times", ["once", "twice", "thrice", "times"]),
        ("day_week", ["day", "week", "weekend"]),
        ("month_word", ["month"]),
    ):
        for word in words:
            kinds[word] = kinds.get(word, frozenset()) | {kind}
    return kinds


# The head words: every expression holds one, and each rule needs those of certain kinds
# (rule_starts.tsv, third column): rule -> the sets of kinds, one of which it needs all of.
# See candidates.py.
HEAD_KINDS = _head_kinds()
RULE_NEEDS: dict[str, tuple[frozenset[str], ...]] = {
    rule: tuple(frozenset(cell.split("+")) for cell in needs.split())
    for rule, _, needs in read_table(PACKAGE, "rule_starts.tsv", columns=3)
}
STARTERS = frozenset(DISPATCH) | {_first_word(phrase) for phrase in PHRASES}

# Fixed phrases by their first word, longest first: matched by a plain string comparison.
PHRASES_BY_FIRST: dict[str, list[str]] = {}
for _phrase in sorted(PHRASES, key=len, reverse=True):
    PHRASES_BY_FIRST.setdefault(_first_word(_phrase), []).append(_phrase)

# The phrases of each first word by their opening characters, as many as its shortest phrase
# holds ("the foll": "the following day", "the following week"), longest first still: the
# text at a word is compared with the few phrases that open as it does, not with each of the
# some 80 that "the" opens (a phrase the text starts with opens as the text does).
PHRASES_BY_OPENING: dict[str, tuple[int, dict[str, list[str]]]] = {}
for _first, _phrases in PHRASES_BY_FIRST.items():
    _shortest = min(map(len, _phrases))
    _openings: dict[str, list[str]] = {}
    for _phrase in _phrases:
        _openings.setdefault(_phrase[:_shortest], []).append(_phrase)
    PHRASES_BY_OPENING[_first] = (_shortest, _openings)
