"""Where the numbers of a text start, and the names with numbers in them that are no
quantities (``data/identifiers.tsv``), web and e-mail addresses among them."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence, Set

import attrs
import regex

from newsfacts.plugin import compiled, starts_of
from newsfacts_numbers import identifier_patterns as ix
from newsfacts_numbers import patterns as px
from newsfacts_numbers import phones
from newsfacts_numbers.needs import Needs, looked_for_alone

Span = tuple[int, int]
#: What :meth:`_Table.held` tells of a text: the rows whose needs it meets, the needs met, and
#: where the scan of the needs found each it looks for.
Held = tuple[list[int], set[str], dict[str, list[int]]]


#: The needs of ``data/identifiers.tsv`` that are no literal strings, each with the pattern
#: that finds it: "-\\d", a hyphen before a digit, which every code name with a number has
#: ("F-16", "COVID-19", "uranium-235"). A hyphen alone is in a quarter of short news texts
#: ("well-known"), and each text with one ran five scans of the whole text for nothing.
#: "[A-Za-z]-\\d", the same hyphen right after a letter, which the code names of aircraft,
#: isotopes and the like have: every text with a date written "2025-07-10" or a score "3-1"
#: holds "-\\d", and each ran their three scans for nothing (all 216 CoNLL dev articles hold
#: "-\\d", 15 with a letter before the hyphen). (Searched from the hyphen, with the letter in
#: a look-behind: a search that opens with a class of letters stops at each.)
_PATTERN_NEEDS = {"-\\d": compiled(r"-\d"), "[A-Za-z]-\\d": compiled(r"-(?<=[A-Za-z]-)\d")}
#: The needs of _PATTERN_NEEDS that are a case of another (after it there), each with that one:
#: looked for only in a text that holds it (most texts hold no "-\\d", and pay no second scan).
_CASE_OF = {"[A-Za-z]-\\d": "-\\d"}
#: What every need of _PATTERN_NEEDS holds: a text without a hyphen (three short texts in four)
#: holds none, told without a search.
_PATTERN_NEEDS_HOLD = "-"


@attrs.frozen(repr=False, eq=False)
class _Table:
    """Rows of ``data/identifiers.tsv`` (pattern, needs), each to run only on a text that
    holds one of its needs. Each need is looked for once per text (see :class:`Needs`), not
    once for each row that has it: a short article paid more for testing every row than for
    running the few it needs. (Every need is read, where a row's test stopped at the first
    found: on a text of a megabyte that costs a few milliseconds more.) A need of
    :data:`_PATTERN_NEEDS` is looked for by its pattern, once per text."""

    sources: tuple[str, ...]
    #: The rows tried only where one of their needs stands, each with where its matches start
    #: from there (range(0, 1): at the need)
    at_needs: Mapping[int, range]
    always: frozenset[int]  # the rows without needs
    needs: Needs  # every literal need of a row
    pattern_needs: tuple[str, ...]  # every need of _PATTERN_NEEDS a row has, in its order
    rows_of: Mapping[str, frozenset[int]]  # the rows that have each need
    needs_of: tuple[tuple[str, ...], ...]  # the needs of each row
    #: Each row's pattern once compiled (None before its first use): a list look-up per try,
    #: where a call of :func:`compiled` costs as much as a failed try of a short pattern.
    patterns: list[regex.Pattern[str] | None]

    @classmethod
    def of(
        cls,
        rows: Sequence[tuple[str, tuple[str, ...]]],
        at_needs: Mapping[str, range] | None = None,
        also: Iterable[str] = (),
    ) -> _Table:
        """The table of ``rows``; ``at_needs``: the patterns whose every match starts where
        one of their needs stands, or at one of the offsets given from there; ``also``:
        needs of no row, looked for with the rows' (in :meth:`held`'s needs met, with no row
        of their own)."""
        at_needs = at_needs or {}
        rows_of: dict[str, set[int]] = {need: set() for need in also}
        for index, (_, needs) in enumerate(rows):
            for need in needs:
                rows_of.setdefault(need, set()).add(index)
        return cls(
            sources=tuple(source for source, _ in rows),
            at_needs={
                index: at_needs[source]
                for index, (source, _) in enumerate(rows)
                if source in at_needs
            },
            always=frozenset(index for index, (_, needs) in enumerate(rows) if not needs),
            needs=Needs.of(need for need in rows_of if need not in _PATTERN_NEEDS),
            pattern_needs=tuple(need for need in _PATTERN_NEEDS if need in rows_of),
            rows_of={need: frozenset(indexes) for need, indexes in rows_of.items()},
            needs_of=tuple(needs for _, needs in rows),
            patterns=[None] * len(rows),
        )

    def pattern(self, index: int) -> regex.Pattern[str]:
        """The compiled pattern of row ``index`` (compiled at its first use, then kept)."""
        found = self.patterns[index]
        if found is None:
            found = self.patterns[index] = compiled(self.sources[index])
        return found

    def held(self, text: str) -> Held:
        """The rows whose needs ``text`` meets, in the table's order, the needs met, and
        where the scan of the needs found those it looks for (see :meth:`Needs.held_at`)."""
        met, places = self.needs.held_at(text)
        met.update(self._patterns_met(text))
        rows = self.always.union(*map(self.rows_of.__getitem__, met))
        return sorted(rows), met, places

    def spans(self, text: str, held: Held | None = None) -> list[Span]:
        """The spans of the matches of the rows whose needs ``text`` meets, each pattern's
        as finditer finds them: a row of :attr:`at_needs` tried where its needs stand.
        ``held``: :meth:`held` of ``text``, when known."""
        rows, met, scanned = self.held(text) if held is None else held
        budget = ix.budget(text)
        found: list[Span] = []
        # Where each need stands, read once for all the rows that have it ("Two" ... "Twelve"
        # are the needs of three rows): by the scan of the needs, or else by a find, which
        # reads the whole text (a long text meets more rows' needs).
        places = dict(scanned)
        for index in rows:
            pattern = self.pattern(index)
            if index in self.at_needs:
                starts = self._starts(text, index, met, places)
                if len(starts) * _DENSE_STARTS <= len(text):
                    found += _at_needs(text, pattern, starts)
                    continue
            # (By position: pos, endpos, overlapped, concurrent, partial, timeout; see
            # ix.TIMEOUT.)
            scan = pattern.finditer(text, None, None, False, px.CONCURRENT, False, budget)
            found += [match.span() for match in scan]
        return found

    def _starts(
        self, text: str, index: int, met: Set[str], places: dict[str, list[int]]
    ) -> list[int]:
        """Where the matches of row ``index`` of :attr:`at_needs` may start in ``text``, in
        order: at its offsets from where each of its needs ``met`` stands. ``places``: where
        each need stands, as found so far (those found here added)."""
        needs = [need for need in self.needs_of[index] if need in met]
        for need in needs:
            if need not in places:
                places[need] = _places(text, need)
        offsets = self.at_needs[index]
        return sorted({at + offset for need in needs for at in places[need] for offset in offsets})

    def _patterns_met(self, text: str) -> list[str]:
        # No timeout: a literal and one character class cannot backtrack.
        met: list[str] = []
        if _PATTERN_NEEDS_HOLD not in text:
            return met
        for need in self.pattern_needs:
            if need in _CASE_OF and _CASE_OF[need] not in met:
                continue  # "-\\d" is not in the text: "F-16" is not either
            if _PATTERN_NEEDS[need].search(text, None, None, px.CONCURRENT) is not None:
                met.append(need)
        return met

    def meets(self, text: str, index: int) -> bool:
        """Whether ``text`` holds a need of row ``index``, or the row has none."""
        needs = self.needs_of[index]
        return not needs or any(map(functools.partial(_holds, text), needs))


def _at_needs(text: str, pattern: regex.Pattern[str], starts: Iterable[int]) -> list[Span]:
    """The matches of ``pattern``, every one of which starts at one of ``starts`` (in order),
    as finditer finds them: tried there, a match resuming the search at its end. A scan of
    the text tries a pattern at every word or capital it may start with: some 100
    instructions a character."""
    found: list[Span] = []
    resume = 0
    for at in starts:
        if at < resume or at < 0:  # (a negative start would count from the end)
            continue
        # (By position: endpos, concurrent, partial, timeout; see ix.TIMEOUT.)
        match = pattern.match(text, at, None, px.CONCURRENT, False, ix.TIMEOUT)
        if match is not None:
            found.append(match.span())
            resume = match.end()
    return found


def _places(text: str, need: str) -> list[int]:
    """Where ``need``, a literal string, stands in ``text``, in order (by str.find, in C)."""
    return starts_of(text, (need,))


def _holds(text: str, need: str) -> bool:
    """Whether ``text`` holds ``need``, a literal string or one of :data:`_PATTERN_NEEDS`."""
    pattern = _PATTERN_NEEDS.get(need)
    if pattern is None:
        return need in text
    return pattern.search(text, None, None, px.CONCURRENT) is not None


#: Above one place to try every this many characters, a row tried at its needs is scanned
#: instead (the same matches): a try costs a few microseconds, a scan some nanoseconds a
#: character ("Pro 1, Pro 2, ..." over a page). News holds them far apart: one in 595
#: characters at the closest on the dev corpora.
_DENSE_STARTS = 256

_DIGIT_LED = _Table.of(ix.DIGIT_LED)


def _found_in_scan(need: str) -> bool:
    """Whether ``need``, of a digit-led row, is looked for in the scan of the names' needs
    too: a word's opening, two letters or digits, the first no small letter ("Road", "GMT",
    "737"), which the scan stops at already or seldom finds. A mark ("-", ".", ":") would stop
    it at nearly every number or sentence, an initial ("E.", "N ") be found at each "U.S.",
    and a small letter ("am", "block") costs a test of its own."""
    return not looked_for_alone(need) and need[:2].isalnum()


_NAMES = _Table.of(
    ix.IDENTIFIERS,
    ix.AT_NEEDS,
    also=[need for needs in _DIGIT_LED.needs_of for need in needs if _found_in_scan(need)],
)
#: The digit-led rows whose every need the scan of the names' needs looks for ("Road",
#: "Route", "737"): a text that holds none of a row's needs has the row tried at none of its
#: numbers. (Where a number meets its head, a row was tried in a window
#: first and its needs looked for only where that matched: a street address's row was tried
#: at every number before a capital or a line's break, as after "1996-08-30", in texts that
#: named no street.)
_DECIDED_BY_SCAN = frozenset(
    index
    for index, needs in enumerate(_DIGIT_LED.needs_of)
    if needs and all(map(_found_in_scan, needs))
)
#: Each need of the rows of _DECIDED_BY_SCAN, with the rows that have it: most texts hold
#: none, told by one set test (a test of each row cost a short text more than the tries it
#: saved).
_DECIDED_ROWS_OF = {
    need: frozenset(index for index in _DECIDED_BY_SCAN if need in _DIGIT_LED.needs_of[index])
    for need in {need for index in _DECIDED_BY_SCAN for need in _DIGIT_LED.needs_of[index]}
}
_DECIDED_NEEDS = frozenset(_DECIDED_ROWS_OF)


def digit_runs(text: str) -> dict[int, int]:
    """Where each run of digits of ``text`` starts, with where it ends, in order: found once,
    for the hits and for the heads of the digit-led rows (see :func:`_rows_at`)."""
    # No timeout: a run of digits cannot backtrack. concurrent False (by position, after
    # pos, endpos and overlapped: see ix.TIMEOUT): the regex module would otherwise let go of
    # the GIL and take it back at every run. (str.isascii reads a flag of the string.)
    runs = px.ASCII_DIGIT_RUN if text.isascii() else px.DIGIT_RUN
    return dict(run.span() for run in runs.finditer(text, None, None, False, False))


def digit_hits(text: str, runs: Mapping[int, int] | None = None) -> list[int]:
    """Where the runs of digits and the currency symbols of ``text`` start, in order.
    ``runs``: :func:`digit_runs` of ``text``."""
    # The symbols are found apart, by str.find (few texts hold one): the module scans for one
    # class of characters several times faster than for an alternation of two, "\d+|[$£€...]".
    hits = list(digit_runs(text) if runs is None else runs)
    # (Each symbol's search set up only where it stands: a short text holds none.)
    symbols = starts_of(text, [symbol for symbol in px.CURRENCY_SYMBOLS if symbol in text])
    return sorted(hits + symbols) if symbols else hits


def names(
    text: str, hits: list[int] | None = None, runs: Mapping[int, int] | None = None
) -> list[Span]:
    """The names with numbers in them ("Boeing 737", "Section 427"), phone numbers and clock
    times of ``data/identifiers.tsv``: stretches where no number is a quantity, as (start,
    end) pairs (no facts: a page of clock times has hundreds of thousands). ``runs``:
    :func:`digit_runs` of ``text``, ``hits`` :func:`digit_hits` of them."""
    held = _NAMES.held(text)
    found = _NAMES.spans(text, held)
    runs = digit_runs(text) if runs is None else runs
    hits = digit_hits(text, runs) if hits is None else hits
    pairs = phones.pairs_of(hits)
    if pairs:
        found += phones.spans(text, hits, pairs) + phones.local_spans(text, hits, pairs)
    if len(hits) > len(ix.DIGIT_LED) and len(hits) * _DENSE > len(text):
        # Numbers nearly everywhere (a page of figures, "3-1 2-0 1-1"): one scan of the text
        # per pattern costs less than trying the patterns at every number, and finds the same
        # matches (they can only start where a run of digits does). Not in a text of a few
        # numbers, however short: each scan has a fixed cost (its timeout's), as a try at a
        # number has.
        return found + _DIGIT_LED.spans(text)
    return found + _at_digit_runs(text, hits, runs, held[1])


def _at_digit_runs(
    text: str, hits: list[int], runs: Mapping[int, int], scanned: Set[str]
) -> list[Span]:
    """The matches of the digit-led patterns of ``data/identifiers.tsv``, tried at each run
    of digits (``hits``; ``runs``, :func:`digit_runs`) where one of them may match, as
    finditer would find them: a match resumes the search of its pattern at its end.
    ``scanned``: the needs the text holds, as the scan of the names' needs found them."""
    reach = ix.IDENTIFIER_REACH
    concurrent = px.CONCURRENT
    unmet = _DECIDED_BY_SCAN  # the rows the scan told lack their needs in this text
    if not _DECIDED_NEEDS.isdisjoint(scanned):
        unmet = unmet.difference(*map(_DECIDED_ROWS_OF.__getitem__, _DECIDED_NEEDS & scanned))
    met: dict[int, bool] = {}  # whether the text meets the needs of each row matched so far
    found = []
    resume = [0] * len(ix.DIGIT_LED)
    patterns = _DIGIT_LED.patterns
    for at in hits:
        for index in _rows_at(text, at, runs):
            # Each pattern first in a bounded window, as a quick test: a try without a timeout
            # costs a fraction of one with (the few that match there are tried again whole),
            # and a pattern of set scores would otherwise read a whole run of them ("3-6 6-3
            # 7-5 ...") again at every number of it. The needs of a row are looked for only
            # once it matches in a window (few do): looking for all the needs of the table
            # first cost a text of a few numbers more than the tries (save those the scan of
            # the names' needs finds anyway: see _DECIDED_BY_SCAN).
            if index in unmet or at < resume[index]:
                continue
            pattern = patterns[index] or _DIGIT_LED.pattern(index)
            if pattern.match(text, at, at + reach, concurrent) is None:
                continue
            if index not in met:
                met[index] = _DIGIT_LED.meets(text, index)
            if not met[index]:
                continue
            match = pattern.match(text, at, None, concurrent, False, ix.TIMEOUT)
            if match is not None:
                found.append((at, match.end()))
                resume[index] = match.end()
    return found


def _rows_at(text: str, at: int, runs: Mapping[int, int]) -> tuple[int, ...]:
    """The digit-led rows whose head the number at ``at`` meets: the only ones that may match
    there, as every match meets its row's head. Their patterns in one alternation, tried at
    every number, were 3 % of a pass over all the fields, and failed at nearly nine numbers in
    ten; what a head reads (how many digits, the two characters after them) takes few values,
    each decided once (see :func:`_rows_after`). ``runs``: :func:`digit_runs` of ``text``,
    where the run ends (read there, not matched again at every number). A currency symbol,
    also a hit, starts none."""
    end = runs.get(at)
    if end is None:
        return ()
    return _rows_after(end - at, text[end : end + 2])


@functools.lru_cache(maxsize=4096)
def _rows_after(digits: int, after: str) -> tuple[int, ...]:
    """The digit-led rows whose head a number of ``digits`` digits followed by ``after`` (its
    next two characters, fewer at the end of the text) meets, in the table's order."""
    written = "0" * digits + after
    return tuple(
        index
        for index, head in enumerate(ix.DIGIT_LED_HEADS)
        if compiled(head).match(written) is not None
    )


# Above one run of digits every this many characters, a text is dense. A news table of
# results or prices (a run every 6 to 20 characters, words between) costs half as much tried
# at its numbers: each scan reads every character of the words too, for each pattern.
_DENSE = 5


URL_REACH = 300  # characters back to the start of a web address
_ADDRESS_MARKS = ("://", "www.", "@")  # what marks a web or e-mail address


def address_marks(text: str) -> list[int]:
    """Where the marks of a web or e-mail address ("://", "www.", "@") start in ``text``, in
    order: a number with none within :data:`URL_REACH` is in no address."""
    # Found by str.find, in C: a text cites a few addresses, and a regex scan for the marks
    # stops at every "w".
    return starts_of(text, _ADDRESS_MARKS)


def in_address(text: str, start: int, end: int) -> bool:
    """Inside a web or e-mail address: the run of non-space characters around the number
    holds "://", "www." or "@". (Where no mark of :func:`address_marks` starts within
    :data:`URL_REACH` of the number, no word there holds one: a caller tells that without
    reading it, as ``scan`` does.)"""
    # Bounded both ways: an unbounded find per number would be quadratic on hostile text.
    reach_start, reach_end = max(0, start - URL_REACH), min(len(text), end + URL_REACH)
    # No blank within reach: the word is read from the reach, not from the start of the text.
    left = max(
        text.rfind(" ", reach_start, start), text.rfind("\n", reach_start, start), reach_start - 1
    )
    right = min(
        (i for i in (text.find(" ", end, reach_end), text.find("\n", end, reach_end)) if i >= 0),
        default=reach_end,
    )
    word = text[left + 1 : right]
    return "://" in word or "www." in word or "@" in word
