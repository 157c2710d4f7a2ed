"""The candidates of a sentence the text repeats, found once and moved to where it repeats.

A text that repeats a sentence ("USA Today said so." a thousand times) had every rule and
every check run on each copy. What the rules find in a sentence and what the checks say of it
depend only on the sentence's words and where they stand in it, but for one check: whether a
person's name covers the candidate, which depends on where the sentence is (see
:func:`kept_but_for_people`). So the candidates of a sentence seen before are kept with their
offsets, moved by the distance between the two copies, and only that check is made again.
Not while tracing (``newsfacts explain``), where every decision is made and shown.
"""

from __future__ import annotations

from collections.abc import Callable

import newsfacts
from newsfacts_organizations import gates
from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.rules import Candidate
from newsfacts_organizations.runs import Sentence

# Every check of the table rejects: a candidate is kept when none holds, whatever their order.
_PERSON = "person"


def kept_but_for_people(candidacy: Candidacy) -> bool:
    """Whether no check of :data:`checks.CANDIDATE_CHECKS` rejects the candidate, but the one
    that asks whether a person's name covers it (where the sentence stands decides it); only
    the checks that may hold are asked (:data:`gates.SCREEN`)."""
    table = gates.SCREEN.table(*gates.features(candidacy))
    return not any(check.test(candidacy) for check in table if check.name != _PERSON)


Find = Callable[[Sentence], list[Candidate]]


class Repeats:
    """What :meth:`found` found in each sentence the text repeats, with the offset of its
    first unit. A sentence's text is only remembered the first time (most sentences of news
    come once), with whether anything was found in it: its words and their places are keyed
    from its second copy on, and only where its first copy held a candidate ("Smith." forty
    thousand times among namesakes holds none, and keying it cost more than its rules)."""

    def __init__(self, people: newsfacts.SpanSet) -> None:
        self._people = people
        self._seen: dict[str, bool] = {}
        self._found: dict[tuple[object, ...], tuple[int, list[Candidate]]] = {}

    def seen(self, sentence: Sentence) -> bool:
        """Whether a sentence of the same text came before, with a candidate found in it."""
        return self._seen.get(sentence.text, False)

    def note(self, sentence: Sentence, found: bool) -> None:
        """Remember the first copy of a sentence, and whether a candidate was ``found``."""
        self._seen.setdefault(sentence.text, found)

    def found(self, sentence: Sentence, find: Find, rules: tuple[object, ...]) -> list[Candidate]:
        """The candidates ``find`` finds in ``sentence`` (every check but the person's made by
        it) with ``rules``, that no person's name covers; found anew only for a sentence whose
        words and places came with these rules before."""
        first = sentence.starts[0]
        # The text, its units and their places in it: what the rules and the checks read.
        places = tuple(start - first for start in sentence.starts)
        key = (sentence.text, rules, tuple(sentence.texts), places)
        known = self._found.get(key)
        if known is None:
            candidates = find(sentence)
            self._found[key] = (first, candidates)
        else:
            before, candidates = known
            shift = first - before
            if shift:
                candidates = [
                    Candidate(c.start + shift, c.end + shift, c.key, c.entry, c.rule, c.last)
                    for c in candidates
                ]
        people = self._people
        return [c for c in candidates if not people.overlaps(c.start, c.end)]
