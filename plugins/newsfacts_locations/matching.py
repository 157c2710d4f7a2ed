"""Find gazetteer names in runs of the core's tokens: longest match first, no re-splitting.

A *candidate* is a stretch of text whose tokens spell a gazetteer key. Possessives ("Ukraine’s")
and compounds ("Washington-based") give a candidate covering the name only; a pair of places
("US-China", "Amsterdam-London") gives one for each. In a shouted
(all-capitals) sentence, such as a headline or a dateline, words are looked up in title case.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from itertools import compress
from operator import itemgetter

import attrs

from newsfacts.plugin import Segment
from newsfacts_locations.gazetteer import Gazetteer, Place

POSSESSIVES = ("’s", "'s", "’", "'")
PAIR_CITY = 100_000  # a town after a hyphen is a place only this large: "Amsterdam-London"


@attrs.frozen
class Candidate:
    """A gazetteer name found in the text: character offsets, token indices, the places."""

    start: int
    end: int
    first: int  # index of the first token in the sentence's token list
    last: int  # index of the last token
    key: str
    places: tuple[Place, ...]
    shouted: bool  # written in capitals
    compound: bool  # the name is the first part of a hyphenated word ("Washington-based")


def shouted(tokens: Sequence[Segment]) -> bool:
    """Whether a sentence is written in capitals (a headline, a dateline, a table caption)."""
    return shouted_text("".join([token.text for token in tokens]))


_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_ASCII_UPPER = string.ascii_uppercase.encode("ascii")


def shouted_text(text: str) -> bool:
    """Whether ``text`` (a sentence's tokens, joined) is written in capitals: at least four
    letters, four in five of them capitals."""
    if text.isascii():  # counted by the bytes' translate, not letter by letter
        data = text.encode("ascii")
        letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
        upper = len(data) - len(data.translate(None, _ASCII_UPPER))
    else:
        letters = sum(map(str.isalpha, text))
        upper = len([char for char in filter(str.isupper, text) if char.isalpha()])
    return letters >= 4 and upper >= 0.8 * letters


DATELINE_STOPS = frozenset({"(", "-", "--", "–", "—", ":"})


def dateline(tokens: Sequence[Segment]) -> int:
    """How many tokens open the sentence as a dateline, 0 if none.

    A dateline starts with a place in capitals and ends at a year, a bracket or a dash:
    "KHASAVYURT , Russia 1996-08-30", "BOSTON (Reuters) -", "WAUSAU, Wis. (WSAW) --",
    "ST. PARIS, Ohio --".
    """
    if not tokens:
        return 0
    first = tokens[0].text.replace(".", "")
    # "ST. PARIS, Ohio --": a short first word is an abbreviation before the name
    abbreviated = len(tokens) > 2 and tokens[1].text == "." and tokens[2].text.isupper()
    if (len(tokens[0].text) < 3 and not abbreviated) or not first.isalpha() or not first.isupper():
        return 0
    for index in range(1, min(len(tokens), 9)):
        text = tokens[index].text
        if text in DATELINE_STOPS or (len(text) == 4 and text.isdigit()):
            return index
        if index <= 3 and _title_word(text) and _capitals(tokens[:index]):
            return index  # "LONDON The Latest on ...", "SAN ANTONIO Turner Sports"
    return 0


def _title_word(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and text[1:].isalpha() and text[1:].islower()


def _capitals(tokens: Sequence[Segment]) -> bool:
    """Words in capitals only, the first of at least three letters ("LONDON", "ST. LOUIS")."""
    return len(tokens[0].text) >= 3 and all(
        token.text.replace(".", "").isalpha() and token.text.isupper() for token in tokens
    )


def _word(text: str, caps: bool) -> str:
    """The form to look up: title case for a word in capitals ("NEW YORK", "ITALY")."""
    if ((caps and len(text) > 1) or len(text) > 3) and text.isupper() and text.isalpha():
        return text.title()
    return text


def _strip_possessive(text: str) -> str:
    lowered = text.lower()
    for ending in POSSESSIVES:
        if lowered.endswith(ending) and len(text) > len(ending) + 1:
            return text[: -len(ending)]
    return text


def candidates(
    gazetteer: Gazetteer, tokens: Sequence[Segment], caps: bool, caps_until: int = 0
) -> list[Candidate]:
    """Longest gazetteer matches among ``tokens`` (one sentence), left to right.

    ``caps``: the whole sentence is in capitals; ``caps_until``: its first tokens are (a
    dateline).
    """
    found: list[Candidate] = []
    words = _words(tokens, caps, caps_until)
    spans = gazetteer.span_by_first_word
    places = gazetteer.places
    # the words that may start a match: capitalized, and a key's first word, or with a
    # possessive or a hyphen to strip ("Ukraine's", "Washington-based")
    starts = [
        i
        for i in _capitalized(words)
        if (word := words[i]) in spans
        or word in places
        or "'" in word
        or "’" in word
        or "-" in word[1:]
    ]
    after = 0  # the first token not yet inside a match
    for index in starts:
        if index < after:
            continue
        longest = max(spans.get(words[index], 0), 1)
        match = _longest(gazetteer, words, index, longest, caps or index < caps_until, tokens)
        if match is None:
            continue
        found.append(match)
        after = match.last + 1
        if match.compound:
            pair = _second_half(gazetteer, words, index, caps, tokens)  # "US-China"
            if pair is not None:
                found.append(pair)
                after = pair.last + 1
    return found


def _capitalized(texts: list[str]) -> Iterable[int]:
    """Indices of the words whose first letter is a capital (map and compress: loops in C)."""
    return compress(range(len(texts)), map(str.isupper, map(_FIRST_LETTER, texts)))


_FIRST_LETTER = itemgetter(slice(0, 1))


def _words(tokens: Sequence[Segment], caps: bool, caps_until: int) -> list[str]:
    """The forms to look up, one for each token (see :func:`_word`)."""
    texts = [token.text for token in tokens]
    if caps:
        return [_word(text, True) for text in texts]
    # _word(text, False) for the words in capitals only: the rest are their own forms
    found = texts.copy()
    for index in compress(range(len(texts)), map(str.isupper, texts)):
        text = texts[index]
        if len(text) > 3 and text.isalpha():
            found[index] = text.title()
    for index in range(min(caps_until, len(texts))):
        found[index] = _word(texts[index], True)
    return found


def _known(place: Place) -> bool:
    return place.kind != "city" or place.population >= PAIR_CITY


def _second_half(
    gazetteer: Gazetteer, words: list[str], index: int, caps: bool, tokens: Sequence[Segment]
) -> Candidate | None:
    """The place after the hyphen of a pair of places: "US-China", "DPRK-South Korea"; a
    division, a country or a city above 100,000 people."""
    head, _, tail = words[index].partition("-")
    if not tail[:1].isupper() or "-" in tail:
        return None
    token = tokens[index]
    offset = len(head) + 1
    halves = [Segment(token.start + offset, token.end, token.text[offset:]), *tokens[index + 1 :]]
    longest = max(gazetteer.span_by_first_word.get(tail, 0), 1)
    match = _longest(gazetteer, [tail, *words[index + 1 :]], 0, longest, caps, halves)
    if match is None or match.compound or not any(_known(p) for p in match.places):
        return None  # "Miami-Dade": a name of its own
    return attrs.evolve(match, first=match.first + index, last=match.last + index)


def _variants(word: str) -> list[tuple[str, bool]]:
    """The word, then its possessive-less and its hyphen-head forms (with "is a compound")."""
    if "'" not in word and "’" not in word and "-" not in word[1:]:
        return [(word, False)]  # the common case: nothing to strip
    forms = [(word, False)]
    stripped = _strip_possessive(word)
    if stripped != word:
        forms.append((stripped, False))
    if "-" in word[1:]:
        forms.append((word.split("-", 1)[0], True))
    return forms


def _longest(
    gazetteer: Gazetteer,
    words: list[str],
    index: int,
    longest: int,
    caps: bool,
    tokens: Sequence[Segment],
) -> Candidate | None:
    places_by_key = gazetteer.places
    for length in range(min(longest, len(words) - index), 0, -1):
        last = index + length - 1
        head = " ".join(words[index:last]) + " " if length > 1 else ""
        for form, compound in _variants(words[last]):
            key = head + form
            places = places_by_key.get(key)
            if places is None:
                continue
            if length > 1 and not _tight(tokens, index, last):
                break
            end = tokens[last].start + len(form)
            capitals = caps or words[index] != tokens[index].text
            return Candidate(tokens[index].start, end, index, last, key, places, capitals, compound)
    return None


def _tight(tokens: Sequence[Segment], first: int, last: int) -> bool:
    """A name never spans a line break or a wide gap: at most one character between tokens."""
    return all(tokens[i + 1].start - tokens[i].end <= 1 for i in range(first, last))
