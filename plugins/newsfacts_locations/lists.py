"""Places news names in two set forms the gazetteer matcher cannot see by itself.

* A party and a place after a politician's name: "Rep. Charles Rangel, D-N.Y.,", "State
  Rep. Jay Roberts (R-Ocilla)", "Tom Bakk, DFL-Cook,". The place is the state or the home
  town of the member; the tokenizer leaves "D-N" "." "Y" "." so the words after the party
  letter are joined again and looked up. The party prefixes are ``data/party_prefixes.txt``.
* Counties named together before the word "counties" or "parishes": "in Barrow, Jackson and
  Madison counties", "Eastland and Callahan counties". Each name is the county of that name
  ("Barrow County"), not the town ("Jackson"), and it is resolved like any other county.

Both give :class:`~newsfacts_locations.readings.Mention` objects that stand on their own
(``supported``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newsfacts.plugin import Segment, compiled, tokenize
from newsfacts_locations import words
from newsfacts_locations.gazetteer import Gazetteer, Place
from newsfacts_locations.matching import Candidate
from newsfacts_locations.readings import Mention

AFFILIATION_OPENERS = frozenset({",", "("})
AFFILIATION_CLOSERS = frozenset({",", ")", ";"})
LONGEST_PLACE = 5  # tokens after the party letter: "W", ".", "Va", "."
COUNTY_WORDS = {"counties": "County", "Counties": "County", "parishes": "Parish"}
LIST_JOINERS = frozenset({",", "and", "&"})
LONGEST_COUNTY_NAME = 2  # words: "Prince William", "St. Louis"
# a party letter and a capital after an opener, in a sentence's tokens joined without spaces
AFFILIATION = compiled(
    "[,(](?:" + "|".join(map(regex.escape, sorted(words.PARTY_PREFIXES))) + ")-[A-Z]"
)


def listed(gazetteer: Gazetteer, tokens: Sequence[Segment], joined: str) -> list[Mention]:
    """Both forms in one sentence; ``joined``: its tokens' text, joined, to skip sentences
    that have neither (most) at the cost of two substring searches (and a list, not a
    generator, made for each of them)."""
    found: list[Mention] = []
    if "-" in joined and AFFILIATION.search(joined):
        found.extend(affiliations(gazetteer, tokens))
    if "ounties" in joined or "parishes" in joined:
        found.extend(counties(gazetteer, tokens))
    return found


def affiliations(gazetteer: Gazetteer, tokens: Sequence[Segment]) -> Iterator[Mention]:
    """Places after a party letter: "(R-Ocilla)", ", D-N.Y.,"."""
    for index, token in enumerate(tokens):
        prefix, dash, rest = token.text.partition("-")
        if not dash or not rest[:1].isupper() or prefix not in words.PARTY_PREFIXES:
            continue
        if index == 0 or tokens[index - 1].text not in AFFILIATION_OPENERS:
            continue
        mention = _affiliation(gazetteer, tokens, index, len(prefix) + 1)
        if mention is not None:
            yield mention


def _affiliation(
    gazetteer: Gazetteer, tokens: Sequence[Segment], index: int, offset: int
) -> Mention | None:
    start = tokens[index].start + offset
    text = tokens[index].text[offset:]
    last = index
    # the place runs to the closing comma or bracket, written without spaces ("N.Y.") or
    # with one ("W. Va.", "Glen Carbon")
    while last + 1 < len(tokens) and last - index < LONGEST_PLACE:
        following = tokens[last + 1]
        if following.text in AFFILIATION_CLOSERS or following.start - tokens[last].end > 1:
            break
        text += " " * (following.start - tokens[last].end) + following.text
        last += 1
    if last + 1 < len(tokens) and tokens[last + 1].text not in AFFILIATION_CLOSERS:
        return None
    key = _key(text)
    places = gazetteer.lookup(key)
    if not places and text.count(".") == 1 and tokens[last].text == "." and last > index:
        # "R-Ohio." ends a sentence; "D-Calif." is the abbreviation with its full stop
        text, last = text[:-1], last - 1
        key = _key(text)
        places = gazetteer.lookup(key)
    if not places and "." not in text:
        places = gazetteer.lookup(_key(text + "."))  # "D-Calif," written without its stop
    if not places:
        return None
    candidate = Candidate(start, tokens[last].end, index, last, key, places, False, False)
    return Mention(candidate, start, None, supported=True, affiliation=True)


def counties(gazetteer: Gazetteer, tokens: Sequence[Segment]) -> Iterator[Mention]:
    """Each name of a list before "counties" or "parishes": "Barrow, Jackson and Madison
    counties"."""
    for index, token in enumerate(tokens):
        suffix = COUNTY_WORDS.get(token.text)
        if suffix is not None:
            yield from _county_list(gazetteer, tokens, index, suffix)


def _county_list(
    gazetteer: Gazetteer, tokens: Sequence[Segment], end: int, suffix: str
) -> Iterator[Mention]:
    last = end - 1
    while last >= 0:
        found = _county(gazetteer, tokens, last, suffix)
        if found is None:
            return
        yield found
        joiners = 0  # "Barrow, Jackson and Madison", "Barrow, Jackson, and Madison"
        last = found.candidate.first - 1
        while last >= 0 and tokens[last].text in LIST_JOINERS and joiners < 2:
            last, joiners = last - 1, joiners + 1
        if not joiners:
            return


def _county(
    gazetteer: Gazetteer, tokens: Sequence[Segment], last: int, suffix: str
) -> Mention | None:
    """The county whose name ends at ``tokens[last]`` ("Prince William", "Jackson"); not a
    state's or a country's name alone ("88 Ohio counties" are Ohio's; "Otoe and Washington
    counties" are two counties)."""
    for first in range(max(last - LONGEST_COUNTY_NAME + 1, 0), last + 1):
        if not all(_name(tokens, index) for index in range(first, last + 1)):
            continue
        name = " ".join(token.text for token in tokens[first : last + 1])
        listed = first > 0 and tokens[first - 1].text in LIST_JOINERS
        if not listed and any(_division(place) for place in gazetteer.lookup(_key(name))):
            return None
        places = gazetteer.lookup(_key(f"{name} {suffix}"))
        if places:
            start, end = tokens[first].start, tokens[last].end
            candidate = Candidate(start, end, first, last, _key(name), places, False, False)
            return Mention(candidate, start, None, supported=True)
    return None


def _division(place: Place) -> bool:
    return place.kind == "country" or (place.kind == "admin" and not place.admin2)


def _key(name: str) -> str:
    return " ".join(token.text for token in tokenize(name))


def _name(tokens: Sequence[Segment], index: int) -> bool:
    text = tokens[index].text
    return text[:1].isupper() and text.replace(".", "").isalpha() and text not in words.NAME_WORDS
