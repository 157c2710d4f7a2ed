"""Properties of words, computed once per distinct word and shared from article to article.

Article after article, an extractor meets the same few thousand words: "the", "said",
"Monday", "Minister". What a plugin wants to know of a word (its lower-case form, whether it
is capitalized, a code its rules read) is a pure function of the word, so it is worth
computing once and looking up after. A :class:`Vocabulary` holds those look-ups, one
:class:`WordColumn` per property::

    >>> vocabulary = Vocabulary()
    >>> lower = vocabulary.column(str.lower)
    >>> list(map(lower.__getitem__, ["The", "Minister", "said"]))
    ['the', 'minister', 'said']
    >>> vocabulary.column(str.lower) is lower  # the same property: the same column
    True

The :class:`~newsfacts.Extractor` owns one vocabulary and hands it to every article's
:class:`~newsfacts.Document` (``document.vocabulary``): plugins share it, each worker process
has its own, and nothing is kept at module level. Reading a column is a dictionary look-up,
so a whole sentence is read with one C-level ``map``. Past :attr:`Vocabulary.limit` distinct
words (a long run over endless new words: names, numbers) it starts afresh, between articles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

Value = TypeVar("Value")

#: How many distinct words a vocabulary keeps before it starts afresh: a word costs some
#: 100 bytes a column, and a page of news has a few hundred words to learn again.
WORDS_KEPT = 50_000


class WordColumn(dict[str, Value]):
    """One property of words: ``column[word]`` is ``compute(word)``, computed the first time
    the word is asked for and looked up after. ``compute`` must be a pure function of the
    word (the column may be emptied at any time between articles)."""

    __slots__ = ("compute",)

    def __init__(self, compute: Callable[[str], Value]) -> None:
        super().__init__()
        #: The function of a word whose values the column holds.
        self.compute = compute

    def __missing__(self, word: str) -> Value:
        value = self[word] = self.compute(word)
        return value


class Vocabulary:
    """The words an extractor has met, with their properties: one :class:`WordColumn` per
    function of a word, made by :meth:`column`."""

    __slots__ = ("_columns", "limit")

    def __init__(self, limit: int = WORDS_KEPT) -> None:
        #: How many distinct words a column may hold before :meth:`renew` empties them all.
        self.limit = limit
        self._columns: dict[Callable[[str], Any], WordColumn[Any]] = {}

    def column(self, compute: Callable[[str], Value]) -> WordColumn[Value]:
        """The column of ``compute``'s values (one column per function, made on first use)."""
        found = self._columns.get(compute)
        if found is None:
            found = self._columns[compute] = WordColumn(compute)
        return cast("WordColumn[Value]", found)  # a string: no alias made on each call

    def renew(self) -> None:
        """Empty every column if one holds more than :attr:`limit` words. The extractor asks
        before each article; an article another thread is reading meanwhile only computes
        again what it asks for next (a column's values are pure functions of the word)."""
        if max(map(len, self._columns.values()), default=0) > self.limit:
            for column in self._columns.values():
                column.clear()

    def __repr__(self) -> str:
        words = max(map(len, self._columns.values()), default=0)
        return f"<Vocabulary: {len(self._columns)} columns, up to {words} words>"
