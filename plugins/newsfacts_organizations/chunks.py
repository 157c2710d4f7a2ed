"""The sentences of a document read a chunk at a time, for the two passes of
:mod:`newsfacts_organizations.resolve` over them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import newsfacts
from newsfacts.plugin import Segment
from newsfacts_organizations import runs
from newsfacts_organizations.lexicon import Columns, joined_units, spliced
from newsfacts_organizations.rule_table import rules_for, unit_codes
from newsfacts_organizations.runs import Sentence
from newsfacts_organizations.vessel_runs import cut_vessel_runs, may_cut, ship_names

#: How many sentences a long text's passes read at a time (see :class:`_Sentences`). Small,
#: so that a chunk read again dies young: a chunk of 2,000 sentences outlived the garbage
#: collector's young generations, and every full collection then walked the whole article
#: again (4 MB of news took twice as long, with half the time in the collector).
_CHUNK = 100
#: How many characters a chunk may span (past its first sentence): a chunk of long sentences
#: (a page with no sentence marks) read because one of its words may open a name cost in
#: proportion to the whole chunk; 12,000 characters is a hundred sentences of news.
_CHUNK_CHARACTERS = 12_000
#: How many words of read sentences are kept for the second pass; the sentences past them are
#: read again. Some 46 bytes a word, about 46 MB (some 5 MB of news): the sentences kept are
#: the first ones, whose tokens' segments the document keeps anyway (see
#: newsfacts.tokens.KEPT_SEGMENTS, as many). (Measured with tracemalloc: 4 MB of news kept
#: whole took 28 MiB more than its first 200,000 words, and its organizations 4.7 -> 3.5 CPU s:
#: a sentence read again cost as much as the first time.)
_KEPT_WORDS = 1_000_000


class Sentences:
    """The sentences of a document with their units and runs, for the two passes over them.

    The text is read a chunk of :data:`_CHUNK` sentences at a time. The chunks read first are
    kept for the second pass up to :data:`_KEPT_WORDS` words; the chunks of a longer text are
    read again (reading is a pure function of the text, so both passes see the same sentences).
    Kept whole, a 20 MB text's sentences would hold a third of the memory it takes; and the cost
    grows smoothly with length, with no step where a text stops being kept.
    """

    def __init__(self, document: newsfacts.Document) -> None:
        self._document = document
        self._chunks = _chunked(document.sentences)
        self._kept: dict[int, list[Sentence]] = {}
        self._kept_words = 0
        #: the ships named after a navy's prefix, whose last word alone is the ship
        self._ships = ship_names(document.text)

    def _columns(self, spans: Sequence[Segment]) -> Columns:
        """The units of ``spans`` as columns: their texts, starts and ends (the tokens from
        the first one's start to the last one's end, possessives and abbreviation periods
        joined: see lexicon.units; no join crosses a sentence end, which comes before white
        space). They are the tokens' columns with the few joins spliced in, a slice at a time
        in C: no segment made for every token (some 1,600 instructions each, made
        and freed), nor a column made again from units' tuples."""
        if not spans:
            return Columns([], [], [])
        tokens = self._document.tokens
        first = tokens.index_at(spans[0].start)
        last = tokens.index_at(spans[-1].end, first)
        columns = Columns(
            tokens.texts_from(first, last),
            tokens.starts_from(first, last),
            tokens.ends_from(first, last),
        )
        joined = joined_units(columns, self._document.text)
        if not joined:
            return columns
        return Columns(
            spliced(columns.texts, [(at, unit.text) for at, unit in joined]),
            spliced(columns.starts, [(at, unit.start) for at, unit in joined]),
            spliced(columns.ends, [(at, unit.end) for at, unit in joined]),
        )

    def _read(
        self,
        index: int,
        units: Columns,
        codes: str,
        ruled: bool,
    ) -> list[Sentence]:
        """The sentences of chunk ``index`` (``units``: its units' columns, see _columns;
        ``codes``: theirs, see rule_table.unit_codes; ``ruled``: with
        their clues, which the rules read), kept if there is room."""
        read = self._kept.get(index)
        if read is None:
            spans = self._chunks[index]
            vocabulary = self._document.vocabulary
            read = runs.sentences(units, spans, vocabulary, codes, ruled)
            if may_cut(units.texts, self._ships):
                for sentence in read:
                    cut_vessel_runs(sentence, self._ships)  # "the USS Gerald R. Ford"
            words = len(units.texts)
            if self._kept_words + words <= _KEPT_WORDS:
                self._kept[index] = read
                self._kept_words += words
        return read

    def ruled(self, sports: bool) -> Iterator[tuple[int, list[Sentence]]]:
        """The first pass: each chunk (its index, its sentences) where a rule may find a name,
        its sentences with their words' clues (see rule_table.sentence_rules). A chunk where
        none may is not read into sentences (outside a sports report, whose rule reads every
        sentence): in texts of many short sentences, making them was most of the time."""
        for index, spans in enumerate(self._chunks):
            # The units' texts, read once: their codes, the chunk's and its sentences' words
            units = self._columns(spans)
            codes = unit_codes(units.texts, self._document.vocabulary)
            if sports or rules_for(runs.or_clues(codes[2::3])):
                yield index, self._read(index, units, codes, True)

    def chunks(
        self, may_hold: Callable[[frozenset[str]], bool]
    ) -> Iterator[tuple[int, list[Sentence]]]:
        """The second pass: each chunk (its index, its sentences), but a chunk to be read
        again whose words ``may_hold`` rules out: past :data:`_KEPT_WORDS`, reading a chunk
        again was most of the second pass, and most chunks name nothing it looks for."""
        for index, spans in enumerate(self._chunks):
            kept = self._kept.get(index)
            if kept is not None:
                yield index, kept
                continue
            units = self._columns(spans)
            if may_hold(frozenset(units.texts)):
                codes = unit_codes(units.texts, self._document.vocabulary)
                yield index, self._read(index, units, codes, False)


def _chunked(spans: Sequence[Segment]) -> list[Sequence[Segment]]:
    """``spans`` cut into chunks of at most :data:`_CHUNK` sentences and about
    :data:`_CHUNK_CHARACTERS` characters."""
    if len(spans) <= _CHUNK and (not spans or spans[-1].end - spans[0].start <= _CHUNK_CHARACTERS):
        # One chunk (nearly every article): its sentences are not tested one by one, a loop
        # in Python that cost some 1,000 instructions a sentence
        return [spans] if spans else []
    chunks: list[Sequence[Segment]] = []
    first = 0
    for index, span in enumerate(spans):
        full = index - first >= _CHUNK or span.end - spans[first].start > _CHUNK_CHARACTERS
        if full and index > first:
            chunks.append(spans[first:index])
            first = index
    if first < len(spans):
        chunks.append(spans[first:])
    return chunks
