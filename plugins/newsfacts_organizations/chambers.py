"""Legislative chambers named by one ordinary word: "the House", "House Republicans"."""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts.plugin import read_table, read_words
from newsfacts_organizations.lexicon import KNOWN, PACKAGE, key_of
from newsfacts_organizations.rules import HEAD_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence

CHAMBERS = {
    word: KNOWN[key_of(name)] for word, name in read_table(PACKAGE, "chambers.tsv", columns=2)
}
CHAMBER_KEYS = frozenset((word,) for word in CHAMBERS)
FOLLOWERS = read_words(PACKAGE, "chamber_followers.txt")


def chamber_names(sentence: Sentence) -> Iterator[Candidate]:
    """ "the House voted", "House Speaker Paul Ryan"; not "House prices" nor "Opera House"."""
    if sentence.caps or CHAMBERS.keys().isdisjoint(sentence.texts):
        return
    texts = sentence.texts
    for start, end in sentence.runs:
        entry = CHAMBERS.get(texts[start])
        if entry is None:
            continue
        after_the = start > 0 and texts[start - 1] in ("the", "The")
        if (end == start + 1 and after_the) or (end > start + 1 and texts[start + 1] in FOLLOWERS):
            yield make(sentence, start, start + 1, entry, None, HEAD_RULE)
