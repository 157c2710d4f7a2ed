"""The tables of the names an article took, for the second pass over its sentences (see
:func:`newsfacts_organizations.resolve._taken_again`): as written, and folded to lower case
for the sentences in capitals, made only when one of them may hold a name."""

from __future__ import annotations

from newsfacts_organizations.lexicon import AMBIGUOUS, APOSTROPHES, POSSESSIVES, STOPWORDS, fold
from newsfacts_organizations.name_tables import Entry, NameTable

# What a possessive of a name of one word ends in, among a table's first words (see
# name_tables.name_lengths): "japan's", "breitbart news’"
_POSSESSIVE_ENDINGS = (*POSSESSIVES, *APOSTROPHES)


class AgainTables:
    """The names taken (``lexicon``), as written and folded. The folded table is made on first
    need: a text with no sentence in capitals (most long articles; a wire story's headline is
    one) makes no fold of every name taken (a tuple of lower-case words each) nor its table,
    and neither does one whose sentences in capitals hold no word that opens a name taken
    (most headlines: see :meth:`folded_opens`)."""

    def __init__(self, lexicon: dict[tuple[str, ...], Entry]) -> None:
        self._lexicon = lexicon
        self.written = NameTable(lexicon)
        self._folded: NameTable | None = None
        self._openers: frozenset[str] | None = None

    @property
    def folded(self) -> NameTable:
        """The names folded to lower case, but a word alone of lexicon.AMBIGUOUS ("AP") or of
        three letters or fewer: folded, it is a common word. Read for a sentence in capitals
        (see rules.names_in)."""
        if self._folded is None:
            self._folded = NameTable(
                {
                    fold(key): entry
                    for key, entry in self._lexicon.items()
                    if not (len(key) == 1 and _common_in_capitals(key[0]))
                }
            )
        return self._folded

    def folded_opens(self, lowered: list[str]) -> bool:
        """Whether a word of a sentence in capitals (``lowered``: its words in lower case)
        opens a name of the folded table. Asked first of the names' first words in lower case
        and of the possessives, a set made with no fold of every name: a table's first word
        is one of them (see name_tables.name_lengths), and a headline that holds none (most
        of them) needs no folded table made."""
        if self._openers is None:
            self._openers = frozenset(key[0].lower() for key in self._lexicon)
        if self._openers.isdisjoint(lowered) and not any(
            word.endswith(_POSSESSIVE_ENDINGS) for word in lowered
        ):
            return False
        return not self.folded.lengths.keys().isdisjoint(lowered)

    def may_hold(self, words: frozenset[str]) -> bool:
        """Whether ``words`` may hold a name of the tables: its first word as written, or in
        lower case for a sentence in capitals (see rules.names_in)."""
        if not self.written.lengths.keys().isdisjoint(words):
            return True
        return not self.folded.lengths.keys().isdisjoint(map(str.lower, words))


def _common_in_capitals(word: str) -> bool:
    """Whether ``word``, a name taken alone, may be a common word in a headline in capitals:
    one of lexicon.AMBIGUOUS ("AP"), or of three letters or fewer ("Sun"), but an acronym the
    article wrote in capitals that is no stopword ("It", "On"): the article's "his WBA
    cruiserweight title" names the body of its headline's "MILLER DEFENDS WBA ... TITLE"."""
    if word in AMBIGUOUS:
        return True
    if len(word) > 3:
        return False
    return not (len(word) > 1 and word.isalpha() and word.isupper()) or (
        word.capitalize() in STOPWORDS
    )
