"""Rules closed by a word of their own: "three years ago", "two weeks later", "a decade
earlier" end with one of the ago rule's closing words. Such a rule can match nowhere after
the last of its closing words in the text, and there it is not tried: a failed try of the ago
rule's pattern, with its numbers, modifiers and units, costs some 26,000 instructions, and at
the numbers of a text with no "ago" nor "later" after them every try failed (216 of its 332
tries in 100 CoNLL articles, 258 of 269 in the NewsQuant items).
"""

from __future__ import annotations

import functools

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import RULES

# The group of a rule's closing words in its pattern, after the space the pattern writes
# before them: " (?P<ago>ago|back|earlier|later|before|from now|hence)".
_CLOSING_GROUP = compiled(r" \(\?P<(?P<rule>\w+)>(?P<words>[a-z |]+)\)")


def _closing_words(rule: str) -> tuple[str, ...]:
    """The words that close every match of ``rule``, each with the space before it, as its
    pattern writes them (its group named after the rule): one list, the pattern's."""
    for group in _CLOSING_GROUP.finditer(RULES.sources[rule]):
        if group.group("rule") == rule:
            return tuple(" " + word for word in group.group("words").split("|"))
    raise ValueError(f"no closing group in the {rule} rule")


#: Rule -> the words (lower case, with the space before them) one of which ends each match.
CLOSING_WORDS: dict[str, tuple[str, ...]] = {"ago": _closing_words("ago")}


def without_closed(text: str, start: int, rules: tuple[str, ...]) -> tuple[str, ...]:
    """``rules`` but those that no closing word of theirs follows ``start`` in ``text``."""
    for rule in CLOSING_WORDS:
        if rule in rules and start >= _last_closing(text, rule):
            rules = _without(rules, rule)
    return rules


@functools.lru_cache(maxsize=1)  # (one text at a time: the scan's, read in text order)
def _last_closing(text: str, rule: str) -> int:
    """Where the last closing word of ``rule`` starts in ``text`` (-1: nowhere). The rules
    read the text ignoring case: lowered, unless lowering changes its length ("İ", which the
    rules read as an "i": every rule is then tried)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return len(text)
    return max(map(lowered.rfind, CLOSING_WORDS[rule]))


@functools.cache
def _without(rules: tuple[str, ...], rule: str) -> tuple[str, ...]:
    return tuple(other for other in rules if other != rule)
