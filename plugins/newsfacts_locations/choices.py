"""One place for each mention that stands: each name read against the article's locality,
then again against the places its other names were read as.

The first reading (:func:`newsfacts_locations.contest.best`) weighs the states and counties
the article's names point to. A local paper names its town and its neighbours and often not
its state, and names shared with towns elsewhere split their votes: "Gainesville" beside
Sherman and Norman, "Montgomery" beside Belle Plaine. So the towns and counties the names
were read as are laid down as points (:mod:`newsfacts_locations.nearby`), and every name is
read again, a reading near another name's place now counting for it (the ``nearby`` term):
Gainesville, Texas, 50 km from Sherman; Montgomery, Minnesota.

A name read otherwise the second time moves its point, and a village beside it may only
now have two neighbours: "Croydon" beside Claremont and Sunapee, New Hampshire, where
"Claremont" was first read as the Californian city. So when any name moved, the points
are laid anew from the second answers and the names are read a third time; a name whose
second answer lies near another name's place keeps it, for two names that each moved
towards the other's first reading would swap places again rather than settle.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence, Set
from typing import NamedTuple

from newsfacts_locations.addresses import local_body, north_american
from newsfacts_locations.contest import Kept, best, contenders, pick, topped
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.locality import Locality, county_of
from newsfacts_locations.nearby import Neighbours
from newsfacts_locations.qualifiers import fits_any, unknown_town
from newsfacts_locations.readings import (
    Mention,
    list_partners,
    listed_with_standing,
    locality,
    placed_names,
    stands,
    voter,
)
from newsfacts_locations.resolve import Clues, within_reach
from newsfacts_locations.states_read import recounted, states_read


def _state_and_city(places: Sequence[Place]) -> bool:
    """A state and a city of one country share the name ("New York", "Mexico")."""
    states = {p.country_code for p in places if p.kind == "admin" and not p.admin2}
    return any(p.kind == "city" and p.country_code in states for p in places)


def _of_unknown_towns(kept: Sequence[Mention], qualifiers: Sequence[tuple[Place, ...]]) -> set[int]:
    """Where the qualifiers of towns the gazetteer lacks name a state and a city ("near
    Pembroke, New York": the state). Each answer is read once per places (by identity: the
    mentions hold them), as a text repeats its names with their qualifiers."""
    readings_at = {m.candidate.start: m.candidate.places for m in kept}
    state_and_city: dict[int, bool] = {}
    unknown: dict[tuple[int, int], bool] = {}
    found: set[int] = set()
    for m, its_qualifier in zip(kept, qualifiers, strict=True):
        if m.qualifier is None:
            continue
        named = readings_at.get(m.qualifier.start, ())
        if id(named) not in state_and_city:
            state_and_city[id(named)] = _state_and_city(named)
        if not state_and_city[id(named)]:
            continue
        question = (id(m.candidate.places), id(its_qualifier))
        if question not in unknown:
            unknown[question] = unknown_town(m.candidate.places, its_qualifier)
        if unknown[question]:
            found.add(m.qualifier.start)
    return found


def _listed_after(text: str, end: int) -> bool:
    """Another name of a list right after ``end``: "Sharon, Cornwall| and Salisbury", "Utah,
    Colorado|, and Idaho"."""
    for join in (", and ", ", or ", " and ", " or ", ", "):
        if text.startswith(join, end):
            return text[end + len(join) : end + len(join) + 1].isupper()
    return False


def _qualifier(m: Mention, text: str) -> tuple[Place, ...]:
    """The places of a mention's qualifier; none for a "qualifier" that holds none of the
    mention's readings and goes on as a list ("in Warren, Kent and Goshen": three
    towns, not a Warren in Kent the gazetteer lacks)."""
    qualifier = m.qualifier
    if qualifier is None:
        return ()
    if (
        text
        and _listed_after(text, qualifier.end)
        and not any(fits_any(place, qualifier.places) for place in m.candidate.places)
    ):
        return ()
    return qualifier.places


def _county_names(asked: Sequence[Asked]) -> set[str]:
    """The names of the mentions that may be counties ("Greene County")."""
    return {a.key for a in asked if any(p.kind == "admin" and p.admin2 for p in a.places)}


#: What a name is asked: its key, places, qualifier's and qualified places (by identity), the
#: countries of the states it is listed with, and its flags (see :class:`Asked`)
Question = tuple[
    str, int, int, int, frozenset[str], bool, bool, bool, bool, bool, frozenset[tuple[str, str]]
]


class Asked(NamedTuple):
    """What the article says about one kept mention: the clues it is read with."""

    key: str
    places: tuple[Place, ...]
    qualifier: tuple[Place, ...]  # its qualifier's places ("Paris, Texas")
    qualifies: tuple[Place, ...]  # the places of the name it qualifies
    listed_with: frozenset[str]  # the countries of the states it is listed with
    residents: bool
    local_body: bool  # it opens a local body's name: "Vienna Police"
    unknown: bool  # it qualifies a town the gazetteer lacks
    dateline: bool
    division: bool
    setting: frozenset[tuple[str, str]]  # the states and countries its sentence opens with

    def question(self) -> Question:
        """A name asked again with the same clues gets the same answer (places by identity:
        the gazetteer's own tuples, and the qualifiers', which the mentions hold: hashing
        places at each mention costs)."""
        return (
            self.key,
            id(self.places),
            id(self.qualifier),
            id(self.qualifies),
            self.listed_with,
            self.residents,
            self.local_body,
            self.unknown,
            self.dateline,
            self.division,
            self.setting,
        )


def _asked(kept: Sequence[Mention], text: str, town_qualifiers: Set[int]) -> list[Asked]:
    qualifiers = [_qualifier(m, text) for m in kept]
    qualified = {m.qualifier.start: m.candidate.places for m in kept if m.qualifier is not None}
    # the qualifiers of towns the gazetteer lacks that name a state and a city ("near
    # Pembroke, New York": the state)
    of_unknown_towns = _of_unknown_towns(kept, qualifiers)
    partners = list_partners(kept, text) if text else {}
    # a name is one place in an article: a town's people or services after it once ("Berea
    # police") say so of its other mentions too
    residents = {m.candidate.key for m in kept if m.residents}
    # and a local body's or a school's name it opens ("Vienna Police", "Dublin High
    # School"), a local paper's form
    local_bodies = {
        m.candidate.key for m in kept if m.residents and local_body(text, m.candidate.end)
    }
    return [
        Asked(
            m.candidate.key,
            m.candidate.places,
            its_qualifier,
            qualified.get(m.candidate.start, ()),
            partners.get(m.start, frozenset()),
            m.candidate.key in residents,
            m.candidate.key in local_bodies,
            m.candidate.start in of_unknown_towns or m.candidate.start in town_qualifiers,
            m.dateline,
            m.division,
            m.setting,
        )
        for m, its_qualifier in zip(kept, qualifiers, strict=True)
    ]


class Names(NamedTuple):
    """The kept names as every pass reads them, worked out once: what each is asked, its
    question, the names of counties among them, and the order they are read in."""

    asked: Sequence[Asked]
    questions: list[Question]
    counties: set[str]  # the names that may be counties ("Greene County")
    order: list[int]  # the indices of ``asked``, the names of counties first

    @classmethod
    def of(cls, asked: Sequence[Asked]) -> Names:
        counties = _county_names(asked)
        order = sorted(range(len(asked)), key=lambda i: asked[i].key not in counties)
        return cls(asked, [a.question() for a in asked], counties, order)


def _choose(
    names: Names,
    setting: Locality,
    earlier: dict[Question, Place] | None = None,
    laid: Mapping[Question, Contest] | None = None,
    settled: bool = False,
    memo: dict[Question, Kept] | None = None,
) -> tuple[list[Place], dict[Question, Place]]:
    """The place of each mention, and the answer to each question. The names of counties
    first: a town's county then counts as the article reads it
    (:meth:`~newsfacts_locations.locality.Locality.county_pair`). Read again (``earlier``:
    the first answers), a name none of whose readings lies near another name's place keeps
    its first answer, unless a county was read otherwise; ``settled``: so does one whose
    earlier answer lies near another name's place. ``laid``: the contests of the names
    :func:`_lay_rivals` read, whose readings that may win it found already. ``memo``: what
    scoring each name kept (:class:`~newsfacts_locations.contest.Kept`), by question, against
    the same count of votes (filled here)."""
    setting.counties_read.clear()
    asked, counties = names.asked, names.counties
    chosen: dict[Question, Place] = {}
    places: list[Place | None] = [None] * len(asked)
    moved = False  # a county read otherwise the second time
    for i in names.order:
        a = asked[i]
        question = names.questions[i]
        place = chosen.get(question)
        if place is None:
            kept = memo.setdefault(question, Kept()) if memo is not None else None
            if earlier is not None and not moved and _stays(a, earlier[question], setting, settled):
                place = earlier[question]
            elif laid is not None and question in laid:
                place = pick(*laid[question], kept)
            else:
                place = best(a.places, _clues(a, setting), kept)
            chosen[question] = place
            if a.key in counties:
                setting.read_county(voter(a.key), place)
                moved = moved or (earlier is not None and place != earlier[question])
        places[i] = place
    return [place for place in places if place is not None], chosen


def _stays(a: Asked, place: Place, setting: Locality, settled: bool) -> bool:
    """Whether a name read again keeps its earlier answer: when none of its readings lies
    near another name's place, or (``settled``) when that answer does."""
    return not _near(a, setting) or (settled and setting.neighbours.near(place, voter(a.key)))


def _clues(a: Asked, setting: Locality) -> Clues:
    """The clues of a mention, built only when its question is new: an attrs object per
    mention costs."""
    return Clues(
        voter(a.key),
        setting,
        a.qualifier,
        a.qualifies,
        a.listed_with,
        a.residents,
        a.local_body,
        a.unknown,
        a.dateline,
        a.division,
        a.setting,
    )


def _near(a: Asked, setting: Locality) -> bool:
    """Whether a reading of an ambiguous name lies near another name's place."""
    key = voter(a.key)
    near = setting.neighbours.near
    return len(a.places) > 1 and any(near(place, key) for place in a.places)


#: The most readings a name may have that may win, for them to be laid as rivals: among the
#: readings of two names of a dozen each ("Scott County", "Hamilton County" in a story of
#: swing states), two lie side by side by chance
MAX_RIVALS = 3


#: A name's readings that may win (:func:`~newsfacts_locations.contest.contenders`) and the
#: clues they are scored with (:func:`~newsfacts_locations.contest.topped`)
Contest = tuple[list[Place], Clues]


def _lay_rivals(names: Names, setting: Locality) -> dict[Question, Contest]:
    """The points of the readings that may win for each ambiguous name read without a
    qualifier, when two or three may (:data:`MAX_RIVALS`), all of them towns or counties of
    one country (see :attr:`~newsfacts_locations.locality.Locality.rivals`): not "Kent"
    (the English county, and a town of Washington beside Fife, Washington), "Mexico" or
    "Washington", whose country or state a pair of towns does not outweigh.

    The contest of each name read, by question: the first reading of the names
    (:func:`_choose`) scores them among the same readings, for what decides which may win
    (the article's votes, no point laid yet) has not changed."""
    seen: dict[Question, Contest] = {}
    for a, question in zip(names.asked, names.questions, strict=True):
        if len(a.places) < 2 or question in seen or a.qualifier or a.qualifies:
            continue
        key = voter(a.key)
        clues = topped(a.places, _clues(a, setting))
        may_win = contenders(a.places, clues)
        seen[question] = (may_win, clues)
        its = [place for place in may_win if within_reach(place, clues)]
        if 1 < len(its) <= MAX_RIVALS and _local_rivals(its):
            setting.rival_names.add(key)
            for place in its:
                setting.rivals.add(key, place)
    return seen


def _local_rivals(places: Sequence[Place]) -> bool:
    """Whether ``places`` are all towns or counties, of one country."""
    return len({p.country_code for p in places}) == 1 and all(
        p.kind == "city" or (p.kind == "admin" and bool(p.admin2)) for p in places
    )


def _lay_points(kept: Sequence[Mention], places: Sequence[Place], setting: Locality) -> bool:
    """The points of the places the kept names were read as, but for a politician's state
    or town after a party letter ("D-Calif."), which is not where the story is. Whether any
    was laid: if none, a second reading changes nothing."""
    laid = False
    for m, place in zip(kept, places, strict=True):
        if not m.affiliation:
            laid = setting.neighbours.add(voter(m.candidate.key), place) or laid
    return laid


def _counties_read(kept: Sequence[Mention], places: Sequence[Place]) -> dict[str, Place]:
    """The counties the article's names of counties were read as, by their short names
    ("DeKalb County": DeKalb); a name read as two counties, as the last of them (a story of
    swing states names "Jefferson County" three times, "Colorado's Jefferson County" last)."""
    return {
        m.candidate.key.removesuffix(" County"): place
        for m, place in zip(kept, places, strict=True)
        if m.candidate.key.endswith(" County") and place.kind == "admin" and place.admin2
    }


def _short_county(key: str, place: Place, counties: Mapping[str, Place]) -> Place:
    """The county the article names in full for a town of its short name that lies outside
    it: local news writes a county's name short for its bodies ("DeKalb police" in a story
    of DeKalb County, Georgia, is the county's, not the city of DeKalb, Illinois); a town in
    the county of its name stays ("Clinton" in Clinton County, Iowa)."""
    county = counties.get(key) if place.kind == "city" else None
    if county is None or county_of(place) == county_of(county):
        return place
    return county


def resolve(
    mentions: Sequence[Mention],
    text: str = "",
    town_qualifiers: Set[int] = frozenset(),
    bodies: Sequence[tuple[str, tuple[Place, ...]]] = (),
    people: Set[str] = frozenset(),
) -> Iterator[tuple[int, int, Place]]:
    """(start, end, place) for each mention that stands, and for each qualifier-only
    abbreviation that qualifies one ("Gary, Ind."); ``text``: the article's, where the
    words between two names say whether they are listed together; ``town_qualifiers``: where
    the qualifiers of towns the gazetteer lacks and no mention holds start ("in Ellabell,
    Georgia": the state, as for "near Pembroke, New York"); ``bodies``: the states the
    article's public bodies name, which vote in its locality; ``people``: the names the
    article gives its people (see :func:`~newsfacts_locations.readings.placed_names`)."""
    setting = locality(mentions, bodies, addressed=north_american(text))
    leading = setting.leading()
    standing = frozenset(m.candidate.key for m in mentions if not m.pending)
    placed = placed_names(mentions, text, people)
    answers: dict[tuple[str, int], bool] = {}
    listed = listed_with_standing(mentions, text) if text else {}
    qualified = frozenset(
        m.candidate.key for m in mentions if not m.pending and m.qualifier is not None
    )
    kept = [
        m
        for m in mentions
        if stands(m, setting, leading, standing, answers, listed, qualified, placed)
    ]
    names = Names.of(_asked(kept, text, town_qualifiers))
    laid = _lay_rivals(names, setting)
    memo: dict[Question, Kept] = {}  # (the count of votes stays but for a recount)
    places, first = _choose(names, setting, laid=laid, memo=memo)
    laid_points = _lay_points(kept, places, setting)
    read = states_read(kept, places)
    if read:  # a state's votes moved: every name read again
        setting = recounted(setting, mentions, bodies, read)
        memo = {}
        second, again = _choose(names, setting, memo=memo)
    elif laid_points:
        second, again = _choose(names, setting, first, memo=memo)
    else:
        second, again = places, first
    moved = any(old is not new for old, new in zip(places, second, strict=True))
    places = second
    if moved:  # the points of the second answers, read a third time (see the module's doc)
        setting.neighbours = Neighbours()
        if _lay_points(kept, places, setting):
            places, _ = _choose(names, setting, again, settled=True, memo=memo)
    counties = _counties_read(kept, places)
    unknown_as: dict[str, Place] = {}  # the towns the gazetteer lacks, by name
    for m, place in zip(kept, places, strict=True):
        if m.qualifier is not None and place.kind == "city" and place.geonames_id is None:
            unknown_as.setdefault(m.candidate.key, place)  # at its state's point
    for m, place in zip(kept, places, strict=True):
        # a town the gazetteer lacks, once qualified, is that town at the name's other
        # mentions: "CORNWALL, Vermont" ... "Cornwall" is not the English county
        if m.qualifier is None:
            place = unknown_as.get(m.candidate.key, place)
            place = _short_county(m.candidate.key, place, counties)
        yield m.start, m.candidate.end, place
        qualifier = m.qualifier
        if qualifier is not None and qualifier.abbreviation:
            yield qualifier.start, qualifier.end, qualifier.places[0]
