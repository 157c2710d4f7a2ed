"""The words a rule of the locations may start from, and the sentences that hold one.

A sentence is read only if one of its words may start a place (:class:`Openers`): a
gazetteer key's first word, capitalized ("Paris", "NEW YORK"), a word with a hyphen or an
apostrophe to strip ("Ukraine's", "D-N.Y."), or one of the other rules' words (a street's
noun, "counties"). What each word is, is asked once per extractor: news repeats its words.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterator, Set

import newsfacts
from newsfacts.plugin import Segment, Tokens, prefixed_title
from newsfacts_locations.gazetteer import Gazetteer, PackedPlaces
from newsfacts_locations.leads import hyphened_title

#: The entries each memo of a matcher (:class:`~newsfacts_locations.matching.Matcher`) and of
#: its openers holds at most (many texts' names and words): past them, the memos of runs and
#: of traits start anew, and no more words met are added (those are asked where met).
MEMO_SIZE = 1 << 16


class Openers:
    """The words met by an extractor's matcher, and those of them a match may start from
    (see :meth:`among`). Made with the matcher: its memos serve every text."""

    __slots__ = ("_met", "_starting", "gazetteer")

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        #: the words met, and those of them that start a key (see :meth:`among`)
        self._met: set[str] = set()
        self._starting: set[str] = set()

    def among(self, words: set[str]) -> set[str]:
        """The words among ``words`` a match may start from: capitalized words that start a
        gazetteer key or are one, in capitals too ("NEW YORK"), or hold a hyphen or an
        apostrophe to strip ("Ukraine's", "Washington-based", and a party letter's place:
        "D-N.Y."). A word in lower case starts none ("the" opens keys such as "the Hague",
        which a match, capitalized, never spells). Each word is asked once: a short text's
        words, each asked, cost more than the rest of its reading when it names no place, and
        news repeats its words. (The words met are only ever added to, up to
        :data:`MEMO_SIZE`, and a word that starts a key is added where it does before it is
        counted as met.)"""
        starting, met = self._starting, self._met
        new = words - met  # most words met before: a set of none, in C
        found = words & starting
        if not new:
            return found
        capitalized = [word for word in new if word[:1].isupper()]
        starts = self._keys_among(capitalized)
        # in capitals, a key or a key's first word in title case ("NEW YORK", "ITALY"), after
        # its prefix too ("DeKALB": "DeKalb")
        for word in [word for word in capitalized if word not in starts and _shouted(word)]:
            if self._keys_among([_title(word)]):
                starts.add(word)
        starts.update([word for word in capitalized if "-" in word or "'" in word or "’" in word])
        found |= starts
        if len(met) < MEMO_SIZE:
            starting |= starts
            met |= new
        return found

    def _keys_among(self, words: Collection[str]) -> set[str]:
        """The words that are a key or a key's first word (the packed gazetteer asked in one
        loop: most of a text's words are neither)."""
        firsts, keys = self.gazetteer.span_by_first_word, self.gazetteer.places
        found = firsts.keys() & words
        if isinstance(keys, PackedPlaces):
            return found | keys.among(words)
        return found | {word for word in words if word in keys}

    def sentences(
        self, document: newsfacts.Document, triggers: Set[str]
    ) -> Iterator[tuple[Segment, SentenceTokens]]:
        """The sentences of ``document`` with a word a match may start from (:meth:`among`)
        or one of ``triggers`` (the other rules' words), in order, each with the tokens
        lying wholly inside it (as ``document.tokens_between`` gives them) as columns (see
        :class:`SentenceTokens`). Each sentence's words are asked of the memos in C loops (set
        look-ups, none made per token), each stopping at the first word that opens: most
        sentences name a place early. Only a sentence that holds neither and a word not met
        before asks for its new words. (Its tokens are found by bisecting the tokens' offsets
        as the core keeps them: a bisection makes an int of the few offsets it reads, where a
        list of them, made once per text, made one of every offset, at the cost of a fifth of
        this reading.)"""
        tokens = document.tokens
        texts = list(tokens.texts())
        starts, ends = tokens.starts, tokens.ends
        starting, met = self._starting, self._met
        first = 0
        for sentence in document.sentences:
            start, end = sentence.start, sentence.end
            first = bisect_left(starts, start, first)
            last = bisect_left(starts, end, first)  # the tokens that start inside it
            words = texts[first:last]
            if (
                starting.isdisjoint(words)
                and triggers.isdisjoint(words)
                and (met.issuperset(words) or not self.among(set(words) - met))
            ):
                continue
            while last > first and ends[last - 1] > end:  # (one that ends past it: not in it)
                last -= 1
                words.pop()
            yield sentence, SentenceTokens(tokens, first, last, words)


class SentenceTokens:
    """The tokens of one sentence read, as columns: their texts, start and end offsets,
    lists sliced in C from the core's (see ``Tokens.starts_from``), from which the matcher
    and the words around each name are read; and their segments, for the rules that read
    tokens as segments, made on the first call of :meth:`segments` (this sentence's alone:
    see ``Tokens.segments_from``). Most sentences that name no place, and many that do, are
    read with none made: a segment costs some 1,600 instructions made and freed, a
    column's item a few."""

    __slots__ = ("_first", "_last", "_segments", "_tokens", "ends", "starts", "texts")

    def __init__(self, tokens: Tokens, first: int, last: int, texts: list[str]) -> None:
        self._tokens, self._first, self._last = tokens, first, last
        #: the tokens' texts (``texts``: the caller's slice of the texts column)
        self.texts = texts
        #: the tokens' start and end offsets in the text
        self.starts = tokens.starts_from(first, last)
        self.ends = tokens.ends_from(first, last)
        self._segments: tuple[Segment, ...] | None = None

    def __len__(self) -> int:
        return len(self.texts)

    def segments(self) -> tuple[Segment, ...]:
        """The tokens as segments, made on the first call and kept."""
        if self._segments is None:
            self._segments = self._tokens.segments_from(self._first, self._last)
        return self._segments


def _title(word: str) -> str:
    """The form of a word in capitals a key may start with (as the matcher looks it up)."""
    if not word.isupper():
        return prefixed_title(word)
    return hyphened_title(word) if "-" in word else word.title()


def _shouted(word: str) -> bool:
    """In capitals ("NEW", "ST."), or ending so after a prefix ("DeKALB", "McALLEN")."""
    return word.isupper() or word[-1:].isupper()
