"""Phone numbers, which no string of ``data/identifiers.tsv`` tells: tried only at the runs
of digits spaced as a phone number's last two are (see :mod:`newsfacts_numbers.identifiers`,
which reads them with the other names with numbers in them)."""

from __future__ import annotations

import operator

from newsfacts.plugin import compiled
from newsfacts_numbers import patterns as px

Span = tuple[int, int]


#: Phone numbers, a US one with its leading "1-" ("1-888-274-6372"), as a row of
#: ``data/identifiers.tsv`` would be written, though no string tells them: every match ends
#: in two runs of digits, one of three or four digits then one mark or space, then the next
#: ("555-1234"). A match holds three or four runs of digits (a country's code or "1-", the
#: area's, those two) and nothing else a hit is (a currency symbol): it is tried only at the
#: runs one or two before such a pair (see :func:`spans`), not over the whole text, whose
#: scan cost a one-sentence article more than any other pattern, and a results table (runs
#: of digits four or five characters apart, "21 14 5 2 63-25 47") more than its tries.
PHONE = (
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?|1[-.])?(?:\(\d{2,5}\)\s?|\d{2,5}[\s.-])\d{3,4}[\s.-]\d{3,4}\b"
)
#: A local phone number, without an area code: "call police at 362-8147". Three digits, a
#: hyphen and four, the last not 0 as a range's round high end is ("800-1200 calories")
#: unless the first three are no range's round low end either, ending in neither 0 nor 5,
#: and no "from" or "between" opens a range before them ("call 427-6180"; a range runs from
#: a round number: "750-1500", "800-1000"; "scores from 196-2000"), no digit, point, comma,
#: plus or hyphen before it, no decimal part or percent sign after it ("362-8147.5",
#: "362-8147%": a range), and no word in lower case after it but "or" or "and" ("at
#: 362-4415 or 362-4473"; not "350-1255 people"). Its two runs of digits are four characters
#: apart, a pair of :data:`_PHONE_GAPS`: tried at the first.
LOCAL_PHONE = (
    r"(?<![\d.,+-])(?:\d{3}-\d{3}[1-9]|(?<!\b(?:from|between)[ \t])\d\d[1-46-9]-\d{4})"
    r"(?![\d%]|\.\d)(?![ \t]++(?!(?:or|and)\b)\p{Ll})"
)
_PHONE_GAPS = frozenset([4, 5])
_LOCAL_GAP = 4  # the characters from a local phone number's first run of digits to its second
# What a phone number may start with right before its first run of digits: "+44 20",
# "(020) 7946"
_PHONE_OPENERS = frozenset("+(")


def pairs_of(hits: list[int]) -> list[int]:
    """The indexes in ``hits`` of the first hit of each pair :data:`_PHONE_GAPS` apart: the
    last two runs of digits of a phone number are such a pair."""
    gaps = list(map(operator.sub, hits[1:], hits))
    if _PHONE_GAPS.isdisjoint(gaps):
        return []  # the common case: no runs spaced as a phone number's, decided in C
    return [index for index, gap in enumerate(gaps) if gap in _PHONE_GAPS]


def spans(text: str, hits: list[int], pairs: list[int] | None = None) -> list[Span]:
    """The matches of :data:`PHONE` in ``text``, as finditer would find them: tried at the
    runs of digits (``hits``) that a match may start at, or at the "+" or "(" before them,
    in text order, each search resumed at the end of the match before. The run before the
    last of a match is the second or third of it (:data:`PHONE`): a match starts one or two
    hits before a pair of hits :data:`_PHONE_GAPS` apart (``pairs``: :func:`pairs_of`
    of ``hits``)."""
    pairs = pairs_of(hits) if pairs is None else pairs
    firsts = sorted({first for index in pairs for first in (index - 2, index - 1) if first >= 0})
    pattern = compiled(PHONE)
    found: list[Span] = []
    resume = 0
    for first in firsts:
        at = hits[first]
        # No timeout: the pattern is bounded (some 30 characters) and cannot backtrack far.
        for start in (at - 1, at) if text[at - 1 : at] in _PHONE_OPENERS else (at,):
            if start < resume:
                continue
            match = pattern.match(text, start, None, px.CONCURRENT)
            if match is not None:
                found.append(match.span())
                resume = match.end()
                break
    return found


def local_spans(text: str, hits: list[int], pairs: list[int]) -> list[Span]:
    """The matches of :data:`LOCAL_PHONE` in ``text``: tried at the first hit of each pair
    ``pairs`` (:func:`pairs_of` of ``hits``) a hyphen three characters on joins to the
    next."""
    starts = [
        hits[index]
        for index in pairs
        if text[hits[index] + 3] == "-" and hits[index + 1] - hits[index] == _LOCAL_GAP
    ]
    if not starts:
        return []  # the common case (a pair of runs a blank apart), decided before the pattern
    local = compiled(LOCAL_PHONE)
    # No timeout: the pattern reads some ten characters and the blanks after them.
    matches = [local.match(text, at, None, px.CONCURRENT) for at in starts]
    return [match.span() for match in matches if match is not None]
