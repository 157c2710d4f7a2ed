"""What stands next to a place name: the names other fields claim, capitalized neighbours.

Helpers of the checks of :mod:`newsfacts_locations.checks`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence

import attrs

import newsfacts
from newsfacts.plugin import NAME_PARTICLES, VENUE_WORDS
from newsfacts_locations import context, products, support, words
from newsfacts_locations.article import Article
from newsfacts_locations.gazetteer import Gazetteer
from newsfacts_locations.matching import Candidate
from newsfacts_locations.openers import SentenceTokens

WEAK_CLAIM_KINDS = context.LARGE_KINDS
# How the name of an office holder's office ends: "Sheriff's Office", "Coroner’s Department"
_OFFICE_ENDINGS = tuple(f"{mark}s {word}" for mark in "'’" for word in ("Office", "Department"))
#: A fact's (start, end), read in C.
_SPAN = operator.attrgetter("start", "end")
#: The stretches of no claim: no method changes a SpanSet, so one serves every text that
#: lacks a kind of claim (most lack offices), not one made for each.
_NO_SPANS = newsfacts.SpanSet()


@attrs.frozen(repr=False, eq=False)
class Claims:
    """The text that the organizations and people fields claim.

    A claim covering exactly the name of a country, division or sea ("Tamil Nadu",
    "Atlantic"), a big city's name read as a person's ("Ann Arbor"), or a place's name that
    a preposition of place supports ("in Beverly Hills"), is weak:
    the place stands, unless the name is the surname of a longer person's name in the article
    ("Michael Jordan" ... "Jordan") or the one name of a person it names with a title
    ("President Obama" ... "in Obama's cabinet"), or the article is a sports report (where
    teams are named after places). ``readings`` are the claims that shorten an institution's
    name ("Harvard" for Harvard University) or name a company:
    :mod:`newsfacts_locations.products`.
    """

    spans: newsfacts.SpanSet
    exact: frozenset[tuple[int, int]]
    surnames: frozenset[str]
    people: frozenset[tuple[int, int]] = frozenset()
    readings: products.Readings = attrs.field(factory=products.Readings)
    #: Where the people field's names end: "Betty Kneasel| of Myerstown".
    people_ends: frozenset[int] = frozenset()
    #: The option ``inside_organizations``: a well-known place inside an organization's
    #: longer name stands ("Bank of Canada"), outside sports reports.
    inside_organizations: bool = False
    #: The people field's names, for overlap questions (``people`` holds their exact spans);
    #: asked only with ``inside_organizations``, and left empty without it.
    people_spans: newsfacts.SpanSet = attrs.field(factory=newsfacts.SpanSet)
    #: Where the people field's names start: "ambassador to Egypt |Dan Kurtzer".
    people_starts: frozenset[int] = frozenset()
    #: An office holder's office, named by the place it serves: "the Franklin County
    #: Sheriff's Office", "the U.S. Attorney's Office" (the place stands inside it).
    offices: newsfacts.SpanSet = attrs.field(factory=newsfacts.SpanSet)
    #: Where the names of people titled with a state's office end: "Sen. Chuck Schumer| of
    #: New York" (``data/state_office_titles.txt``).
    state_office_ends: frozenset[int] = frozenset()

    @classmethod
    def of(
        cls,
        organizations: Sequence[newsfacts.Fact],
        people: Sequence[newsfacts.Fact],
        *,
        inside_organizations: bool = False,
    ) -> Claims:
        if not organizations and not people:  # many short texts: no claim to index
            return cls(
                _NO_SPANS,
                frozenset(),
                frozenset(),
                inside_organizations=inside_organizations,
                people_spans=_NO_SPANS,
                offices=_NO_SPANS,
            )
        named = _People.of(people)
        offices = [o for o in organizations if o.text.endswith(_OFFICE_ENDINGS)]
        return cls(
            newsfacts.SpanSet([*organizations, *people]),
            frozenset(map(_SPAN, organizations)).union(named.spans),
            frozenset(named.surnames),
            frozenset(named.spans),
            products.Readings.of(organizations, named.ends),
            frozenset(named.ends),
            inside_organizations,
            newsfacts.SpanSet.of_spans(named.spans) if inside_organizations else _NO_SPANS,
            frozenset(named.starts),
            newsfacts.SpanSet(offices) if offices else _NO_SPANS,  # most texts: none
            frozenset(named.state_office_ends),
        )

    def weak(
        self, candidate: Candidate, sports: bool, supported: Callable[[], bool], inside: bool
    ) -> bool:
        if inside and self.spans.overlaps(candidate.start, candidate.end):
            return True  # "the Conservatory of Music in Lisbon": the place ends the name
        if self._within(candidate):
            return True  # "the Australian Capital Territory": "Australian Capital" is no firm
        if self.lifted(candidate, sports):
            return True  # "the Bank of Canada", "the Ohio Housing Finance Agency"
        if self.offices.contains(candidate.start, candidate.end):
            return True  # "the Franklin County Sheriff's Office": the county's own office
        if all(place.kind == "feature" for place in candidate.places) and supported():
            # a ground or a landmark after a preposition of place, which the sports rule
            # took for a team: "drew at Selhurst Park", "at Celtic Park" ("Celtic" claimed)
            return True
        if sports or (candidate.start, candidate.end) not in self.exact:
            return False
        if candidate.key in self.surnames:
            return False
        if candidate.key.rsplit(" ", 1)[-1] in words.INSTITUTION_HEADS:
            return False  # "at Tufts University": the university, though a place bears it
        if any(p.kind in WEAK_CLAIM_KINDS for p in candidate.places) or supported():
            return True
        # A person's name of two words or more that is a big city's ("Ann Arbor", "Baton
        # Rouge"): a given name opens many cities' names, and few people share one.
        return (
            (candidate.start, candidate.end) in self.people
            and " " in candidate.key
            and any(context.well_known(p) for p in candidate.places)
        )

    def _within(self, candidate: Candidate) -> bool:
        """Whether the claims on the place's name lie inside it, shorter: the longer name
        wins ("Australian Capital Territory" over the company "Australian Capital")."""
        start, end = candidate.start, candidate.end
        return not (
            self.spans.contains(start, end)
            or self.spans.overlaps(start - 1, start)
            or self.spans.overlaps(end, end + 1)
        )

    def lifted(self, candidate: Candidate, sports: bool) -> bool:
        """With the option ``inside_organizations``, outside sports reports: a well-known
        place inside a longer name the organizations field claims (not a person's), which
        geoparsing corpora count and NER corpora do not."""
        start, end = candidate.start, candidate.end
        return (
            self.inside_organizations
            and not sports
            and (start, end) not in self.exact
            and self.spans.contains(start, end)
            and not self.people_spans.overlaps(start, end)
            and any(context.well_known(place) for place in candidate.places)
        )


def self_evident(candidate: Candidate, tokens: SentenceTokens) -> bool:
    """A name whose form says it is a place whatever follows: a county ("Laurel County
    Clerk") or an abbreviated state ("Lumpkin, Ga. Hugley-Green won")."""
    return (
        candidate.key.rsplit(" ", 1)[-1] in words.COUNTY_NAMES
        or tokens.texts[candidate.last] == "."
    )


# How many capitalized words (or "&") may stand between a name and the venue word ending the
# name it starts: "Qatar Airways Stadium", "AT & T Stadium".
_VENUE_REACH = 3


def opens_venue(tokens: SentenceTokens, last: int) -> bool:
    """Whether the name ending at token ``last`` opens a venue's name: "Emirates Stadium",
    "Qatar Airways Stadium" (``newsfacts.plugin.VENUE_WORDS``)."""
    for index in range(last + 1, min(len(tokens), last + 2 + _VENUE_REACH)):
        text = tokens.texts[index]
        if text in VENUE_WORDS:
            return True
        if not (text == "&" or context.name_word(text)):
            return False
    return False


def marked(candidate: Candidate, tokens: SentenceTokens) -> bool:
    """A possessive or a place compound: "Iran's", "US-based"."""
    if candidate.compound:
        return support.place_compound(tokens.texts[candidate.last])
    return candidate.end < tokens.ends[candidate.last]


def starts_claim(claims: Claims, candidate: Candidate) -> bool:
    """Whether a claimed name starts with this town or division: "Beverly Hills Police
    Department", "Henry County Courthouse"."""
    return not claims.spans.overlaps(candidate.start - 2, candidate.start) and any(
        place.kind in ("admin", "city") for place in candidate.places
    )


def ends_claim(claims: Claims, candidate: Candidate, following: str, towns: bool) -> bool:
    """Whether a claimed name ends with a town where the body sits ("School of Music in
    London"), not with a country or a continent it works for ("Human Rights in China",
    "Security and Cooperation in Europe (OSCE)"); ``towns``: every reading of the name is a
    town (its :class:`~newsfacts_locations.context.Traits`, read once per name)."""
    return (
        towns
        and following != "("
        and not context.name_word(following)
        and not claims.spans.overlaps(candidate.end, candidate.end + 2)
    )


#: A possessive's endings: a word in the possessive before a place owns what follows, no
#: person's first name ("Acme's Tennessee plant", "the senator's Florida estate")
_POSSESSIVES = ("'s", "’s", "s'", "s’")
#: Plural nouns whose possessive goes on with a name ("Democratic People's Republic of Korea",
#: "Children's Hospital"): no owner
_NAME_PLURALS = frozenset({"People", "Children", "Women", "Men"})


def _owner(word: str) -> bool:
    """A word in the possessive, an owner: "Dow's", "Acme’s" (not "People's")."""
    return word.endswith(_POSSESSIVES) and word[:-2] not in _NAME_PLURALS


def name_before(gazetteer: Gazetteer, tokens: SentenceTokens, first: int, article: Article) -> bool:
    """A capitalized word right before ("Lindsey Graham", "Mariano Rivera"; not one in the
    possessive: "Acme's Tennessee plant"), an initial ("R. Croft", "St. Mary"; not a compass
    point: "N. Main"), or one and a particle ("Cinco de Mayo", "Tour de France")."""
    if first == 0:
        return False
    previous = tokens.texts[first - 1]
    if previous in NAME_PARTICLES and first > 1:
        return context.name_word(tokens.texts[first - 2])
    if previous == "." and first > 1 and _initial(tokens.texts[first - 2]):
        return tokens.starts[first] - tokens.ends[first - 1] == 1
    if (
        not context.name_word_before(previous)
        or _owner(previous)  # an owner's: "Dow's West Virginia plant"
        or previous in words.DEMONYMS
        or context.well_known_name(gazetteer, previous)
        or tokens.starts[first] - tokens.ends[first - 1] > 1
    ):
        return False
    # a sentence's first word is a name only if the article never writes it in lower case,
    # and never a number word ("Four Hale County residents")
    return first > 1 or (
        previous.lower() not in article.lower_case and previous not in words.NUMBER_WORDS
    )


def _initial(text: str) -> bool:
    """An initial ("R."), or a saint's abbreviation ("St. Mary Hospital": no Mary, Turkmenistan;
    a town named for a saint is in the gazetteer whole: "St. Cloud")."""
    return (len(text) == 1 and text.isupper() and text not in words.COMPASS_INITIALS) or (
        text == "St"
    )


def name_after(gazetteer: Gazetteer, tokens: SentenceTokens, last: int) -> bool:
    """A capitalized word right after ("Kyiv Regional", "Washington Post"), a particle and
    one ("Van der Westhuizen"), or a middle initial ("Judah P. Benjamin")."""
    if last + 1 >= len(tokens):
        return False
    following = tokens.texts[last + 1]
    if following in NAME_PARTICLES and last + 2 < len(tokens):
        return context.name_word(tokens.texts[last + 2])
    if _initial(following) and last + 2 < len(tokens) and tokens.texts[last + 2] == ".":
        return True  # a middle initial: "Judah P. Benjamin"
    return (
        context.name_word(following)
        and following not in words.ROLE_WORDS
        and not context.well_known_name(gazetteer, following)
    )


def may_name_after(word: str) -> bool:
    """Whether a word right after a name may join it to a longer one (what :func:`name_after`
    and :func:`of_name` need of it): a particle, an initial, a capitalized word, "of"."""
    return word in NAME_PARTICLES or _initial(word) or context.name_word(word) or word == "of"


def may_name_before(word: str) -> bool:
    """Whether a word right before a name may join it to a longer one (what
    :func:`name_before` needs of it): a particle, an initial's period, a capitalized word."""
    return word in NAME_PARTICLES or word == "." or context.name_word(word)


def of_name(tokens: SentenceTokens, last: int) -> bool:
    """ "of" and a capitalized word right after: a longer name it heads ("Summit of the
    Americas"; the gazetteer's own such names, "Gulf of Mexico", match whole)."""
    at = last + 1
    if at + 1 >= len(tokens) or tokens.texts[at] != "of":
        return False
    at += 1 if tokens.texts[at + 1] != "the" else 2
    return at < len(tokens) and context.name_word(tokens.texts[at])


def portfolio(tokens: SentenceTokens, at: int) -> bool:
    """A portfolio's word before a role word: "Kerala [Revenue] Minister", "Ohio
    [Agriculture] Commissioner" (the place is the office's, not part of a name)."""
    return at + 1 < len(tokens) and tokens.texts[at + 1] in words.ROLE_WORDS


class _People:
    """What the claims read of the people field's mentions, read in one pass over them, not
    in a pass for each of the five things read (each reading a mention's fields again)."""

    __slots__ = ("ends", "spans", "starts", "state_office_ends", "surnames")

    def __init__(self) -> None:
        #: The last word of a full name; a single word the people field takes for a longer
        #: name: "Lee" of "Lee Jae-myung", whose family name comes first; and the one word
        #: of a person the article names with a title somewhere ("President Obama" ... "in
        #: Obama's cabinet" is no town in Japan).
        self.surnames: set[str] = set()
        self.spans: list[tuple[int, int]] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        #: Where the names of people titled with a state's seat or office end ("Sen.").
        self.state_office_ends: list[int] = []

    @classmethod
    def of(cls, people: Sequence[newsfacts.Fact]) -> _People:
        found = cls()
        surnames, spans, starts, ends = found.surnames, found.spans, found.starts, found.ends
        for person in people:
            text, start, end = person.text, person.start, person.end
            name = _name(person)
            if " " in text:
                surnames.add(text.rsplit(" ", 1)[-1])
            elif " " in name:
                surnames.add(text)
            title = getattr(person, "title", None)
            if title and " " not in name:
                surnames.add(name)
            spans.append((start, end))
            starts.append(start)
            ends.append(end)
            if isinstance(title, str) and title.lower().rstrip(".") in words.STATE_OFFICE_TITLES:
                found.state_office_ends.append(end)
        return found


def _name(person: newsfacts.Fact) -> str:
    """The full name the people field gives a mention ("" for a fact without one)."""
    name = getattr(person, "name", None)
    return name if isinstance(name, str) else ""


def acronym(word: str) -> bool:
    """Two to five capital letters: "RCMP", "PD", "FBI"; not a roman numeral, which a name
    goes on with ("the Falcon XL truck", "a Class II permit"), nor a member's of a
    parliament, which the words of roles read ("Halton MPP Ann Lee": ``seat_holders.txt``)."""
    return (
        2 <= len(word) <= 5
        and word.isalpha()
        and word.isupper()
        and not set(word) <= _NUMERALS
        and word not in words.SEAT_HOLDERS
    )


_NUMERALS = frozenset("IVXL")


def body_initials(tokens: SentenceTokens, index: int, claims: Claims) -> bool:
    """A body's initials in capitals that another field names ("UN", "OSCE", "NATO"), the
    token ``index``: before a well-known place they name the body's office or mission there
    ("the UN Syria envoy", "the OSCE Moldova mission"), where no person's first name is
    written so; not capitals that name nothing ("ROLL TIDE Alabama")."""
    word = tokens.texts[index]
    return (
        2 <= len(word) <= LONGEST_INITIALS
        and word.isalpha()
        and word.isupper()
        and claims.spans.overlaps(tokens.starts[index], tokens.ends[index])
    )


LONGEST_INITIALS = 6  # letters: "UNESCO"
