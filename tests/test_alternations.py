"""The core's alternations (``newsfacts.plugin.alternation``): a word list as a trie where
the longest word wins. The trie is read off the phrases sorted: it must be the trie built of a
dict per character, pattern for pattern, and match what the plain alternation of the same
words, longest first, matches."""

from __future__ import annotations

import random
from typing import TypedDict

import pytest
import regex

from newsfacts.plugin import alternation


def _escaped(char: str) -> str:
    return r"\s+" if char == " " else regex.escape(char)


Trie = dict[str, "Trie"]


def reference(phrases: list[str], *, fold: bool = False, reverse: bool = False) -> str:
    """The alternation as first written: a trie of dicts, one node per character."""
    root: Trie = {}
    for phrase in phrases:
        node = root
        for char in (
            reversed(phrase.lower() if fold else phrase)
            if reverse
            else (phrase.lower() if fold else phrase)
        ):
            node = node.setdefault(char, {})
        node[""] = {}
    return _reference_node(root, reverse)


def _reference_node(node: Trie, reverse: bool) -> str:
    branches = []
    for char, child in sorted(node.items()):
        if char:
            chars = [char]
            while len(child) == 1 and "" not in child:
                [(char, child)] = child.items()
                chars.append(char)
            here = "".join(map(_escaped, reversed(chars) if reverse else chars))
            rest = _reference_node(child, reverse)
            branches.append(rest + here if reverse else here + rest)
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{pattern}|)" if "" in node else pattern


TABLES = [
    ["fifteen", "fifth", "fifty", "five", "four", "fourteen", "forty"],
    ["per cent", "Per cent", "percent", "percentage point", "pct"],
    ["USD", "AUD", "SD", "US$", "A$", "$"],
    ["kilometre", "kilometres", "km", "Kilometres", "kilo"],
    ["a", "ab", "abc", "b"],
    ["", "x"],
    [],
]


class _Options(TypedDict, total=False):
    fold: bool
    reverse: bool


OPTIONS: list[_Options] = [{}, {"fold": True}, {"reverse": True}, {"fold": True, "reverse": True}]


@pytest.mark.parametrize("phrases", TABLES)
@pytest.mark.parametrize("options", OPTIONS)
def test_the_sorted_trie_is_the_dict_trie(phrases: list[str], options: _Options) -> None:
    assert alternation(phrases, **options) == reference(phrases, **options)


def test_random_phrase_sets_give_the_same_patterns() -> None:
    chance = random.Random(29)
    for _ in range(3000):
        phrases = [
            "".join(chance.choice("ab c.Aé$") for _ in range(chance.randint(0, 5)))
            for _ in range(chance.randint(0, 10))
        ]
        for options in OPTIONS:
            assert alternation(phrases, **options) == reference(phrases, **options)


@pytest.mark.parametrize(("text", "expected"), [("fourteen", "fourteen"), ("fifty-five", "fifty")])
def test_the_longest_phrase_wins(text: str, expected: str) -> None:
    found = regex.match(alternation(TABLES[0]), text)
    assert found is not None and found.group() == expected


def test_a_trie_shares_the_phrases_starts() -> None:
    assert alternation(TABLES[0]) == "f(?:i(?:ft(?:een|h|y)|ve)|o(?:rty|ur(?:teen|)))"
    assert alternation(["USD", "AUD"], reverse=True) == "(?:US|AU)D"  # ends shared


def test_a_space_is_one_space_when_asked() -> None:
    assert alternation(["the end of", "the mid", "early"], any_space=False) == (
        "(?:early|the (?:end of|mid))"
    )
    assert regex.fullmatch(alternation(["per cent"]), "per\n cent") is not None


@pytest.mark.parametrize(
    ("words", "pattern"),
    [
        (["september", "sept", "saturday"], "s(?:aturday|ept(?:ember|))"),
        (["a.m.", "am"], "a(?:\\.m\\.|m)"),
    ],
)
def test_words_are_grouped_by_first_letter(words: list[str], pattern: str) -> None:
    assert alternation(words, fold=True) == pattern


def test_first_letters_that_match_each_other_ignoring_case_stay_one_alternation() -> None:
    # "ſ" (a long s) is an "s" to a rule that ignores case: grouped apart, "sunday" would be
    # tried after "ſun" (by their order), not before it as the longer word.
    assert alternation(["ſun", "sunday", "sat"], fold=True) == "(?:sunday|sat|ſun)"
    found = regex.match(alternation(["ſun", "sunday"], fold=True), "Sunday", regex.IGNORECASE)
    assert found is not None and found.group() == "Sunday"


def test_a_space_is_the_pattern_given() -> None:
    # A run of blanks that is no line break (the quotes field's lists), one escaped space in a
    # VERBOSE pattern (which ignores a bare one).
    blanks = alternation(["told", "told reporters"], space=r"[ \u00a0]+")
    assert blanks == r"told(?:[ \u00a0]+reporters|)"
    assert regex.fullmatch(blanks, "told \u00a0reporters") is not None
    assert regex.fullmatch(blanks, "told\nreporters") is None
    verbose = alternation(["New Zealand", "New"], space=r"\ ")
    assert regex.fullmatch(verbose, "New Zealand", regex.VERBOSE) is not None
    assert regex.fullmatch(verbose, "NewZealand", regex.VERBOSE) is None


def _longest_first(phrases: list[str], *, fold: bool) -> str:
    """The plain alternation, longest first, a space a run of blanks."""
    ordered = sorted({p.lower() if fold else p for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(regex.escape(phrase).replace(r"\ ", r"[ \u00a0]+") for phrase in ordered)


def _spans(pattern: str, text: str, flags: int) -> list[tuple[int, int] | None]:
    """Where ``pattern`` and a letter after it (before it, read backwards) match, from each
    position of ``text`` (up to each, backwards)."""
    if flags & regex.REVERSE:
        behind = regex.compile(f"[ab](?:{pattern})\\G", flags)
        found = [behind.match(text, 0, end) for end in range(len(text) + 1)]
    else:
        ahead = regex.compile(f"(?:{pattern})[ab]", flags)
        found = [ahead.match(text, start) for start in range(len(text))]
    return [match.span() if match else None for match in found]


@pytest.mark.parametrize(
    "flags", [0, regex.IGNORECASE, regex.REVERSE, regex.IGNORECASE | regex.REVERSE]
)
def test_the_trie_matches_as_the_plain_alternation_longest_first(flags: int) -> None:
    # Phrases of words one space apart; the letter after them (before them, read backwards)
    # makes the longest fail at times, so that a shorter one is tried next.
    chance = random.Random(31)
    fold, reverse = bool(flags & regex.IGNORECASE), bool(flags & regex.REVERSE)
    for _ in range(200):
        phrases = [
            " ".join(
                "".join(chance.choice("abAB") for _ in range(chance.randint(1, 3)))
                for _ in range(chance.randint(1, 3))
            )
            for _ in range(chance.randint(1, 8))
        ]
        text = "".join(chance.choice("abAB \u00a0\n") for _ in range(40))
        trie = alternation(phrases, fold=fold, reverse=reverse, space=r"[ \u00a0]+")
        plain = _longest_first(phrases, fold=fold)
        assert _spans(trie, text, flags) == _spans(plain, text, flags), (phrases, text)
