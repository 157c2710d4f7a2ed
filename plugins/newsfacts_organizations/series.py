"""A body's complement written as a series with commas: "the Bureau of Alcohol, Tobacco,
Firearms and Explosives", "the American Federation of State, County and Municipal
Employees", "the Department for Environment, Food and Rural Affairs". A comma ends a run of
capitalized words (see runs.py), so the head-word rule reads the series on from there."""

from __future__ import annotations

from newsfacts.plugin import read_words
from newsfacts_organizations.lexicon import HEADS, PACKAGE, POSSESSIVE_ENDINGS, STOPWORDS
from newsfacts_organizations.name_tables import KNOWN_TABLE
from newsfacts_organizations.place_fields import place_named
from newsfacts_organizations.runs import Sentence

# The kinds of a head word whose complement may be a series: a public body's, a union's or
# a federation's; not a company's, a school's or a paper's ("the University of Michigan,
# Ohio State and Penn State" names three universities)
SERIES_KINDS = frozenset({"government", "other", "ngo"})
# The most capitalized words of one item of the series ("Climate Change") and of the last,
# after "and" ("Municipal Employees", "Rural Affairs")
_ITEM_WORDS = 2
_LAST_WORDS = 3
# Plural head words that end an item as a field's word after another word ("Medium
# Enterprises", "Social Services"), whatever the body's kind
_FIELD_PLURALS = read_words(PACKAGE, "series_plurals.txt")


def series_end(sentence: Sentence, opener: int, end: int, kind: str | None) -> int | None:
    """Where the complement opened at ``opener`` ("of", "for") ends when a series with commas
    follows its first item, which ends at ``end``: after the last item, the one after "and"
    (``"and" [the] Word Word``); None when no such series follows. Each item is one or two
    capitalized words (after "the", as in "Climate Change, Energy, the Environment and
    Water"), none of them a head word, a listed name, a place or a word in capitals: "the
    Department of Labor, the FBI and the IRS", "the Bank of America, Citigroup and Wells
    Fargo", "the Ministry of Finance, Navy and Air Force" are lists of names."""
    texts = sentence.texts
    if kind not in SERIES_KINDS or end >= len(texts) or texts[end] != ",":
        return None
    if "and" in texts[opener + 1 : end] or not _plain(sentence, opener + 1, end):
        return None
    index = end
    while index < len(texts) and texts[index] == ",":
        item_end = _item_end(sentence, _past_the(texts, index + 1), _ITEM_WORDS)
        if item_end is None:
            return None
        index = item_end
        if texts[index : index + 2] == [",", "and"]:
            index += 1  # "Health, Labour, and Welfare": a comma before "and"
    if index >= len(texts) or texts[index] != "and":
        return None
    return _item_end(sentence, _past_the(texts, index + 1), _LAST_WORDS, kind)


def _past_the(texts: list[str], index: int) -> int:
    return index + 1 if texts[index : index + 1] == ["the"] else index


def _item_end(sentence: Sentence, start: int, most: int, last_of: str | None = None) -> int | None:
    """The end of the item of up to ``most`` plain capitalized words from ``start``; None when
    there is none. ``last_of``: the kind of the body whose last item it is, which may end in
    a head word of that kind ("the National Union of Rail, Maritime and Transport Workers": a
    union's members), and after which no capitalized word may follow ("... and Trade Minister
    Ann Lee")."""
    texts, capital = sentence.texts, sentence.capital
    end = start
    while end < len(texts) and end - start < most and capital[end] and texts[end] not in STOPWORDS:
        end += 1
    if end == start or not _plain(sentence, start, end, last_of):
        return None
    if last_of is not None and end < len(texts) and capital[end]:
        return None
    return end


def _plain(sentence: Sentence, start: int, end: int, kind: str | None = None) -> bool:
    """Whether the words ``start``..``end`` are plain words of a field, no name of their own:
    no head word ("Navy", "Service") but one of ``kind`` last, or one that only ends names
    alone ("the Department for Business, Energy and Industrial Strategy"), no word in
    capitals ("CIA"), listed name or place."""
    texts = sentence.texts
    words = texts[start:end]
    last = HEADS.get(words[-1]) if kind is not None or len(words) == 1 else None
    if last is not None and (last[0] == kind or (len(words) == 1 and not last[1])):
        words = words[:-1]
    elif len(words) > 1 and words[-1] in _FIELD_PLURALS:
        words = words[:-1]  # "Micro, Small and Medium Enterprises"
    return (
        all(word not in HEADS and not word.isupper() for word in words)
        and not any(KNOWN_TABLE.starts_name(texts, first, end) for first in range(start, end))
        and not any(place_named(words[first:]) is not None for first in range(len(words)))
        and not any(place_named(words[:last]) is not None for last in range(1, len(words)))
    )


def series_start(sentence: Sentence, left: int, head: int) -> int | None:
    """Where a name whose words before its head word at ``head`` join two fields with "and"
    (from ``left``) starts when a series with commas comes before them: "the Rail, Maritime
    and Transport Workers Union", "the Kenya Medical Practitioners, Pharmacists and Dentists
    Union"; None when none does. Each item is up to three plain capitalized words (the
    first may open with a place: "Kenya"), and the series opens the sentence or follows
    "the" or a possessive in lower case: after another word ("named Smith, Jones and Acme
    Workers Union") the words before the comma name something else."""
    texts, capital = sentence.texts, sentence.capital
    if "and" not in texts[left:head]:
        return None
    start = left
    while start > 1 and texts[start - 1] == ",":
        first = start - 1
        while (
            first > 0
            and capital[first - 1]
            and texts[first - 1] not in STOPWORDS  # "The Rail, Maritime and ...": "The"
            and start - 1 - first < _LAST_WORDS
        ):
            first -= 1
        owner = _place_opening(texts, first, start - 1)
        if first == start - 1 or not _plain(sentence, owner, start - 1):
            return None
        start = first
    if start == left or (start > 0 and not _determines(texts[start - 1])):
        return None
    return start


def _determines(word: str) -> bool:
    """Whether ``word`` may come right before a body's name: "the", or a possessive in lower
    case ("the city's Parks, Recreation and Youth Office")."""
    return word in ("the", "The") or (word.islower() and word.endswith(POSSESSIVE_ENDINGS))


def _place_opening(texts: list[str], first: int, end: int) -> int:
    """Past a place's name opening the words ``first``..``end``: "Kenya" in "Kenya Medical
    Practitioners"."""
    for length in range(end - first - 1, 0, -1):
        if place_named(texts[first : first + length]) is False:
            return first + length
    return first
