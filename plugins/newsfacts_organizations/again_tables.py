"""The tables of the names an article took, for the second pass over its sentences (see
:func:`newsfacts_organizations.resolve._taken_again`): as written, and folded to lower case
for the sentences in capitals, made only when one of them is read."""

from __future__ import annotations

from newsfacts_organizations.lexicon import AMBIGUOUS, fold
from newsfacts_organizations.name_tables import Entry, NameTable


class AgainTables:
    """The names taken (``lexicon``), as written and folded. The folded table is made on first
    need: a text with no sentence in capitals (most long articles; a wire story's headline is
    one) makes no fold of every name taken (a tuple of lower-case words each) nor its table."""

    def __init__(self, lexicon: dict[tuple[str, ...], Entry]) -> None:
        self._lexicon = lexicon
        self.written = NameTable(lexicon)
        self._folded: NameTable | None = None

    @property
    def folded(self) -> NameTable:
        """The names folded to lower case, but a word alone of three letters or fewer or of
        lexicon.AMBIGUOUS ("AP"): folded, it is a common word. Read for a sentence in
        capitals (see rules.names_in)."""
        if self._folded is None:
            self._folded = NameTable(
                {
                    fold(key): entry
                    for key, entry in self._lexicon.items()
                    if not (len(key) == 1 and (len(key[0]) <= 3 or key[0] in AMBIGUOUS))
                }
            )
        return self._folded

    def may_hold(self, words: frozenset[str]) -> bool:
        """Whether ``words`` may hold a name of the tables: its first word as written, or in
        lower case for a sentence in capitals (see rules.names_in)."""
        if not self.written.lengths.keys().isdisjoint(words):
            return True
        return not self.folded.lengths.keys().isdisjoint(map(str.lower, words))
