"""A government department's portfolio alone, the department once its full name is written:
"the Commerce Department ... Commerce said", "the Justice Department ... a Justice official".
Not inside another name or an office: "Secretary of State", "Chief Justice John
Roberts", "the Equal Justice Under Law motto"."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.lexicon import STOPWORDS
from newsfacts_organizations.name_tables import KNOWN

_DEPARTMENT = "Department of "


def _portfolio_of(name: str) -> str:
    """ "Department of the Treasury" -> "Treasury"; "" for no department of one word."""
    if not name.startswith(_DEPARTMENT):
        return ""
    portfolio = name.removeprefix(_DEPARTMENT).removeprefix("the ")
    return portfolio if portfolio.isalpha() else ""


def portfolio(key: tuple[str, ...], lower_case: frozenset[str]) -> Iterable[tuple[str, ...]]:
    """The portfolio a listed department's name as written holds ("Commerce Department",
    "Department of the Interior"; not "DOE"), the short name its later mentions go by; not a
    word the article writes in lower case ("the State Department ... the state's governor",
    "the Justice Department ... justice for the victims")."""
    entry = KNOWN.get(key)
    if entry is None or entry.kind != "government" or "Department" not in key:
        return
    word = _portfolio_of(entry.name)
    if word and word in key and word.lower() not in lower_case:
        yield (word,)


#: The one-word keys of the listed departments' portfolios (the gate of in_other_name).
PORTFOLIOS = frozenset((word,) for entry in KNOWN.values() if (word := _portfolio_of(entry.name)))


def in_other_name(c: Candidacy) -> str:
    """ "secretary of State", "Chief Justice John Roberts", "Transportation Secretary
    Pete Buttigieg": a department's portfolio alone (see :func:`portfolio`) after "of", or in a
    run of capitalized words (but the words opening a sentence: "If State obtains") names an
    office or another name, not the department."""
    candidate, sentence = c.candidate, c.sentence
    if candidate.key not in PORTFOLIOS or not candidate.entry.name.startswith(_DEPARTMENT):
        return ""
    at = candidate.last - 1
    texts = sentence.texts
    if at > 0 and texts[at - 1] == "of":
        return "of"
    index = bisect.bisect_right(sentence.runs, (at, len(texts))) - 1
    if index < 0 or sentence.runs[index][1] <= at:
        return ""
    start, end = sentence.runs[index]
    if end > at + 1:
        return texts[at + 1]
    before = texts[start:at]
    return "" if all(word in STOPWORDS for word in before) else before[-1]


__all__ = ["PORTFOLIOS", "in_other_name", "portfolio"]
