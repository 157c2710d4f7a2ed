"""The numbers plugin's alternations: a trie of phrases read off the phrases sorted is the trie
built of a dict per character, pattern for pattern, and matches the longest phrase."""

from __future__ import annotations

import random

import pytest
import regex

from newsfacts_numbers.lexicon import _escaped, alternation, folded_heads

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
    return f"(?:{pattern})?" if "" in node else pattern


TABLES = [
    ["fifteen", "fifth", "fifty", "five", "four", "fourteen", "forty"],
    ["per cent", "Per cent", "percent", "percentage point", "pct"],
    ["USD", "AUD", "SD", "US$", "A$", "$"],
    ["kilometre", "kilometres", "km", "Kilometres", "kilo"],
    ["a", "ab", "abc", "b"],
    ["", "x"],
    [],
]
OPTIONS = [{}, {"fold": True}, {"reverse": True}, {"fold": True, "reverse": True}]


@pytest.mark.parametrize("phrases", TABLES)
@pytest.mark.parametrize("options", OPTIONS)
def test_the_sorted_trie_is_the_dict_trie(phrases: list[str], options: dict[str, bool]) -> None:
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
    assert alternation(TABLES[0]) == "f(?:i(?:ft(?:een|h|y)|ve)|o(?:rty|ur(?:teen)?))"
    assert alternation(["USD", "AUD"], reverse=True) == "(?:US|AU)D"  # ends shared


HEADS = [
    (["per cent", "percent", "pct"], {}, {"pe", "pE", "Pe", "PE", "pc", "pC", "Pc", "PC"}),
    (
        ["km", "Kilometres"],  # "km" as written, "Ki" in any case (İ; K, the Kelvin sign)
        {"case_aware": True},
        {"km", "ki", "kI", "k\u0130", "Ki", "KI", "K\u0130", "\u212ai", "\u212aI", "\u212a\u0130"},
    ),
    (["US$", "A$"], {"end": True}, {"S$", "s$", "ſ$", "A$", "a$"}),
]


@pytest.mark.parametrize(("phrases", "options", "expected"), HEADS)
def test_the_heads_of_a_quick_test_are_every_case_variant(
    phrases: list[str], options: dict[str, bool], expected: set[str]
) -> None:
    assert folded_heads(phrases, **options) == expected
