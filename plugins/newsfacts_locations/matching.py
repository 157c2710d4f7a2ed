"""Find gazetteer names in runs of the core's tokens: longest match first, no re-splitting.

A *candidate* is a stretch of text whose tokens spell a gazetteer key. Possessives ("Ukraine’s")
and compounds ("Washington-based") give a candidate covering the name only; a pair of places
("US-China", "Amsterdam-London") gives one for each. In a shouted
(all-capitals) sentence, such as a headline or a dateline (:mod:`newsfacts_locations.capitals`),
words are looked up in title case.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import compress
from typing import NamedTuple, cast

from newsfacts.plugin import Segment
from newsfacts_locations.context import Traits
from newsfacts_locations.gazetteer import Gazetteer, Place
from newsfacts_locations.leads import Leads
from newsfacts_locations.lookup_forms import lookup_form, lookup_forms, strip_possessive, variants
from newsfacts_locations.openers import MEMO_SIZE, Openers, SentenceTokens
from newsfacts_locations.words import CITY_BODIES, DEMONYMS, DIVISION_TITLES, UNTITLED_DIVISIONS

PAIR_CITY = 100_000  # a town after a hyphen is a place only this large: "Amsterdam-London"


class Candidate(NamedTuple):
    """A gazetteer name found in the text: character offsets, token indices, the places.

    (A named tuple: one is made for every gazetteer name of every article, and a frozen attrs
    class costs several times more to make.)
    """

    start: int
    end: int
    first: int  # index of the first token in the sentence's token list
    last: int  # index of the last token
    key: str
    places: tuple[Place, ...]
    shouted: bool  # written in capitals
    compound: bool  # the name is the first part of a hyphenated word ("Washington-based")


class Columns(NamedTuple):
    """Tokens as columns (a sentence's, or a run of them): their texts, start and end offsets.
    The matcher reads these, not segments: a sentence's made from the core's columns cost a
    few instructions a token, its segments some 1,600 (see ``Tokens.segments_from``)."""

    texts: list[str]
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, tokens: Sequence[Segment]) -> Columns:
        """The columns of ``tokens``, segments a rule holds (a few words after a name)."""
        return cls(
            [token.text for token in tokens],
            [token.start for token in tokens],
            [token.end for token in tokens],
        )

    @classmethod
    def of_sentence(cls, tokens: SentenceTokens) -> Columns:
        """The columns of a sentence read (no segment made)."""
        return cls(tokens.texts, tokens.starts, tokens.ends)

    def part(self, start: int, stop: int) -> Columns:
        """The columns of the tokens from ``start`` up to ``stop`` (a slice of each)."""
        return Columns(self.texts[start:stop], self.starts[start:stop], self.ends[start:stop])


# A candidate made from its fields' tuple by tuple.__new__, in C: the named tuple's own
# __new__ is a Python function, a call and a frame for every match.
_NEW_CANDIDATE = cast("Callable[[type[Candidate], tuple[object, ...]], Candidate]", tuple.__new__)


class Matcher:
    """The gazetteer matcher of an extractor: it remembers what the gazetteer holds for each
    run of words it has looked up, for news repeats its names ("in Red Oak, Iowa" a thousand
    times looks "Red Oak" up once), from text to text too. Its memos are bounded
    (:data:`MEMO_SIZE`) and hold only what the gazetteer says.
    """

    __slots__ = ("_hits", "_opens", "_shouted", "_traits", "gazetteer", "leads", "openers")

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        #: a run of lookup forms -> the keys it starts with (see :func:`_hits`)
        self._hits: dict[tuple[str, ...], tuple[_Hit, ...]] = {}
        #: the traits of each name's places, by identity (each tuple kept alive with them)
        self._traits: dict[int, tuple[tuple[Place, ...], Traits]] = {}
        #: the words met, and those that a match may start from (see :class:`Openers`)
        self.openers = Openers(gazetteer)
        #: the forms and starts of matches of the words of sentences in lower case
        self.leads = Leads(gazetteer.places, self._opens_match)
        #: the lookup forms met, and whether each may start a match (see :meth:`_starts`)
        self._opens: dict[str, bool] = {}
        #: the words of sentences in capitals met, and the form of each to look up
        self._shouted: dict[str, str] = {}

    def traits(self, places: tuple[Place, ...], key: str) -> Traits:
        """What the places of a name ``key`` say (the gazetteer's own tuple: one per name)."""
        found = self._traits.get(id(places))
        if found is None or found[0] is not places:  # (a copy of the memo holds copies)
            if len(self._traits) >= MEMO_SIZE:
                self._traits.clear()
            found = self._traits[id(places)] = (places, Traits.of(places, key))
        return found[1]

    def candidates(self, tokens: Columns, caps: bool, caps_until: int = 0) -> list[Candidate]:
        """Longest gazetteer matches among ``tokens`` (one sentence), left to right.

        ``caps``: the whole sentence is in capitals; ``caps_until``: its first tokens are (a
        dateline).
        """
        texts = tokens.texts
        if caps:  # a headline (see _shouted_forms)
            words = self._shouted_forms(texts)
            starts = self._starts(words)
        elif caps_until:  # a dateline
            words = lookup_forms(texts, caps, caps_until, self.gazetteer.places)
            starts = self._starts(words)
        else:  # most sentences (see Leads)
            words, starts = self.leads.read(texts)
        found: list[Candidate] = []
        spans, memo = self.gazetteer.span_by_first_word, self._hits
        after = 0  # the first token not yet inside a match
        for index in starts:
            if index < after:
                continue
            # the run of words as long as the longest key its first word starts (1 if none of
            # several words), and the keys it starts with, from the memo (see _longest)
            run = tuple(words[index : index + spans.get(words[index], 1)])
            hits = memo.get(run)
            if hits is None:
                hits = self._run_hits(run)
            match = (
                self._match(hits, words, index, caps or index < caps_until, tokens)
                if hits  # (a start of no key: most of those of a few words, "New" of "New Year")
                else None
            )
            if match is None and "-" in words[index] and words[index].partition("-")[0] in DEMONYMS:
                match = self._second_half(words, index, caps, tokens)  # "Egyptian-US relations"
            if match is None:
                continue
            found.append(match)
            after = match.last + 1
            if match.compound:
                pair = self._second_half(words, index, caps, tokens, match.places)  # "US-China"
                if pair is not None:
                    found.append(pair)
                    after = pair.last + 1
        return found

    def first(self, tokens: Columns, caps: bool) -> Candidate | None:
        """The match starting at the first of ``tokens``, if any: the first of
        :meth:`candidates` if it starts there, found without looking further."""
        texts = tokens.texts
        if not texts or not self._starts([lookup_form(texts[0], caps)]):
            return None  # "in Red Oak", after "Iowa,": the other words' forms not even made
        words = [lookup_form(text, caps) for text in texts]
        return self._longest(words, 0, caps, tokens)

    def _shouted_forms(self, texts: Sequence[str]) -> list[str]:
        """The forms to look up of the words of a sentence in capitals (see :func:`lookup_form`),
        each word's form kept: a headline's words are looked up in a C loop, and only those
        not met before are read one by one (up to :data:`MEMO_SIZE` words)."""
        found = list(map(self._shouted.get, texts))
        if None in found:  # words not met before
            return [
                self._shouted_form(text) if form is None else form
                for text, form in zip(texts, found, strict=True)
            ]
        return cast("list[str]", found)  # (every word met: a form for each)

    def _shouted_form(self, text: str) -> str:
        """The form to look up of ``text`` in capitals, noted."""
        form = lookup_form(text, True)
        if len(self._shouted) < MEMO_SIZE:
            self._shouted[text] = form
        return form

    def _starts(self, words: list[str]) -> list[int]:
        """The indices of the words that may start a match (see :meth:`_opens_match`). Each
        form's answer is kept: a sentence's words are looked up in C loops, and only the forms
        not met before (few, once the memo has seen some news) are asked one by one."""
        opens = self._opens
        found = list(map(opens.get, words))
        if None in found:  # forms not met before
            found = [
                self._opens_match(word) if known is None else known
                for word, known in zip(words, found, strict=True)
            ]
        return list(compress(range(len(words)), found))

    def _opens_match(self, word: str) -> bool:
        """Whether the form ``word`` may start a match: capitalized, and a key or a key's first
        word, or with a possessive or a hyphen to strip ("Ukraine's", "Washington-based"). The
        packed gazetteer's own test of a word that is neither ("The", "Reuters", most
        capitalized words) is three Python calls: asked once per form, the answer noted (up to
        :data:`MEMO_SIZE` forms)."""
        gazetteer = self.gazetteer
        found = word[:1].isupper() and (
            word in gazetteer.span_by_first_word
            or word in gazetteer.places
            or "'" in word
            or "’" in word
            or "-" in word[1:]
        )
        if len(self._opens) < MEMO_SIZE:
            self._opens[word] = found
        return found

    def _run_hits(self, run: tuple[str, ...]) -> tuple[_Hit, ...]:
        """The keys that ``run`` starts with (see :func:`_hits`), noted in the memo."""
        hits = self._hits.get(run)
        if hits is None:
            if len(self._hits) >= MEMO_SIZE:
                self._hits.clear()
            hits = self._hits[run] = _hits(self.gazetteer.places, run)
        return hits

    def _longest(
        self, words: list[str], index: int, caps: bool, tokens: Columns
    ) -> Candidate | None:
        """The longest key starting at ``words[index]`` whose tokens are written tight."""
        # (a word that starts no key of several words is missing from the spans: its span is 1)
        longest = self.gazetteer.span_by_first_word.get(words[index], 1)
        return self._match(
            self._run_hits(tuple(words[index : index + longest])), words, index, caps, tokens
        )

    def _match(
        self,
        hits: tuple[_Hit, ...],
        words: list[str],
        index: int,
        caps: bool,
        tokens: Columns,
    ) -> Candidate | None:
        """The longest of ``hits``, the keys the words from ``index`` start with, whose tokens
        are written tight."""
        for length, size, compound, key, places in hits:
            last = index + length - 1
            if length > 1 and not _tight(tokens, index, last):
                continue
            following = words[last + 1] if last + 1 < len(words) else ""
            if (
                following in CITY_BODIES  # (one set test first: most names have none after them)
                and key.endswith(" City")
                and _city_body(words, last, key, places, hits)
            ):
                continue
            start = tokens.starts[index]
            end = tokens.starts[last] + size
            if length > 1 and words[last] == "." and tokens.starts[last] > tokens.ends[last - 1]:
                # the point of a text split into tokens ("Tampa , Fla . The"): it
                # ends the sentence, the name is the word before it
                last, end = last - 1, tokens.ends[last - 1]
            capitals = caps or words[index] != tokens.texts[index]
            match = _NEW_CANDIDATE(
                Candidate, (start, end, index, last, key, places, capitals, compound)
            )
            if following in _TITLE_FORMS:
                return _titled_division(match, words, tokens)
            return match  # most names: no noun of divisions after them (one set test)
        return None

    def _second_half(
        self,
        words: list[str],
        index: int,
        caps: bool,
        tokens: Columns,
        first: Sequence[Place] = (),
    ) -> Candidate | None:
        """The place after the hyphen of a pair of places: "US-China", "DPRK-South Korea"; a
        division, a country or a city above 100,000 people, or a smaller town in a state
        that holds a reading of the first half (``first``): a pair of towns of one state
        names neighbours ("Champaign-Urbana", "Logan-Rogersville schools"), where a firm's
        or a couple's names join towns far apart ("Harley-Davidson", "Obama-Clinton")."""
        head, _, tail = words[index].partition("-")
        if not tail[:1].isupper() or "-" in tail:
            return None
        offset = len(head) + 1
        # the words a match may span and no more: not a copy of the rest of the sentence
        end = index + max(self.gazetteer.span_by_first_word.get(tail, 0), 1)
        halves = Columns(
            [tokens.texts[index][offset:], *tokens.texts[index + 1 : end]],
            [tokens.starts[index] + offset, *tokens.starts[index + 1 : end]],
            tokens.ends[index:end],
        )
        match = self._longest([tail, *words[index + 1 : end]], 0, caps, halves)
        if match is None or match.compound:
            return None
        if not any(_known(p) or _same_state(p, first) for p in match.places):
            return None  # "Merriam-Webster": no Webster in Kansas
        return match._replace(first=match.first + index, last=match.last + index)


def _titled_division(match: Candidate, words: list[str], tokens: Columns) -> Candidate:
    """The match with the capitalized noun of a division after it, when that ends a name of a
    division: "Enugu State", "Garissa County", "Kandahar Province" are the division, not the
    town of its name; not "Lagos State Governor", whose noun opens an office's name (see
    :data:`~newsfacts_locations.words.DIVISION_TITLES`)."""
    after = match.last + 1  # (the caller has seen one of _TITLE_FORMS there)
    if match.compound or match.end != tokens.ends[match.last]:
        return match  # "Enugu-based", "Enugu's": no noun of its own after it
    title = strip_possessive(words[after])
    if title not in DIVISION_TITLES or not _tight(tokens, match.last, after):
        return match
    if after + 1 < len(words) and words[after + 1][:1].isupper() and title == words[after]:
        return match
    if any(not _titled(place) for place in match.places if place.kind != "city"):
        return match  # "Florida State" (a US state's university), "Gulf State allies"
    divisions = tuple(place for place in match.places if place.kind == "admin")
    if not divisions:
        return match
    end = tokens.starts[after] + len(title)
    return match._replace(end=end, last=after, places=divisions)


# The forms of a noun of divisions, possessive or not, as words may write them ("State",
# "County's", "Province’"): those that strip_possessive makes one of DIVISION_TITLES
_TITLE_FORMS = frozenset(
    title + ending for title in DIVISION_TITLES for ending in ("", "’s", "'s", "’S", "'S", "’", "'")
)


def _titled(place: Place) -> bool:
    """A division whose name a capitalized noun of divisions may end (see
    :func:`_titled_division`)."""
    return place.kind == "admin" and place.country_code not in UNTITLED_DIVISIONS


def _known(place: Place) -> bool:
    return place.kind != "city" or place.population >= PAIR_CITY


def _same_state(place: Place, others: Sequence[Place]) -> bool:
    """Whether a town lies in the first-level division of one of ``others``."""
    return place.kind == "city" and any(
        other.country_code == place.country_code and other.admin1 == place.admin1
        for other in others
        if other.admin1
    )


#: A key that a run of words starts with: its length in words, the length of the form of its
#: last word (a possessive stripped: "Ukraine's"), whether that form is the head of a
#: compound ("Washington-based"), the key and its places.
_Hit = tuple[int, int, bool, str, tuple[Place, ...]]


def _hits(places_by_key: Mapping[str, tuple[Place, ...]], run: tuple[str, ...]) -> tuple[_Hit, ...]:
    """The keys that a run of lookup forms starts with, longest first: for each length, the
    first form of its last word (see :func:`variants`) that the gazetteer holds."""
    found: list[_Hit] = []
    get = places_by_key.get
    for length in range(len(run), 0, -1):
        word = run[length - 1]
        if "'" not in word and "’" not in word and "-" not in word[1:]:
            # the common case: nothing to strip, one form (no list of forms made)
            key = " ".join(run[:length])
            places = get(key)
            if places is not None:
                found.append((length, len(word), False, key, places))
            continue
        head = " ".join(run[: length - 1]) + " " if length > 1 else ""
        for form, compound in variants(word):
            places = get(head + form)
            if places is not None:
                found.append((length, len(form), compound, head + form, places))
                break
    return tuple(found)


def _city_body(
    words: list[str], last: int, key: str, places: tuple[Place, ...], hits: tuple[_Hit, ...]
) -> bool:
    """Whether "City" ending a key opens a body of the city: "Springfield City Council" is
    the council of Springfield (a name of the same place without "City"), not a place
    "Springfield City"; "Kansas City Council" is Kansas City's."""
    if last + 1 >= len(words) or words[last + 1] not in CITY_BODIES:
        return False
    shorter = key.removesuffix(" City")
    return any(k == shorter and not set(p).isdisjoint(places) for _, _, _, k, p in hits)


def _tight(tokens: Columns, first: int, last: int) -> bool:
    """A name never spans a line break or a wide gap: at most one character between tokens."""
    starts, ends = tokens.starts, tokens.ends
    return all(starts[i + 1] - ends[i] <= 1 for i in range(first, last))
