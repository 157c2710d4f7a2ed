"""Which of a table's needs (the literal strings a row of ``data/identifiers.tsv`` runs only
on a text holding one of) a text holds, looked for all at once."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import attrs


def looked_for_alone(need: str) -> bool:
    """Whether ``need`` is looked for by a test of its own ("one" in text): one that starts
    with a small letter ("one another", "irst-"), where a scan for the needs' first characters
    would stop at nearly every word, or past ASCII ("’s": the scan tests each character
    against its first characters, fastest as a table of the 256 first code points)."""
    first = need[0]
    return not first.isascii() or "a" <= first <= "z"


@attrs.frozen
class Needs:
    """Literal needs, each found in a text as ``need in text`` would find it. Those that start
    with anything but a small letter (a capital's "Boeing", "Two", "Street"; a digit's "911";
    a mark's "-door", "'s") are found in one scan of the text (by :mod:`re`: the regex module
    scans such an alternation nearly four times slower), which stops only at their first
    characters, a few in a hundred of a news text. The rest are looked for one by one. (All
    98 needs of the names tested one by one, each a read of the whole text, were 6 % of the
    field's pass over a news article; the 20 tests left and the scan cost some 60 % of that.)

    The scan finds the longest need where it stops and goes on after it: what it passes over
    is read from the tables below, made once: the needs that are the start of the one found
    ("Seven" of "Seventh"), and those that may start inside it ("S P" after the "U" of "US",
    read where they would stand)."""

    #: The needs looked for one by one, shortest first, each with the longest other of them
    #: inside it ("one" in "one another") or else its mark ("-" of "ast-"), or None: a need
    #: whose inner need the text lacks is not looked for (most short texts hold no "one" and
    #: no hyphen, and pay no test of the needs that hold one). The marks come first.
    alone: tuple[tuple[str, str | None], ...]
    #: The marks inside two or more of the needs looked for one by one that are no need
    #: themselves ("-" of "ast-" and "third-"): tested as inner needs, never held.
    marks: frozenset[str]
    scan: re.Pattern[str] | None  # the others, longest first
    #: For each need the scan finds: the scanned needs it starts with, itself among them
    starts: Mapping[str, tuple[str, ...]]
    #: For each need the scan finds: the scanned needs that may start inside it, and where
    inside: Mapping[str, tuple[tuple[int, str], ...]]

    @classmethod
    def of(cls, needs: Iterable[str]) -> Needs:
        """The needs ``needs`` (each once), made ready to be looked for."""
        needs = tuple(dict.fromkeys(needs))
        scanned = [need for need in needs if not looked_for_alone(need)]
        longest = sorted(scanned, key=len, reverse=True)
        led: dict[str, list[str]] = {}  # the scanned needs, by their first character
        for need in scanned:
            led.setdefault(need[0], []).append(need)
        alone = [need for need in needs if looked_for_alone(need)]
        # A mark inside one need alone would cost the test it spares
        held_by = Counter(char for need in alone for char in set(need) if _mark(char))
        marks = {char for char, count in held_by.items() if count > 1} - set(alone)
        ordered = sorted([*sorted(marks), *alone], key=len)
        return cls(
            alone=tuple((need, _longest_inside(need, ordered)) for need in ordered),
            marks=frozenset(marks),
            scan=re.compile(_alternation(longest)) if scanned else None,
            starts={need: tuple(o for o in scanned if need.startswith(o)) for need in scanned},
            inside={need: tuple(_inside(need, led)) for need in scanned},
        )

    def held(self, text: str) -> set[str]:
        """The needs ``text`` holds."""
        return self.held_at(text)[0]

    def held_at(self, text: str) -> tuple[set[str], dict[str, list[int]]]:
        """The needs ``text`` holds, and where each that the scan finds stands, in order (a
        place maybe twice): read in the same pass, for a pattern tried where its needs stand
        (see :mod:`newsfacts_numbers.identifiers`), which would otherwise read the whole text
        again for each. The needs looked for one by one have no places here."""
        # (The test written out: filter(text.__contains__, ...) calls each test through a
        # method wrapper, which packs the need in a tuple of arguments.)
        met: set[str] = set()
        for need, inner in self.alone:
            if (inner is None or inner in met) and need in text:
                met.add(need)
        met -= self.marks
        places: dict[str, list[int]] = {}
        if self.scan is None:
            return met, places
        starts, inside = self.starts, self.inside
        for match in self.scan.finditer(text):
            at, need = match.start(), match.group()
            for held in starts[need]:
                places.setdefault(held, []).append(at)
            for offset, other in inside[need]:
                if text.startswith(other, at + offset):
                    for held in starts[other]:
                        places.setdefault(held, []).append(at + offset)
        met.update(places)
        return met, places


def _mark(char: str) -> bool:
    """Whether ``char`` is a mark: no letter, digit or white space ("-", "'", "’")."""
    return not (char.isalnum() or char.isspace())


def _longest_inside(need: str, others: Sequence[str]) -> str | None:
    """The longest of ``others`` inside ``need`` but itself ("one " in "one another"), or
    None: a text that lacks it lacks ``need``."""
    inside = [other for other in others if other != need and other in need]
    return max(inside, key=len) if inside else None


def _alternation(needs: Iterable[str]) -> str:
    """The alternation of ``needs`` (longest first), grouped by their first characters:
    "Seventh|Seven|Six|Ten" as "S(?:eventh|even|ix)|T(?:en)". Where the scan stops, the
    alternation tries each group's first character, not each need's (a few times fewer)."""
    rests: dict[str, list[str]] = {}
    for need in needs:
        rests.setdefault(need[0], []).append(re.escape(need[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(after)})" for first, after in rests.items())


def _inside(need: str, led: Mapping[str, Sequence[str]]) -> Iterable[tuple[int, str]]:
    """The needs of ``led`` (the needs the scan finds, by their first character) that may
    start inside ``need`` (after its first character), each with where: those whose start
    agrees with the rest of ``need`` from there ("S P" at 1 of "US")."""
    for offset in range(1, len(need)):
        rest = need[offset:]
        for other in led.get(rest[0], ()):
            if other.startswith(rest) or rest.startswith(other):
                yield offset, other
