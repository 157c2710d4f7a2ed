"""Names listed after a plural noun of organizations: "firms including Mobil, Shell and
Caltex", "banks such as Barclays and Lloyds", "broadcasters like the BBC".

The nouns and the kind they tell are ``data/list_cues.tsv``. After the noun and one of
:data:`INTRODUCERS`, each capitalized name of the list, separated by commas, "and" or "or",
is a candidate; the list ends at the first other word.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts.plugin import read_table
from newsfacts_organizations.lexicon import PACKAGE
from newsfacts_organizations.rules import CUE_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence, trim

NOUNS = {
    noun: (None if kind == "-" else kind)
    for noun, kind in read_table(PACKAGE, "list_cues.tsv", columns=2)
}
#: The words between the noun and the list.
INTRODUCERS = (("including",), ("such", "as"), ("like",), ("among", "them"))
#: Between two names of the list; a name's own "and" ("Procter and Gamble") splits it too.
LINKS = frozenset((",", "and", "or"))
#: A list longer than this is a table or a run of names, not phrasing.
MOST_NAMES = 12


def listed_names(sentence: Sentence) -> Iterator[Candidate]:
    """The names of each list a plural noun of organizations introduces."""
    lowered = sentence.lowered
    if sentence.caps or sentence.title or NOUNS.keys().isdisjoint(lowered):
        return
    for index, word in enumerate(lowered):
        if word not in NOUNS:
            continue
        start = _list_start(lowered, index + 1)
        if start is not None:
            yield from _members(sentence, start, NOUNS[word])


def _list_start(lowered: list[str], index: int) -> int | None:
    """Where the list starts, after an introducer at ``index``; None without one."""
    for words in INTRODUCERS:
        if tuple(lowered[index : index + len(words)]) == words:
            return index + len(words)
    return None


def _members(sentence: Sentence, index: int, kind: str | None) -> Iterator[Candidate]:
    """The names from ``index`` on, while names and links alternate."""
    texts, capital = sentence.texts, sentence.capital
    count = len(texts)
    for _ in range(MOST_NAMES):
        if index < count and texts[index] == "the":
            index += 1  # "broadcasters like the BBC"
        end = index
        while end < count and (capital[end] or (end > index and texts[end] == "&")):
            end += 1
        if end > index:
            end = _domain_end(sentence, end)
        first, last = trim(sentence, index, end)
        if last <= first:
            return
        yield make(sentence, first, last, None, kind, CUE_RULE)
        if end >= count or texts[end] not in LINKS:
            return
        index = end + 1
        if index < count and texts[index - 1] == "," and texts[index] in ("and", "or"):
            index += 1  # the serial comma: "Mobil, Shell, and Caltex"


def _domain_end(sentence: Sentence, end: int) -> int:
    """Past a web domain's suffix glued to the name ("JD.com", "Amazon.co.uk"), where the
    list goes on; the name itself ends before it ("JD")."""
    texts, starts, ends = sentence.texts, sentence.starts, sentence.ends
    while (
        end + 1 < len(texts)
        and texts[end] == "."
        and texts[end + 1].isalnum()
        and texts[end + 1].islower()
        and starts[end] == ends[end - 1]
        and starts[end + 1] == ends[end]
    ):
        end += 2
    return end
