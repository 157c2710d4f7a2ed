"""A word list written as a regex alternation where the longest word wins, its words grouped
by their first characters: a trie ("fifteen|fifth|fifty|five" is "fi(?:ft(?:een|h|y)|ve)").

The regex module tries a plain alternation entry by entry, at every place a pattern is tried,
and ignoring case each entry costs a compare of folded characters even where it fails at its
first letter. A trie follows one path: at "the government" the months are one try of "t", not
twenty-five words. The numbers plugin writes its phrase tables so, the dates grammar its word
lists (months, units, number words).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from newsfacts.tablecache import built


def alternation(
    phrases: Iterable[str],
    *,
    fold: bool = False,
    reverse: bool = False,
    any_space: bool = True,
    space: str | None = None,
) -> str:
    """A regex alternation of literal phrases where the longest one that matches wins (a
    pattern after it that fails tries the shorter ones next, as "(?:fifty|five|f)" would).

    ``fold``: for a pattern that ignores case, the phrases are lowered ("Per cent" and "per
    cent" share a path). ``reverse``: for a pattern matched backwards (``regex.REVERSE``), the
    trie shares the phrases' ends ("(?:U|AU)SD"). ``any_space``: a space in a phrase matches
    any run of white space (``\\s+``); otherwise one space. ``space``: the pattern a space is
    written as instead, for another choice of blanks: ``r"[ \\u00a0]+"``, a run of spaces and
    no-break spaces but no line break, or ``r"\\ "``, one space in a ``regex.VERBOSE`` pattern
    (which ignores a bare space). No groups are captured; an empty list gives the empty
    pattern.

    >>> alternation(["fifteen", "fifth", "fifty", "five"])
    'fi(?:ft(?:een|h|y)|ve)'
    >>> alternation(["per cent", "pct"])
    'p(?:ct|er\\\\s+cent)'
    >>> alternation(["told", "told reporters"], space="[ ]+")
    'told(?:[ ]+reporters|)'
    """
    if space is None:
        space = r"\s+" if any_space else " "
    return _alternation(tuple(sorted(set(phrases))), fold, reverse, space)


# Built once per machine and kept on disk: built in each process, the numbers plugin's 31
# alternations were a fifth of its import, the dates grammar's a fifth of its own.
@built
def _alternation(phrases: tuple[str, ...], fold: bool, reverse: bool, space: str) -> str:
    keys = {phrase.lower() if fold else phrase for phrase in phrases}
    # The trie is read off the phrases sorted (each node's phrases are a run of them), not
    # built of a dict per character: the same pattern, for about half the work (the numbers
    # plugin's 31 alternations at import: 41 M -> 22 M instructions).
    ordered = sorted({key[::-1] for key in keys} if reverse else keys)
    if not ordered:
        return ""
    return _Trie(ordered, reverse, fold, space).node(0, len(ordered), 0)


@functools.cache  # a few dozen characters, escaped thousands of times at import
def _escaped(char: str) -> str:
    return regex.escape(char)


class _Trie:
    """The trie of sorted phrases (``keys``), written node by node."""

    def __init__(self, keys: list[str], reverse: bool, fold: bool, space: str) -> None:
        self.keys, self.reverse, self.fold, self.space = keys, reverse, fold, space

    def text(self, run: str) -> str:
        """A stretch of a phrase's characters in the pattern."""
        chars = run[::-1] if self.reverse else run
        return "".join(self.space if char == " " else _escaped(char) for char in chars)

    def node(self, start: int, end: int, depth: int) -> str:
        """The branches of the trie node that ``keys[start:end]`` pass through, each first
        character once: ``depth`` characters in, where they are all the same. A phrase
        ending here is tried after the longer ones, as a choice of them or nothing
        ("sept(?:ember|)"), not a repeat that may be empty ("sept(?:ember)?"): the regex
        module sets a repeat up at every try, and leaves a choice whose first character does
        not fit after one test (the dates field's pass a half per cent less, the numbers
        field's two per cent)."""
        keys = self.keys
        ends_here = len(keys[start]) == depth  # it sorts first
        if self.fold and _case_related({key[depth] for key in keys[start:end] if len(key) > depth}):
            return self.flat(start, end, depth)
        branches = []
        index = start + 1 if ends_here else start
        while index < end:
            first = keys[index]
            char = first[depth]
            last = index + 1
            while last < end and keys[last][depth] == char:
                last += 1
            # The characters all the node's phrases share: a run of nodes with one child and
            # no phrase ending, written at once (no phrase ends inside it: it would sort first
            # and end the run).
            final = keys[last - 1]
            if last == index + 1:
                reach = len(first)  # one phrase: the rest of it (most characters are there)
            else:
                reach = depth + 1
                while reach < len(first) and first[reach] == final[reach]:
                    reach += 1
            here = self.text(first[depth:reach])
            rest = self.node(index, last, reach) if reach < len(final) else ""
            branches.append(rest + here if self.reverse else here + rest)
            index = last
        if not branches:
            return ""
        pattern = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{pattern}|)" if ends_here else pattern

    def flat(self, start: int, end: int, depth: int) -> str:
        """The node's phrases as a plain alternation, longest first: where two of its first
        characters match each other ignoring case ("s" and "ſ"), grouped by character
        "sunday" would be tried before "ſun" or after it by their order, not their length."""
        rests = sorted(
            (key[depth:] for key in self.keys[start:end]), key=lambda rest: (-len(rest), rest)
        )
        written = [self.text(rest) for rest in rests]
        return f"(?:{'|'.join(written)})" if len(written) > 1 else written[0]


def _case_related(firsts: set[str]) -> bool:
    """Whether two of ``firsts`` (distinct lowered characters) match each other ignoring case:
    "k" and "K" (the kelvin sign), "s" and "ſ". (Two lowered ASCII characters never do.)"""
    return any(
        regex.fullmatch(regex.escape(first), other, regex.IGNORECASE)
        for first in firsts
        if not first.isascii()
        for other in firsts
        if other != first
    )
