"""The built-in fields: their keys and the classes of their facts, the schema of a result.

The core defines them, and plugins fill them: so that a field can read the facts of another
with their types (``needed[PEOPLE]`` is a ``tuple[Person, ...]``) without importing the
plugin that made them, and so that a third-party plugin can replace a built-in one and still
serve every field that needs it. The rules that find the facts live in the plugins under
``plugins/``; each field's page in the docs says how.
"""

from __future__ import annotations

import attrs

from newsfacts.facts import Fact, Field

#: The kinds a :class:`Quantity` can have.
KINDS = ("count", "money", "percent", "measure", "ordinal", "fraction")
#: The qualifiers, from the words around the number.
QUALIFIERS = (">=", ">", "<=", "<", "~", "=")
#: The events a count of people can carry.
EVENTS = (
    "killed",
    "wounded",
    "missing",
    "arrested",
    "displaced",
    "evacuated",
    "detained",
    "protested",
)


@attrs.frozen(kw_only=True)
class TimeExpression(Fact):
    """A time expression and its TIMEX3 normalization.

    ``type`` is DATE, TIME, DURATION or SET; ``value`` the TIMEX3 value ("2025-07-10",
    "XXXX-WXX-4", "P2W", "PRESENT_REF"); ``resolved`` is False when the value needed the
    publication date and none was given; ``range`` holds the start and end values of a
    range, on the fact of its first end ("Wednesday" in "between Wednesday and Thursday",
    "8 to 10 July" when written as one expression); ``mod`` the TIMEX3 mod (START, END,
    MID, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS) or None.
    """

    type: str
    value: str
    resolved: bool = True
    range: tuple[str, str] | None = None
    mod: str | None = None


@attrs.frozen(kw_only=True)
class Quantity(Fact):
    """A number in the text: a count, an amount of money, a percentage, a measure, an
    ordinal or a fraction, normalized.

    The span covers the number with its currency symbol, scale word and percent sign or word
    ("$3bn", "15 per cent", "1.2 million", "between 5 and 10"); qualifier words and unit
    nouns are attributes only.
    """

    #: The number itself (int when whole). For a range or a vague count, its low end.
    value: int | float | None
    #: Low and high ends of a range ("5-10") or vague count ("hundreds of": 100..1000).
    low: int | float | None = None
    #: The high end of a range or vague count.
    high: int | float | None = None
    #: One of :data:`KINDS`.
    kind: str = "count"
    #: Canonical unit ("km", "mile", "hour", "percent"); for money the currency's name; for a
    #: count per a span of time, the thing counted per it ("test per day").
    unit: str | None = None
    #: ISO 4217 code for money ("USD", "GBP", "EUR", "UAH").
    currency: str | None = None
    #: One of :data:`QUALIFIERS`: "at least two" is ">=", "about 5" is "~".
    qualifier: str = "="
    #: The noun phrase counted: "Shahed and decoy drones" in "397 Shahed and decoy drones";
    #: for a measure, the goods measured: "oil" in "1 million barrels of oil".
    counted: str | None = None
    #: What happened to the counted people, one of :data:`EVENTS`, or None.
    event: str | None = None


@attrs.frozen(kw_only=True)
class Person(Fact):
    """One mention of a person.

    ``name`` is the fullest form of the person's name found anywhere in the article, shared
    by every mention of that person: "Mr Starmer" and "Starmer" both carry "Keir Starmer"
    when the article names him in full once. ``title`` is an honorific or title written
    with the mention ("Mr", "president"); ``role`` a describing phrase next to a mention of
    the person ("Kremlin spokesperson", "head of the Kyiv Regional Administration"), shared
    by all mentions of that person. ``gender`` is what the honorific or given name says,
    "m", "f" or None; the quotes field reads it to resolve "he" and "she". ``age`` is an age
    set off right after or right before a mention ("Tom Baxter, 34,", "Tom Baxter (34)",
    "34-year-old Tom Baxter"); ``party`` the US party whose letter follows a mention with
    the state ("Democrat" for "Sen. Jane Doe (D-Mass.)", "Republican", "independent"); both
    shared by all mentions of that person, and both read by the quotes field for a speaker
    named by them alone ("the 34-year-old said", "the Democrat said").
    """

    name: str
    title: str | None = None
    role: str | None = None
    gender: str | None = None
    age: int | None = None
    party: str | None = None


@attrs.frozen(kw_only=True)
class Quote(Fact):
    """Words quoted in the article: ``text``/``start``/``end`` are the words inside the marks.

    ``speaker`` is the resolved name of who said them: a person's fullest name (from the
    ``people`` field), an organization's name, a named speaker the people field did not
    know, or None when the article names nobody. ``speaker_start``/``speaker_end`` point at
    the mention the speaker was found from ("he" in "he said"), None without one; a pronoun
    that resolves to nobody ("she" with no woman named before, the writer's "I") keeps its
    offsets with ``speaker`` None.
    ``cue`` is the attributing word as written, lower-cased ("said", "told",
    "according to"); ``channel`` the medium when stated ("Telegram post", "statement",
    "X"). ``partial`` marks a fragment quoted inside the writer's own sentence
    ("described the coalition as “ready to go”").
    """

    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    channel: str | None = None
    partial: bool = False


@attrs.frozen(kw_only=True)
class Location(Fact):
    """A place mentioned in the article, resolved to a gazetteer entry.

    ``name`` is the canonical English name ("Kyiv" also for "Kiev", "United States" for
    "the U.S."); ``kind`` is one of country, admin (state, province, oblast), city, region
    ("Middle East", "Donbas"), continent, water or feature; ``country_code`` is the ISO 3166-1
    alpha-2 code (None for places spanning countries); ``latitude``/``longitude`` in degrees
    (a country's is a representative central point); ``geonames_id`` where the place comes
    from GeoNames. ``adjectival`` is True for a country adjective used of a place ("Ukrainian
    cities"); those are reported only before a place noun, never for "French president".
    """

    name: str
    kind: str
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    adjectival: bool = False


@attrs.frozen(kw_only=True)
class Organization(Fact):
    """A mention of an organization: a government body, company, party, news outlet, team...

    ``name`` is the canonical long form shared by every mention of the same organization
    ("ISW" and "Institute for the Study of War" both have the name "Institute for the Study of
    War"); ``acronym`` is its short form when the article or the bundled list gives one;
    ``kind`` is one of government, military, party, company, media, international, ngo,
    education, sports, other, or None when nothing tells it.
    """

    name: str
    acronym: str | None = None
    kind: str | None = None


#: Dates, times, durations and sets, normalized TIMEX3-style.
DATES = Field(
    "dates",
    TimeExpression,
    "Dates, times, durations and sets, normalized TIMEX3-style.",
    label="Dates",
    color="#2a9d8f",
)
#: Counts, amounts of money, percentages, measures, ordinals and fractions, normalized.
NUMBERS = Field(
    "numbers",
    Quantity,
    "Counts, amounts of money, percentages, measures, ordinals and fractions, normalized.",
    label="Numbers",
    color="#e76f51",
)
#: People mentioned, each mention with the person's fullest name, title and role.
PEOPLE = Field(
    "people",
    Person,
    "People mentioned, each mention with the person's fullest name, title and role.",
    label="People",
    color="#8e7cc3",
)
#: Direct and partial quotations with their speaker, cue and channel.
QUOTES = Field(
    "quotes",
    Quote,
    "Direct and partial quotations with their speaker, cue and channel.",
    label="Quotes",
    color="#e9c46a",
)
#: Places mentioned, resolved to a gazetteer entry with coordinates.
LOCATIONS = Field(
    "locations",
    Location,
    "Places mentioned, resolved to a gazetteer entry with coordinates.",
    label="Locations",
    color="#4a90d9",
)
#: Organizations named in the article, with canonical name, acronym and kind.
ORGANIZATIONS = Field(
    "organizations",
    Organization,
    "Organizations named in the article, with canonical name, acronym and kind.",
    label="Organizations",
    color="#d1495b",
)

#: The built-in fields, in the order they are documented.
BUILT_IN_FIELDS: tuple[Field[Fact], ...] = (
    DATES,
    NUMBERS,
    PEOPLE,
    QUOTES,
    LOCATIONS,
    ORGANIZATIONS,
)
