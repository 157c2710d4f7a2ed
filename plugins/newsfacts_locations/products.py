"""Names that are products, companies, institutions or common words here, not places.

Business and technology news names rockets, phones, cars and software after places
("Falcon", "Tucson", "Orion"), companies and universities and museums by a town's name
("Amazon", "Harvard", "Oxford", "the Prado"), and opens sentences with capitalized common
words that are also towns ("Store sales fell"). Each check below looks at one gazetteer name
and the words around it and answers yes or no; :func:`reason` gives the name of the first
that says yes, in this order (and ``None`` when the name may be a place):

``institution``
    the organizations field reads the name as the short form of an institution's name
    ("Harvard" → "Harvard University"; "Oxford" in "studied at Oxford"), and no qualifier
    follows ("Harvard, Massachusetts" is the town).
``company``
    the organizations field reads the name as a company's ("Amazon said", "Carrefour will
    close stores"), and nothing around it says place: no preposition of place before it ("in
    the Amazon"; but "shares in Carrefour", after a word of ``data/company_words.txt``, is
    the company's), no qualifier after it, no place noun before it. A name after a place
    and a comma is a place ("Spokane, Washington hosts fair"), not one after a company
    ("Google, Amazon and Apple"). A country, a state or a city of a million people stays a
    place ("Emirates" may be the airline or the country; "the tech giant Washington"). A
    company's name the article writes in full ("Nashua Corp."), written short, takes a
    qualifier or a place noun to be a place ("the city of Nashua"), not a preposition ("the
    rest of Nashua").
``model-designator``
    a product name of ``data/products.txt`` before a model designator — a number, a Roman
    numeral or a capital letter, then a word in lower case or the sentence's end ("a Falcon 9
    rocket", "the Atlas V", "Vega C"); not after a preposition of place, where a number is a
    count ("in Phoenix 20 years ago").
``product-noun``
    a product noun after the name, or after a model designator (``data/product_nouns.tsv``):
    "the Phoenix lander", "a Tacoma sedan"; "rocket" and its kind only after a listed product
    name or a designator ("an Atlas rocket", not "the Gaza rocket attack"); a tax, a poll or a
    pipeline only after a town's name, no well-known place's ("the Keystone pipeline", not
    "an Iowa poll").
``product-article``
    a product name of ``data/products.txt`` after "the", with no preposition of place before
    ("The Mustang is built in Michigan", "the Jupiter reached orbit"; towns do not take
    "the"); not a well-known place, whose name qualifies a noun after "the" ("the Phoenix
    area", "the Tucson office"), nor before a capitalized word ("the Jupiter Police").
``product-line``
    a company's product-line word (``data/product_lines.txt``) right after another capitalized
    name: "Samsung Mobile", "Microsoft Store".
``platform-release``
    a platform's word of ``data/versioned_platforms.txt`` right before the name, whose
    releases are named after places: "macOS Sonoma", "macOS Big Sur".
``common-word``
    a one-word name opening the sentence (after an opening quote or bracket, if any) that the
    article also writes in lower case, before a word in lower case that is not a local noun:
    "Store sales fell" where the article speaks of "the store"; "Central banks raised rates"
    beside "central banks". Not a country ("Turkey said" beside "a turkey"), not "Reading
    police".

Brand names that the gazetteer holds as another spelling of a place ("Mobil" for Mobile)
are in ``data/not_places.txt``. Platform names ("on Android", "for Windows") are not in the
gazetteer at all.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs

import newsfacts
from newsfacts.plugin import ORGANIZATION_HEADS, Check, Segment, compiled
from newsfacts_locations import context, support, words
from newsfacts_locations.gazetteer import Place
from newsfacts_locations.matching import Candidate, Columns

# "9", "IV", "C", "S24": what follows a product family's name to name one model
DESIGNATOR = compiled(r"\d{1,2}|[IVX]{1,4}|[A-Z]\d{0,3}")
# ASCII marks and lower-case letters: no designator opens with one (see designator())
_NOT_OPENING = frozenset(string.punctuation + string.ascii_lowercase)
SENTENCE_ENDS = frozenset({"", ".", "!", "?", ";"})
DIVISIONS = frozenset({"country", "admin"})
BIG_CITY = 1_000_000
SENTENCE_OPENERS = frozenset({'"', "“", "'", "‘", "(", "["})


@attrs.frozen(repr=False, eq=False)
class Readings:
    """The organization mentions that name an institution or a company, by (start, end)."""

    institutions: frozenset[tuple[int, int]] = frozenset()
    companies: frozenset[tuple[int, int]] = frozenset()
    #: A company's name written short, where the article writes it in full with a company's
    #: head word: "Nashua" after "Nashua Corp.", "La Jolla" after "La Jolla Bancorp".
    short_forms: frozenset[tuple[int, int]] = frozenset()
    #: Where the people field's names end: "Andy Jassy|, Amazon's chief executive" lists no
    #: place before the company's name, as "Tacoma, Washington" does.
    person_ends: frozenset[int] = frozenset()

    @classmethod
    def of(
        cls, organizations: Iterable[newsfacts.Fact], person_ends: Iterable[int] = ()
    ) -> Readings:
        institutions, companies, short_forms = set(), set(), set()
        for fact in organizations:
            span = (fact.start, fact.end)
            if _shortened_institution(fact):
                institutions.add(span)
            elif getattr(fact, "kind", None) == "company":
                if " " not in fact.text:
                    companies.add(span)
                if _shortened_company(fact):
                    short_forms.add(span)
        return cls(
            frozenset(institutions),
            frozenset(companies),
            frozenset(short_forms),
            frozenset(person_ends),
        )


def _shortened_institution(fact: newsfacts.Fact) -> bool:
    """ "Harvard" for "Harvard University", "the Prado" for "Prado Museum": an institution's
    word in the canonical name, none in the text."""
    name = getattr(fact, "name", None)
    if not isinstance(name, str) or name == fact.text:
        return False
    # (set operations in C: most names hold no institution's word, and the text is split
    # only for those that do)
    heads = words.INSTITUTION_HEADS.intersection(name.split())
    return bool(heads) and not heads.issubset(fact.text.split())


def _shortened_company(fact: newsfacts.Fact) -> bool:
    """ "Nashua" for "Nashua Corp.": a company's name whose last word is a company's head
    word (``newsfacts.plugin.ORGANIZATION_HEADS``), and the text a shorter form of it."""
    name = getattr(fact, "name", None)
    if not isinstance(name, str) or name == fact.text:
        return False
    head = ORGANIZATION_HEADS.get(name.rsplit(" ", 1)[-1])
    return head is not None and head.kind == "company"


class Around(NamedTuple):
    """One gazetteer name and the words after and before it."""

    key: str
    previous: str
    following: str
    after_following: str
    institution: bool  # the organizations field reads it as an institution's short name
    qualified: bool  # a state, county or country follows: "Harvard, Massachusetts"
    company: bool = False  # the organizations field reads it as a company, and no place word
    common: bool = False  # a sentence's first word, also written in lower case in the article
    before_previous: str = ""
    well_known: bool = False  # a country, division, region or city above 100,000 people

    @classmethod
    def of(
        cls,
        tokens: Columns,
        candidate: Candidate,
        claims: Readings,
        qualified: bool,
        lower_case: frozenset[str] = frozenset(),
    ) -> Around:
        first, last = candidate.first, candidate.last
        texts = tokens.texts
        count = len(texts)
        span = (candidate.start, candidate.end)
        return cls(
            candidate.key,
            texts[first - 1] if first > 0 else "",
            texts[last + 1] if last + 1 < count else "",
            texts[last + 2] if last + 2 < count else "",
            span in claims.institutions,
            qualified,
            _read_as_company(tokens, candidate, claims, qualified),
            _opens_sentence(texts, candidate)
            and candidate.key.lower() in lower_case
            and not any(place.kind == "country" for place in candidate.places),
            texts[first - 2] if first > 1 else "",
            # asked only of listed products ("the Phoenix area") and of names before a noun
            # of data/product_nouns.tsv's scope "town" ("the Texas tax"): most names have
            # many places
            (
                candidate.key in words.PRODUCTS
                or _town_noun(texts[last + 1] if last + 1 < count else "")
            )
            and any(map(context.well_known, candidate.places)),
        )


def _read_as_company(
    tokens: Columns, candidate: Candidate, claims: Readings, qualified: bool
) -> bool:
    """The organizations field reads the name as a company's, and no word around it says
    place; a short form of a company named in full in the article takes a qualifier or a
    place noun ("the city of Nashua") to be a place, not a preposition ("a stake in
    Nashua", "the rest of Nashua")."""
    span = (candidate.start, candidate.end)
    short = span in claims.short_forms
    if not (short or span in claims.companies):
        return False
    first = candidate.first
    if _stays_a_place(candidate, tokens.texts[first - 1] if first > 0 else ""):
        return False
    if short:
        return not (qualified or _place_noun_before(tokens.texts, first))
    return not _place_words(tokens, candidate, qualified, claims)


def _place_noun_before(texts: Sequence[str], first: int) -> bool:
    """A place noun right before the name, or before "of" before it: "the city of Nashua"."""
    before = first - 2 if first > 1 and texts[first - 1] == "of" else first - 1
    return before >= 0 and texts[before].lower() in words.PLACE_NOUNS


def _stays_a_place(candidate: Candidate, previous: str) -> bool:
    """Whether a reading of the name is never a company's (:func:`_never_a_company`); but a
    country's short form that takes "the" is the country only after it: "Emirates said",
    "flew Emirates" are the airline's, "the Emirates said" the country's
    (``data/the_short_forms.txt``)."""
    if candidate.key in words.THE_SHORT_FORMS and previous.lower() != "the":
        return False
    return any(map(_never_a_company, candidate.places))


def _never_a_company(place: Place) -> bool:
    """A country, a US state or a city of a million people: "Indiana", "London" are the
    places even where the organizations field took them for a company ("the tech giant
    Washington", "a strategist at Tokyo brokers"); a division of another country is
    not ("Amazon, Google, Meta and others": Meta, Colombia)."""
    if place.kind in DIVISIONS and place.kind != "country":
        return place.country_code == "US"
    return place.kind in DIVISIONS or place.population >= BIG_CITY


def _place_words(
    tokens: Columns,
    candidate: Candidate,
    qualified: bool,
    claims: Readings,
) -> bool:
    """A preposition of place, a qualifier, a place noun, or a name and a comma before it
    that is neither a company's nor a person's ("Tacoma, Washington", not "Google, Amazon"
    nor "Andy Jassy, Amazon's chief executive")."""
    around = support.Surroundings.of(
        tokens.texts,
        tokens.ends,
        candidate,
        qualified=qualified,
        dated=False,
        fixture=False,
        body=False,
    )
    if support.preposition(around):
        # "shares in Carrefour", "analysts at Amazon": the company's, not a place's
        return around.before_previous.lower() not in words.COMPANY_WORDS
    if qualified or support.place_noun(around):
        return True
    if not support.listed(around):
        return False
    before = candidate.first - 2
    start, end = tokens.starts[before], tokens.ends[before]
    return (start, end) not in claims.companies and end not in claims.person_ends


def _opens_sentence(texts: Sequence[str], candidate: Candidate) -> bool:
    """A one-word name, not a compound, first in its sentence or after an opening mark."""
    first = candidate.first
    if candidate.compound or first != candidate.last or first > 1:
        return False
    return first == 0 or texts[0] in SENTENCE_OPENERS


def designator(word: str) -> bool:
    """A model designator: "9", "IV", "C", "S24"."""
    # at most four characters, opening with neither a mark nor a lower-case letter: most words
    # after a name ("," "of" "police") fail these and are spared the pattern, whose every
    # match opens with \d or A-Z
    return (
        len(word) <= 4 and word[:1] not in _NOT_OPENING and DESIGNATOR.fullmatch(word) is not None
    )


def institution(around: Around) -> bool:
    return around.institution and not around.qualified


def company(around: Around) -> bool:
    return around.company


def model_designator(around: Around) -> bool:
    if around.key not in words.PRODUCTS or not designator(around.following):
        return False
    after = around.after_following
    if not (after in SENTENCE_ENDS or after[:1].islower()):
        return False  # "Phoenix 12, Denver 9": a score
    return around.previous.lower() not in words.PREPOSITIONS


def product_article(around: Around) -> bool:
    return (
        around.key in words.PRODUCTS
        and not around.well_known
        and around.previous.lower() == "the"
        and around.before_previous.lower() not in words.PREPOSITIONS
        and not context.name_word(around.following)  # "the Jupiter Police Department"
    )


def _bare(word: str) -> str:
    """``word`` without a possessive ending: "capsule's" (the Orion capsule's heat shield)."""
    return word.removesuffix("'s").removesuffix("’s")


def _town_noun(word: str) -> bool:
    """Whether ``word`` is a noun that makes a town's name before it no place ("pipeline")."""
    noun = _bare(word)
    return "town" in (words.PRODUCT_NOUNS.get(noun), words.PRODUCT_NOUNS.get(noun.lower()))


def product_noun(around: Around) -> bool:
    noun, designated = _bare(around.following), False
    if designator(noun):
        noun, designated = around.after_following, True
    after = words.PRODUCT_NOUNS.get(noun) or words.PRODUCT_NOUNS.get(noun.lower())
    if after is None:
        return False
    if after == "town":  # "the Keystone pipeline", but "the Texas tax", "an Iowa poll"
        return not around.well_known
    return after == "any" or designated or around.key in words.PRODUCTS


def product_line(around: Around) -> bool:
    previous = around.previous
    return (
        around.key in words.PRODUCT_LINES
        and context.name_word(previous)
        and previous not in words.DIRECTIONS
    )


def platform_release(around: Around) -> bool:
    return around.previous in words.VERSIONED_PLATFORMS


def common_word(around: Around) -> bool:
    following = around.following
    return around.common and following[:1].islower() and following not in words.LOCAL_NOUNS


#: Why a gazetteer name is no place here, in order: the first check that holds names the
#: reason (the evidence of the locations table's ``product-or-institution`` check).
CHECKS: tuple[Check[Around], ...] = (
    Check("institution", institution, "reject", 'an institution\'s short name: "at Harvard"'),
    Check("company", company, "reject", 'a company, no place word around: "Amazon said"'),
    Check("model-designator", model_designator, "reject", 'a product\'s model: "Falcon 9"'),
    Check("product-noun", product_noun, "reject", 'a product noun after: "Phoenix lander"'),
    Check("product-article", product_article, "reject", '"the" and a product: "the Mustang"'),
    Check("product-line", product_line, "reject", 'a company\'s unit: "Samsung Mobile"'),
    Check("platform-release", platform_release, "reject", 'a release: "macOS Sonoma"'),
    Check("common-word", common_word, "reject", 'a common word opening: "Store sales fell"'),
)


def reason(
    tokens: Sequence[Segment],
    candidate: Candidate,
    claims: Readings,
    qualified: bool,
    lower_case: frozenset[str] = frozenset(),
) -> str | None:
    """The name of the first check that reads the name as a product, an institution or a
    common word; ``lower_case``: the words the article writes in lower case."""
    if not askable([token.text for token in tokens], candidate, claims, lower_case):
        return None
    return asked_reason(Columns.of(tokens), candidate, claims, qualified, lower_case)


def asked_reason(
    tokens: Columns,
    candidate: Candidate,
    claims: Readings,
    qualified: bool,
    lower_case: frozenset[str],
) -> str | None:
    """:func:`reason` of a name :func:`askable` already let through (not asked again)."""
    around = Around.of(tokens, candidate, claims, qualified, lower_case)
    return next((check.name for check in CHECKS if check.test(around)), None)


def askable(
    texts: Sequence[str],
    candidate: Candidate,
    claims: Readings,
    lower_case: frozenset[str],
) -> bool:
    """Whether any check may hold: a listed word, a claim, a sentence's first word written in
    lower case elsewhere, or a product noun or a designator next (``texts``: the sentence's
    tokens' texts). Most names (a town in a sentence) are none of these, and are not asked
    the whole table."""
    key = candidate.key
    if key in words.PRODUCTS or key in words.PRODUCT_LINES:
        return True
    if institution_or_company(candidate, claims):
        return True
    if candidate.first <= 1 and key.lower() in lower_case:
        return True
    if candidate.first > 0 and texts[candidate.first - 1] in words.VERSIONED_PLATFORMS:
        return True
    after = candidate.last + 1
    return product_word(texts[after] if after < len(texts) else "")


def institution_or_company(candidate: Candidate, claims: Readings) -> bool:
    """Whether the organizations field names the name's very span, as an institution's
    shortened name or a company's."""
    span = (candidate.start, candidate.end)
    return span in claims.institutions or span in claims.companies or span in claims.short_forms


@functools.lru_cache(maxsize=4096)  # pure, and the words after names repeat
def product_word(text: str) -> bool:
    """Whether a word after a name is a product noun ("capsule's") or a designator ("9")."""
    following = _bare(text)
    nouns = words.PRODUCT_NOUNS
    return following in nouns or following.lower() in nouns or designator(following)
