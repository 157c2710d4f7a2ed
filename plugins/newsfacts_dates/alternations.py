"""Word lists written as regex alternations that try their words in the list's order, grouped
by first character: the form in which the dates grammar (``grammar.py``) puts its word lists
(months, units, number words) into its rules."""

from __future__ import annotations

import regex

from newsfacts.plugin import built


@built  # the grammar's alternations, a fifth of its import: kept on disk
def longest_first(words: tuple[str, ...]) -> tuple[list[str], str]:
    """``words`` longest first, and their alternation (see :func:`factored`)."""
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return ordered, "(?:" + factored(ordered) + ")"


def factored(words: list[str]) -> str:
    """The alternation of ``words`` that tries them in their order, its entries grouped by
    their first character: "sept|september|saturday|june" is "s(?:ept(?:ember|)|aturday)|june"
    (written out, "(?:september|sept)" tries "september" first, as the list does).

    The regex module tries an alternation entry by entry, and ignoring case each entry costs
    a compare of folded characters even where it fails at its first letter (only entries that
    keep their case are sorted out by their first character): at "the government" the
    months' 25 entries were 25 tries, grouped they are 8, one a letter. Words of different
    first letters never match at the same place, and those of one letter are tried in the
    list's order: every match, and every group it sets, is the one the plain alternation
    gives. Where two first letters match each other ignoring case ("s" and "ſ"), the words
    stay one plain alternation."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word)
    if len(groups) > 1 and _case_related(list(groups)):
        return "(?:" + "|".join(map(_escaped, words)) + ")"
    parts: list[str] = []
    for first, group in groups.items():
        if len(group) == 1 or not first:  # a word (or the word that ended here: "")
            parts += map(_escaped, group)
        else:
            parts.append(_escaped(first) + factored([word[1:] for word in group]))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _escaped(word: str) -> str:
    return regex.escape(word).replace(r"\ ", " ")


def _case_related(firsts: list[str]) -> bool:
    """Whether two of ``firsts`` (distinct characters) match each other ignoring case, as the
    rules match: "k" and "K" (the kelvin sign), "s" and "ſ". (Two ASCII characters never do
    but a letter and its capital, and the words are lowered.)"""
    return any(
        regex.fullmatch(regex.escape(first), other, regex.IGNORECASE)
        for first in firsts
        if not first.isascii()
        for other in firsts
        if other != first
    )
