"""Who speaks: a speaker phrase next to a cue, resolved to a person, an organization or a
pronoun's antecedent."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

import newsfacts
from newsfacts.plugin import Person, read_words
from newsfacts_quotes import lexicon as lx

_NOT_SPEAKERS = read_words("newsfacts_quotes", "not_speakers.txt")
_MAX_PHRASE_WORDS = 8
_CHUNK_BREAK = regex.compile(r"[,;—–]|\s-\s")
_ANTECEDENT_LOOKBACK = 40  # person mentions looked at to resolve a pronoun
# Mentions looked through for one whose gender fits "he"/"she" before the nearest person of
# unknown gender is taken ("Trump ... Roseanne Barr ... she tweeted").
_GENDER_LOOKBACK = 2


@attrs.frozen
class Speaker:
    """A resolved speaker and the mention it was found from."""

    name: str | None
    start: int
    end: int


class _Index:
    """Facts sorted by start, for the facts inside a stretch in logarithmic time."""

    def __init__(self, facts: Sequence[newsfacts.Fact]) -> None:
        self.facts = sorted(facts, key=lambda fact: fact.start)
        self.starts = [fact.start for fact in self.facts]

    def inside(self, start: int, end: int) -> list[newsfacts.Fact]:
        index = bisect.bisect_left(self.starts, start)
        found = []
        while index < len(self.facts) and self.facts[index].start < end:
            if self.facts[index].end <= end:
                found.append(self.facts[index])
            index += 1
        return found

    def before(self, offset: int) -> Sequence[newsfacts.Fact]:
        """The facts ending before ``offset``, nearest last (a bounded stretch of them)."""
        index = bisect.bisect_left(self.starts, offset)
        return self.facts[max(0, index - _ANTECEDENT_LOOKBACK) : index]


def _position(fact: newsfacts.Fact) -> tuple[int, int]:
    # A person and an organization may share a span ("Trump"): the person wins ties.
    return (fact.start, 0 if isinstance(fact, Person) else 1)


def _name(fact: newsfacts.Fact) -> str:
    name = getattr(fact, "name", None)
    return name if isinstance(name, str) and name else fact.text


class Speakers:
    """Finds speakers in the phrases next to cues, with the article's people and organizations."""

    def __init__(
        self,
        text: str,
        people: Sequence[newsfacts.Fact],
        organizations: Sequence[newsfacts.Fact],
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.people = _Index(people)
        self.organizations = _Index(organizations)
        # The quoted stretches (ascending, disjoint): a name said inside a quote is no
        # antecedent of the pronoun that attributes it ('“Trump has freed ...,” she tweeted').
        self.quoted = sorted(quoted)
        self.quoted_starts = [stretch[0] for stretch in self.quoted]

    def _in_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self.quoted_starts, offset) - 1
        return index >= 0 and offset < self.quoted[index][1]

    def _words(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [
            (m.start(), m.end(), m.group())
            for m in lx.WORD.finditer(self.text, start, end, timeout=1.0)
        ]

    def subject(self, start: int, end: int, *, participle: bool = False) -> Speaker | None:
        """The speaker in a phrase standing before its cue: "the ISW, a think tank, said".

        The subject of a participle ("..., calling him “a failed candidate”") is that of the
        main clause: the first person or pronoun of the phrase.
        """
        if participle:
            first = self.first_speaker(start, end)
            if first is not None:
                return first
        chunks = [chunk for chunk in self._chunks(start, end) if chunk]
        # Only a stretch closed by a comma before the cue can be an appositive
        # ("Trump, who spoke in Ohio, said"); "..., the State Department told" is the subject.
        closed = bool(chunks) and _CHUNK_BREAK.search(self.text, chunks[-1][-1][1], end)
        while len(chunks) > 1 and closed and self._describes(chunks[-1]):
            chunks.pop()
        if not chunks:
            return None
        words = chunks[-1]
        return self._resolve(words, last=True)

    def after_cue(self, start: int, end: int, *, pronoun: bool = True) -> Speaker | None:
        """The speaker in a phrase standing after its cue: "said Mr Trump, who ..."."""
        chunks = self._chunks(start, end)
        if not chunks or not chunks[0] or chunks[0][0][2].lower() in _NOT_SPEAKERS:
            return None
        if not pronoun and chunks[0][0][2].lower() in lx.PRONOUNS:
            return None
        return self._resolve(chunks[0], last=False)

    def first_speaker(self, start: int, end: int) -> Speaker | None:
        """The first person or he/she in ``start``..``end``."""
        people = self.people.inside(start, end)
        for word in self._words(start, end):
            if people and people[0].start <= word[0]:
                return Speaker(_name(people[0]), people[0].start, people[0].end)
            if lx.PRONOUNS.get(word[2].lower(), "self") in ("m", "f"):
                return self.pronoun(word[0], word[1])
        return None

    def lead(self, start: int, end: int) -> tuple[Speaker, str] | None:
        """A speaker opening ``start``..``end`` and the verb right after it: '” he mocks'."""
        words = self._words(start, min(end, start + 120))[:6]
        if len(words) < 2 or self.text[start : words[0][0]].strip(" \u00a0,") != "":
            return None
        first = words[0]
        speaker: Speaker | None = None
        rest = words[1:]
        if first[2].lower() in lx.PRONOUNS and first[2].lower() != "who":
            speaker = self.pronoun(first[0], first[1])
        else:
            people = self.people.inside(first[0], words[-1][1])
            if people and people[0].start == first[0]:
                person = people[0]
                speaker = Speaker(_name(person), person.start, person.end)
                rest = [word for word in words if word[0] >= person.end]
        if speaker is None or not rest:
            return None
        verb = rest[0]
        if not verb[2].isalpha() or not verb[2].islower() or verb[2] in _NOT_SPEAKERS:
            return None
        if self.text[speaker.end : verb[0]].strip():
            return None
        return speaker, verb[2]

    def nearest_person(self, offset: int, floor: int) -> Speaker | None:
        """The person mentioned last before ``offset``, not before ``floor``."""
        before = self.people.before(offset)
        if before and before[-1].start >= floor:
            person = before[-1]
            return Speaker(_name(person), person.start, person.end)
        return None

    def _chunks(self, start: int, end: int) -> list[list[tuple[int, int, str]]]:
        chunks: list[list[tuple[int, int, str]]] = [[]]
        position = start
        for word in self._words(start, end):
            if _CHUNK_BREAK.search(self.text, position, word[0]):
                chunks.append([])
            chunks[-1].append(word)
            position = word[1]
        return chunks

    def _describes(self, words: list[tuple[int, int, str]]) -> bool:
        first = words[0][2]
        if first.lower() in lx.APPOSITIVE_OPENERS or all(w[2].isdigit() for w in words):
            return True  # ", a think tank,", "Ramos, 58, told": an age describes
        # "though he": a clause with its own subject pronoun is not a description.
        personal = any(lx.PRONOUNS.get(word[2].lower(), "any") != "any" for word in words)
        return first[0].islower() and not personal

    def _resolve(self, words: list[tuple[int, int, str]], *, last: bool) -> Speaker | None:
        start, end = words[0][0], words[-1][1]
        # The name nearest the cue: "In a letter to Hillary Clinton - the State Department".
        named = self.people.inside(start, end) + self.organizations.inside(start, end)
        if named:
            fact = max(named, key=_position) if last else min(named, key=_position)
            return Speaker(_name(fact), fact.start, fact.end)
        pronoun = words[-1] if last else words[0]
        if pronoun[2].lower() in lx.PRONOUNS and (len(words) <= 2 or not last):
            return self.pronoun(pronoun[0], pronoun[1])
        while words and words[0][2].lower() in ("the", "a", "an"):
            words = words[1:]
        if words and words[0][2].lower() in _NOT_SPEAKERS:
            return None
        while words and (words[-1][2] in _NOT_SPEAKERS or words[-1][2].endswith("ly")):
            words = words[:-1]
        if not words or len(words) > _MAX_PHRASE_WORDS:
            return None
        if not any(word[2][0].isupper() for word in words) and len(words) > 4:
            return None
        start, end = words[0][0], words[-1][1]
        return Speaker(self.text[start:end], start, end)

    def pronoun(self, start: int, end: int) -> Speaker:
        """A pronoun speaker, resolved to the nearest person (or organization) it fits.

        An unresolved pronoun ("I" of the writer, "she" with no fitting person before it)
        still marks who speaks: its name is None, its offsets point at the pronoun.
        """
        kind = lx.PRONOUNS[self.text[start:end].lower()]
        if kind != "self":
            index = self.organizations if kind == "org" else self.people
            unknown: newsfacts.Fact | None = None
            candidates = [f for f in index.before(start) if not self._in_quote(f.start)]
            for rank, fact in enumerate(reversed(candidates)):
                if unknown is not None and rank >= _GENDER_LOOKBACK:
                    break
                known = fact.gender if isinstance(fact, Person) else None
                if kind not in ("m", "f") or known == kind:
                    return Speaker(_name(fact), start, end)
                if known is None and unknown is None:
                    unknown = fact
            if unknown is not None:
                return Speaker(_name(unknown), start, end)
        return Speaker(None, start, end)
