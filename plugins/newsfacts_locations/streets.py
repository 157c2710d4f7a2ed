"""Streets, squares, landmarks and natural features, read from their last word: "Royal
Street", "Collins Avenue", "Wembley Stadium", "Windsor Castle", "Naugatuck River".

The gazetteer has none of them. One to four capitalized words (or an ordinal: "Third
Street", "14th Street") before a street word (``street_words.txt``) name one, unless a
capitalized word follows ("Wall Street Journal": a name that goes on). A word that is also a
surname ("Hall", "Lane") needs a preposition, "the" or a house number before the name ("He
met Jerry Hall" names no hall). Roads named by a number ("Interstate 45", "County Road 2120",
"I-75") and British roads by a letter and a number ("the A120") are read too, in
:mod:`newsfacts_locations.roads`. Where each stands is :mod:`newsfacts_locations.placing`'s to say.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsfacts.plugin import MONTHS, Fact, Location, SpanSet
from newsfacts_locations import words
from newsfacts_locations.openers import SentenceTokens

# (four: "Chhatrapati Shivaji Maharaj International Airport")
MAX_WORDS = 4
ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
# Words before a name that show it is a place's (besides prepositions of place and house
# numbers): "the Royal Albert Hall", "on Park Lane"; not "Actress Jerry Hall".
LEADS = frozenset({"the", "on", "along", "down", "up", "off", "past", "via", "onto", "between"})
#: The words of a dwelling's number after its street's name, which the name does not go on
#: into ("of 317 Cedar Ridge Road Lot 8", "at 40 Elm Street Apt. 3")
UNIT_WORDS = frozenset({"Lot", "Apt", "Apartment", "Unit", "Suite", "Trailer"})


def _name_word(text: str) -> bool:
    if text[:1].isdigit():
        return text[:-2].isdigit() and text[-2:] in ORDINAL_ENDINGS  # "14th"
    if text.endswith(("'s", "’s")):
        # "Harare's Third Street": the town owns the street; but a group's possessive is a
        # word of the name ("Children's Research Hospital", "Women's Hospital")
        return text[:-2] in _GROUP_POSSESSIVES
    return (
        text[:1].isupper()
        and text.replace("'", "").replace("’", "").replace("-", "").isalpha()
        and not text.rpartition("-")[2][:1].islower()  # "Vatican-owned": an adjective
        and text not in words.NAME_WORDS
        and text not in words.PERSON_TITLES
    )  # a street's or a feature's word may start a street's name: "Bridge Street", "Airport
    # Road", "Woods Chapel Road", "Indian Lake Road", "Valley View Boulevard"


# Compass points written without a full stop before a street's name, as Florida and Oregon
# write addresses: "SW College Road", "NW 5th Street"
_COMPASS_PREFIXES = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW"})

_GROUP_POSSESSIVES = frozenset({"Children", "Women", "Men", "People", "Veterans", "Citizens"})
# Plural nouns of groups whose possessive, a mark after the "s", opens a street's or a
# landmark's name: "Founders' Parkway", "Veterans’ Memorial Highway", "Pioneers' Square";
# not a person's: "Tom Rivers’ Main Street shop"
_GROUP_PLURALS = frozenset(
    {"Governors", "Veterans", "Founders", "Pioneers", "Soldiers", "Farmers", "Citizens"}
)
_MARKS = frozenset({"'", "’"})


def _tight(tokens: SentenceTokens, index: int) -> bool:
    return tokens.starts[index + 1] - tokens.ends[index] <= 1


def _ordinal(tokens: SentenceTokens, index: int) -> bool:
    """ "14" "th": a number and its ordinal ending, written together."""
    return (
        index > 0
        and tokens.texts[index] in ORDINAL_ENDINGS
        and tokens.texts[index - 1].isdigit()
        and tokens.starts[index] == tokens.ends[index - 1]
        and _tight(tokens, index)
    )


def _last(tokens: SentenceTokens, index: int) -> int:
    """The index of the street name's last token: its street word, or the full stop after an
    abbreviated one ("St", "." of "Dover St.")."""
    if (
        tokens.texts[index] in words.ABBREVIATED_STREETS
        and index + 1 < len(tokens)
        and tokens.texts[index + 1] == "."
        and tokens.starts[index + 1] == tokens.ends[index]
    ):
        return index + 1
    return index


def _first(tokens: SentenceTokens, index: int) -> int:
    """The index of the first of the name words before the street word at ``index`` (itself
    when there are none)."""
    first = index
    while first > 0 and index - first < MAX_WORDS:
        if _ordinal(tokens, first - 1):
            first -= 2  # "14 th" as the tokenizer splits "14th"
        elif _name_word(tokens.texts[first - 1]) and _tight(tokens, first - 1):
            first -= 1
        elif _saints_possessive(tokens, first - 1):
            first -= 1  # "St. Peter's Square", "St. Paul's Cathedral": the saint's
        elif _group_plural(tokens, first - 1):
            first -= 2  # "Founders" "'" of "Founders' Parkway"
        else:
            break
    if first == index and _founders_possessive(tokens, index - 1):
        first -= 1  # "swam in Harwick's Lake", "fished at Miller's Creek"
    if (
        first > 1
        and tokens.texts[first - 1] == "."
        and tokens.texts[first - 2] in words.COMPASS_INITIALS
        and _tight(tokens, first - 2)
    ):
        first -= 2  # "W. Cedar St."
    elif first > 0 and tokens.texts[first - 1] in _COMPASS_PREFIXES and _tight(tokens, first - 1):
        first -= 1  # "SW College Road", "NE 2nd Avenue"
    if (
        first > 1
        and first < index
        and tokens.texts[first - 1] == "."
        and tokens.texts[first - 2] == "St"
        and _tight(tokens, first - 2)
    ):
        first -= 2  # "St. Jude Children's Research Hospital": a saint's name
    elif first > 0 and first < index and tokens.texts[first - 1] == "Saint":
        first -= 1  # "Saint Mark's Basilica"
    return first


def _group_plural(tokens: SentenceTokens, index: int) -> bool:
    """A group's plural possessive ending at ``index``, the mark glued to the noun."""
    return (
        index > 0
        and tokens.texts[index] in _MARKS
        and tokens.texts[index - 1] in _GROUP_PLURALS
        and tokens.starts[index] == tokens.ends[index - 1]
        and _tight(tokens, index)
    )


def _founders_possessive(tokens: SentenceTokens, index: int) -> bool:
    """A capitalized possessive, alone before a natural feature's word, right after a
    preposition of place: a founder's or an owner's name ("swam in Harwick's Lake", "fished
    at Miller's Creek"); not a town's owning a name of its own ("Harare's Third Street"), nor
    a building's ("at Harwick's Hospital": a company's or a saint's, see
    :func:`_saints_possessive`)."""
    word = tokens.texts[index]
    return (
        index > 0
        and tokens.texts[index + 1] in words.FEATURE_WORDS
        and word[:1].isupper()
        and word.endswith(("'s", "’s"))
        and word[:-2].isalpha()
        and tokens.texts[index - 1].lower() in words.PREPOSITIONS
        and _tight(tokens, index)
    )


def _saints_possessive(tokens: SentenceTokens, index: int) -> bool:
    """A capitalized possessive after "St." or "Saint": "St. Peter's", "Saint Mark's"."""
    word = tokens.texts[index]
    if not (word[:1].isupper() and word.endswith(("'s", "’s")) and _tight(tokens, index)):
        return False
    if index >= 2 and tokens.texts[index - 1] == "." and tokens.texts[index - 2] == "St":
        return True
    return index >= 1 and tokens.texts[index - 1] == "Saint"


# Before a word that is also a surname ("Park"), a word of public lands that makes it a
# place's without a preposition: "Yellowstone National Park will reopen", "Lake Erie State
# Park"
_PUBLIC_LANDS = frozenset({"National", "State", "Regional", "Provincial", "Memorial"})


def _of_a_name(tokens: SentenceTokens, index: int) -> bool:
    """A capitalized word at ``index``, after "of": "Hall of Fame" (not "Avenue of the
    Americas")."""
    return index < len(tokens) and tokens.texts[index][:1].isupper()


def _wild_area(tokens: SentenceTokens, index: int) -> bool:
    """Whether the word at ``index``, one of :data:`~newsfacts_locations.words.PAIR_ENDS`,
    ends a two-word ending of a wild area's name after a name of its own: "Pictured Rocks
    National Lakeshore", "Big Thicket National Preserve" (the last word alone is no
    street's: "Refuge", "Seashore"; nor the ending alone: "the Wildlife Refuge"). Not after
    a river's, a lake's or another feature's name, which the geoparsing corpora mark on its
    own inside the area's ("Neches River" of the "Neches River National Wildlife Refuge"):
    such a name stays unread, as before."""
    return (
        index > 1
        and f"{tokens.texts[index - 1]} {tokens.texts[index]}" in words.FEATURE_WORDS
        and _name_word(tokens.texts[index - 2])
        and not any(
            word in words.FEATURE_WORDS
            for word in tokens.texts[max(0, index - MAX_WORDS) : index - 1]
        )
    )


def _addressed(tokens: SentenceTokens, index: int, last: int) -> bool:
    """Whether the abbreviated street word at ``index`` (its full stop at ``last``) ends a
    house's address, its full stop the sentence's too: "at 212 W. Elm St. One of its walls"."""
    if last == index:
        return False
    first = _first(tokens, index)
    return first < index and first > 0 and tokens.texts[first - 1].isdigit()


def _date_at(tokens: SentenceTokens, index: int) -> bool:
    """Whether a month and a day's number open at ``index``, no word of a name: "the council
    renamed Dakota Street Nov. 3", "closed Elm Street March 4"."""
    texts = tokens.texts
    if texts[index].lower() not in MONTHS:
        return False
    day = index + 2 if texts[index + 1 : index + 2] == ["."] else index + 1
    return day < len(texts) and texts[day].isdigit()


def _after_street(tokens: SentenceTokens, first: int) -> bool:
    """Whether "and" or "or" joins the name at ``first`` to a street's name before it: the
    second street of a corner is a street too, its word a surname's ("near Porter Street
    and Cypress Lane", "Elm St. and Baker Lane")."""
    if first < 2 or tokens.texts[first - 1] not in ("and", "or", "&"):
        return False
    word = tokens.texts[first - 2]
    if word == "." and first > 2:
        return tokens.texts[first - 3] in words.ABBREVIATED_STREETS
    return word in words.STREET_WORDS


_QUOTE_MARKS = frozenset("\"“”'‘’")


def _quoted_title(tokens: SentenceTokens, first: int, last: int) -> bool:
    """A name that fills a pair of quote marks, maybe after "The" and before a comma or
    full stop inside them, is a title: a film's, a book's or a song's ("“The Quiet Field,”
    a drama about a farmer"; "'Mystic River' opened"), no street or landmark."""
    texts = tokens.texts
    if first > 0 and texts[first - 1] == "The":
        first -= 1
    after = last + 1
    if after < len(texts) and texts[after] in (",", "."):
        after += 1
    return (
        first > 0
        and texts[first - 1] in _QUOTE_MARKS
        and texts[after : after + 1] in [[mark] for mark in _QUOTE_MARKS]
    )


def streets(tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    """(start, end) of each street name among one sentence's ``tokens``."""
    for index in range(1, len(tokens)):
        word = tokens.texts[index]
        if word not in words.STREET_WORDS and (
            word not in words.PAIR_ENDS or not _wild_area(tokens, index)
        ):
            continue
        last = _last(tokens, index)
        following = tokens.texts[last + 1] if last + 1 < len(tokens) else ""
        if (
            following[:1].isupper()
            and following not in words.NAME_WORDS
            and following not in UNIT_WORDS
            and not _addressed(tokens, index, last)
            and not _date_at(tokens, last + 1)
        ):
            continue  # "Wall Street Journal", "Abbey Road Studios", "Mount St. Helens"
        if following == "of" and _of_a_name(tokens, last + 2):
            continue  # "the Country Music Hall of Fame": the name goes on
        first = _first(tokens, index)
        if first == index or " ".join(tokens.texts[first : index + 1]) in words.NOT_STREETS:
            continue
        if _quoted_title(tokens, first, last):
            continue
        before = tokens.texts[first - 1].lower() if first > 0 else ""
        if before == "&" and _tight(tokens, first - 1):
            continue  # "AT&T Stadium": a name cut at "&" is none
        led = (
            before in LEADS
            or before in words.PREPOSITIONS
            or before[:1].isdigit()
            or _after_street(tokens, first)
        )
        if (
            tokens.texts[first][:1].isdigit()
            and before not in ("on", "the")
            and not (before == "of" and _ordinal(tokens, first + 1))
        ):
            # "30 22nd Street" is read from "22nd"; "in 1990 Street" is none; "the 1500 block
            # of 7th Avenue" is one
            continue
        if (
            led
            or tokens.texts[index] not in words.SURNAME_STREETS
            or (tokens.texts[index - 1] in _PUBLIC_LANDS and first < index - 1)
        ):
            # "on Royal Street", "the Rogers Centre", "Yellowstone National Park"
            yield tokens.starts[first], tokens.ends[last]
    yield from _headed_features(tokens)


def listed_streets(tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    """(start, end) of each name of a list that a plural street word ends: "Lakeview and
    Harrison streets", "Elm, Oak and Pine streets"; two names at least. The plural says what
    the names are, whatever the gazetteer's checks made of them."""
    for index in range(2, len(tokens)):
        if tokens.texts[index] not in words.PLURAL_STREETS:
            continue
        names: list[tuple[int, int]] = []
        end = index
        while True:
            first = _first(tokens, end)
            if first == end or tokens.texts[first][:1].isdigit():
                break
            names.append((tokens.starts[first], tokens.ends[end - 1]))
            link = tokens.texts[first - 1] if first > 1 else ""
            if link not in ("and", "&", ","):
                break
            end = first - 1
            if link == "and" and tokens.texts[end - 1] == ",":
                end -= 1  # "Elm, Oak, and Pine streets"
        if len(names) > 1:
            yield from reversed(names)


def _headed_features(tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    """Natural features named after their head word: "Lake Lanier", "Mt. Hood"; not "Indian
    Lake Road" (a street: a capitalized word before the head), "Lake Placid Olympic Center"
    (a name that goes on) nor "River Phoenix" (a first name, without "the" or a preposition
    before it)."""
    for index in range(len(tokens) - 1):
        head = tokens.texts[index]
        if head not in words.FEATURE_HEADS:
            continue
        before = tokens.texts[index - 1] if index > 0 else ""
        if _name_word(before) and _tight(tokens, index - 1):
            continue
        if head in words.FIRST_NAME_HEADS and not (
            before.lower() == "the" or before.lower() in words.PREPOSITIONS
        ):
            continue
        at = index + 1
        if head in words.ABBREVIATED_HEADS and tokens.texts[at] == ".":
            at += 1  # "Mt" "."
        if at >= len(tokens) or not (_name_word(tokens.texts[at]) and _tight(tokens, at - 1)):
            continue
        following = tokens.texts[at + 1] if at + 1 < len(tokens) else ""
        if not (following[:1].isupper() and following not in words.NAME_WORDS):
            yield tokens.starts[index], tokens.ends[at]


def natural(name: str) -> bool:
    """Whether the street-like ``name`` is a natural feature's: "Neches River", "Lake Lanier",
    "Kruger National Park"."""
    parts = name.split()
    return (
        parts[-1] in words.FEATURE_WORDS
        or " ".join(parts[-2:]) in words.FEATURE_WORDS  # "Yosemite National Park"
        or parts[0].rstrip(".") in words.FEATURE_HEADS
    )


#: The words that open the name of a military post: "Fort Benning", "Ft. Bragg"
POST_HEADS = frozenset({"Fort", "Ft."})


def post_qualifiers(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Where the name right after a fort the gazetteer lacks and a comma starts: its state
    ("Fort Benning, Georgia", "Fort Lewis, Washington"). A fort is a military post of the
    US, Canada or Britain, no town: that name qualifies a place the gazetteer lacks, as a
    town's does ("in Ellabell, Georgia"), and is read as a state before a city or a country
    abroad of its name (the US state, not the Caucasian country, whatever else the sentence
    names). Not a lake's, a mountain's or a river's: those of the country are named in
    English too ("Mount Kazbek, Georgia")."""
    return {
        end + 2
        for start, end in spans
        if text.startswith(", ", end) and text[start:end].split(" ", 1)[0] in POST_HEADS
    }


def outside_features(
    text: str, found: Sequence[Location], spans: Sequence[tuple[int, int]]
) -> tuple[list[Location], list[Location]]:
    """The places of ``found`` that no natural feature's longer name of ``spans`` holds, and
    those it holds: a feature word right after a place's name makes the name a bay's, a
    river's or a lake's ("on Mobile Bay", "into Galveston Bay"), not the place's mention."""
    features = [(start, end) for start, end in spans if natural(" ".join(text[start:end].split()))]
    if not features:
        return list(found), []
    covered = SpanSet(Fact.at(text, start, end) for start, end in features)
    exact = set(features)
    kept: list[Location] = []
    held: list[Location] = []
    for place in found:
        inside = (place.start, place.end) not in exact and covered.contains(place.start, place.end)
        (held if inside else kept).append(place)
    return kept, held
