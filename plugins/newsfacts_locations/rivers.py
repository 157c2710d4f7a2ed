"""A river named again by its name alone, after "the": "the Neches River" ... "The Neches
forms the county's eastern boundary"; "the Mississippi River" ... "barges on the
Mississippi" (the river, not the state).

Once an article names a river with its word ("X River", a gazetteer's river or one read
from its word by :mod:`newsfacts_locations.streets`), "the X" elsewhere in it is that river:
the same place, unless a capitalized word goes on with a longer name ("the Neches River
National Wildlife Refuge", "the Hudson Valley"), a hyphen joins it to another word, or
another field claims it. Where the name alone is also a well-known place (a state: "the
Mississippi"), only after a word of :data:`BEFORE_AMBIGUOUS` ("barges on the Mississippi")
or before a word of :data:`AFTER_AMBIGUOUS` or a punctuation mark: "the Ohio delegation"
stays the state's.

A river's name before a lower-case "river", as news in India and Britain often writes it
("the Wainganga river", "the Thames river"), is read here too (:func:`lower_case_rivers`):
the name alone, as the gold sets span "the Elk and Gauley rivers".
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence

import attrs
import regex

from newsfacts.plugin import Location, SpanSet, compiled, starts_of
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.placing import main_country

RIVER = " River"
#: The longest name of a river before its word, in words
MAX_WORDS = 3
#: The words after "the X" that leave it the river where X alone is another place too: a
#: river's verbs and the small words of a sentence going on ("the Mississippi at Memphis")
AFTER_AMBIGUOUS = frozenset(
    {
        *("and", "or", "at", "in", "near", "to", "from", "into", "on", "by", "as", "below"),
        *("above", "between", "where", "which", "that", "is", "was", "has", "had", "will"),
        *("would", "could", "runs", "ran", "flows", "flowed", "rose", "rises", "crested"),
        *("forms", "formed", "meets", "winds", "floods", "flooded", "carries", "drains"),
    }
)
#: The words before "the X" that make it the river where X alone is another place too: a
#: state is not what barges sail on, nor what a bridge crosses
BEFORE_AMBIGUOUS = frozenset(
    {"on", "along", "across", "down", "up", "into", "over", "beside", "crossed", "crossing"}
)
# A name's words: one to three capitalized words
_NAME_WORD = compiled(r"[A-Z][a-z]+")
# "the" and the one to three capitalized words after it (each a whole word): "the Neches"
_AFTER_THE = compiled(r"\b[Tt]he ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b")


def _name(fact: Location) -> str | None:
    """The name of a river fact without its word ("Neches" of "Neches River"), if one of one
    to three capitalized words."""
    if fact.kind not in ("water", "feature") or not fact.text.endswith(RIVER):
        return None
    name = fact.text[: -len(RIVER)]
    parts = name.split(" ")
    if len(parts) > MAX_WORDS or not all(_NAME_WORD.fullmatch(part) for part in parts):
        return None
    return name


def _word_before(text: str, start: int) -> str:
    return text[max(start - 20, 0) : start].rstrip().rpartition(" ")[2].lower()


def _river_again(text: str, start: int, end: int, ambiguous: bool) -> bool:
    """Whether "the X" from ``start`` (its "the") to ``end`` names the river again, by the
    words around it."""
    after = text[end : end + 40]
    if after.startswith((RIVER, "-")):  # the river's own name, a compound
        return False
    if after.startswith(("’s", "'s")):  # "the Neches’s banks"
        return True
    word = after[1:].split(" ", 1)[0].rstrip(".,;:!?")
    if not after.startswith(" ") or not word:
        return True  # a punctuation mark or the end of the text
    if word[:1].isupper():
        return False  # "the Hudson Valley": a longer name
    if not ambiguous:
        return True
    return word in AFTER_AMBIGUOUS or _word_before(text, start) in BEFORE_AMBIGUOUS


def rivers_again(
    text: str,
    found: Sequence[Location],
    claimed: SpanSet,
    well_known: Callable[[str], bool],
) -> list[Location]:
    """``found`` with the rivers it names named again by their names alone (``claimed``: the
    other fields' spans; ``well_known``: whether a name alone is a well-known place, whose
    "the X" stays the river only before a river's word)."""
    rivers: dict[str, Location] = {}
    for fact in found:
        name = _name(fact)
        if name is not None:
            rivers.setdefault(name, fact)
    if not rivers:
        return list(found)
    spans = {(fact.start, fact.end) for fact in found}
    others = SpanSet(found)
    again: dict[tuple[int, int], Location] = {}
    for start, end, name in _named_after_the(text, rivers):
        river = rivers[name]
        if not _river_again(text, start - 4, end, well_known(name)) or claimed.overlaps(start, end):
            continue
        if (start, end) not in spans and others.overlaps(start, end):
            continue  # inside another place's name
        # the river named with its word, at the words naming it alone
        again[(start, end)] = attrs.evolve(river, text=text[start:end], start=start, end=end)
    found = [again.pop((fact.start, fact.end), fact) for fact in found]
    return [*found, *again.values()]


def _named_after_the(text: str, names: Collection[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each of ``names`` right after "the" or "The", read only in the
    lines that hold one of them (a match of :data:`_AFTER_THE` holds no line break: see
    :func:`_lower_case_names`)."""
    for start, end in _lines_with(text, names):
        for match in _AFTER_THE.finditer(text[start:end]):
            words = match.group(1).split(" ")
            for size in range(len(words), 0, -1):
                name = " ".join(words[:size])
                if name in names:
                    yield start + match.start(1), start + match.start(1) + len(name), name
                    break


# A river's name: one to three capitalized words ("Wainganga", "Rio Grande")
_RIVER_NAME = r"(?:[A-Z][a-z]+[ ]){0,2}[A-Z][a-z]+"
# "the" and a river's name before a lower-case "river", or a list of them before "rivers":
# "the Wainganga river", "The Yamuna river", "the Elk and Gauley rivers", "the Tigris,
# Euphrates and Karun rivers"; not "the River" nor "the Thames River" (the street rule's).
# Bounded repeats, each part led by its own separator: no backtracking to speak of.
_LOWER_RIVERS = compiled(
    rf"""
    \b[Tt]he[ ]
    (?:
        (?P<one>{_RIVER_NAME})[ ]river                                 # the Wainganga river
      | (?P<list>{_RIVER_NAME}(?:(?:,[ ]|,?[ ]and[ ]){_RIVER_NAME}){{1,5}})[ ]rivers
    )
    \b
    """,
    regex.VERBOSE,
)
_NAME = compiled(_RIVER_NAME)


def _lower_case_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each river's name :data:`_LOWER_RIVERS` finds, read only in the lines
    that hold " river": a match holds no line break (its characters are letters, spaces and
    commas), and a line's ends, a break or the text's, read alike to its \\b, so the lines
    give the matches the whole text gives, at a cost that grows with the rivers named, not
    the length of the text."""
    for start, end in _lines_with(text, (" river",)):
        line = text[start:end]
        for match in _LOWER_RIVERS.finditer(line):
            if match.group("one"):
                yield start + match.start("one"), start + match.end("one")
            else:
                for name in _NAME.finditer(line, *match.span("list")):
                    yield start + name.start(), start + name.end()


def _lines_with(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` holding one of ``words``, in order, each once
    (a line ends at a line break, not holding it): the words found by str.find, in C."""
    lines: list[tuple[int, int]] = []
    end = -1
    for found in starts_of(text, words):
        if found < end:
            continue  # in the line before
        start = text.rfind("\n", 0, found) + 1
        end = text.find("\n", found)
        end = len(text) if end < 0 else end
        lines.append((start, end))
    return lines


def lower_case_rivers(
    text: str,
    found: Sequence[Location],
    claimed: SpanSet,
    lookup: Callable[[str], Sequence[Place]],
) -> list[Location]:
    """``found`` with each name before a lower-case "river" after "the" made the river:
    the gazetteer's river of that name (``lookup``), else a river of the article's country
    with no point (a river reaches far beyond any one town). A place read at the name is the
    river's ("the Mississippi river" is not the state); a name inside a longer place's, or
    one another field claims (a person's, an organization's), is left alone."""
    by_span = {(fact.start, fact.end): fact for fact in found}
    others = SpanSet(found)
    country = main_country(found)
    rivers: dict[tuple[int, int], Location] = {}
    for start, end in _lower_case_names(text):
        known = by_span.get((start, end))
        if claimed.overlaps(start, end) or (known is None and others.overlaps(start, end)):
            continue
        if known is not None and known.kind == "water":
            continue  # the gazetteer's river already
        rivers[(start, end)] = _river(text, start, end, lookup, country)
    if not rivers:
        return list(found)
    kept = [rivers.pop((fact.start, fact.end), fact) for fact in found]
    return [*kept, *rivers.values()]


def _river(
    text: str, start: int, end: int, lookup: Callable[[str], Sequence[Place]], country: str | None
) -> Location:
    """The river named from ``start`` to ``end``: the gazetteer's of that name, else one of
    ``country`` with no point."""
    name = text[start:end]
    water = next((place for place in lookup(name) if place.kind == "water"), None)
    if water is None:
        return Location.at(text, start, end, name=name, kind="water", country_code=country)
    return Location.at(
        text,
        start,
        end,
        name=water.name,
        kind="water",
        country_code=water.country_code,
        latitude=water.latitude,
        longitude=water.longitude,
    )
