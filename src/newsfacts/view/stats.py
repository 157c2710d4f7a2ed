"""What the corpus report counts: facts per field, who and what is named, dates, places,
and the totals of counted events."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any

import attrs

from newsfacts.view.sources import Corpus, FactRow

# A resolved calendar value: a year, a month or a day, maybe followed by a time ("T...").
_CALENDAR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?")


@attrs.frozen
class FieldCount:
    """How many facts a field has, in how many articles."""

    field: str
    facts: int
    articles: int


@attrs.frozen
class Ranked:
    """A name and how often it is mentioned: ``mentions`` facts in ``articles`` articles."""

    name: str
    mentions: int
    articles: int


@attrs.frozen
class Place:
    """A place with coordinates and how often it is mentioned."""

    name: str
    country: str | None
    latitude: float
    longitude: float
    mentions: int
    articles: int


@attrs.frozen
class EventTotal:
    """The numbers counting people for one event ("killed", "wounded", ...).

    ``total`` adds up every mention, so a toll reported twice counts twice; ``largest_sum``
    adds up the largest figure of each article, closer to a count of distinct victims when
    articles report separate incidents.
    """

    event: str
    mentions: int
    articles: int
    total: float
    largest_sum: float


@attrs.frozen
class Summary:
    """Everything the corpus report shows."""

    articles: int
    articles_with_errors: int
    facts: int
    fields: tuple[FieldCount, ...]
    speakers: tuple[Ranked, ...]
    people: tuple[Ranked, ...]
    organizations: tuple[Ranked, ...]
    places: tuple[Ranked, ...]
    located: tuple[Place, ...]
    dates: Mapping[str, int]
    events: tuple[EventTotal, ...]
    published: tuple[str, str] | None


class _Tally:
    """Mentions of names, and the articles they are in."""

    def __init__(self) -> None:
        self.mentions: Counter[str] = Counter()
        self.articles: defaultdict[str, set[str]] = defaultdict(set)

    def add(self, name: Any, article: str) -> None:
        if name in (None, ""):
            return
        self.mentions[str(name)] += 1
        self.articles[str(name)].add(article)

    def top(self, count: int) -> tuple[Ranked, ...]:
        ranked = sorted(self.mentions.items(), key=lambda item: (-item[1], item[0]))
        return tuple(Ranked(name, n, len(self.articles[name])) for name, n in ranked[:count])


def calendar_value(value: Any) -> str | None:
    """``value``'s date part if it is a resolved year, month or day ("2025", "2025-07-10")."""
    match = _CALENDAR.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    return "-".join(part for part in match.groups() if part)


def _place_name(row: FactRow) -> str:
    name = row.attributes.get("name") or row.text
    country = row.attributes.get("country_code")
    if not country or row.attributes.get("kind") == "country":
        return str(name)
    return f"{name} ({country})"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


class _Counts:
    """One pass over the rows, filling every tally the summary needs."""

    def __init__(self) -> None:
        self.facts: Counter[str] = Counter()
        self.field_articles: defaultdict[str, set[str]] = defaultdict(set)
        self.names = {field: _Tally() for field in ("quotes", "people", "organizations", "places")}
        self.points: dict[tuple[str, str | None, float, float], _Tally] = {}
        self.dates: Counter[str] = Counter()
        self.events: defaultdict[str, list[tuple[str, float]]] = defaultdict(list)

    def add(self, row: FactRow) -> None:
        self.facts[row.field] += 1
        self.field_articles[row.field].add(row.article)
        attributes = row.attributes
        if row.field == "quotes":
            self.names["quotes"].add(attributes.get("speaker"), row.article)
        elif row.field in ("people", "organizations"):
            self.names[row.field].add(attributes.get("name") or row.text, row.article)
        elif row.field == "locations":
            self._add_place(row)
        elif row.field == "dates" and attributes.get("resolved") is not False:
            day = calendar_value(attributes.get("value"))
            if day:
                self.dates[day] += 1
        elif row.field == "numbers" and attributes.get("event"):
            value = _number(attributes.get("value"))
            if value is not None:
                self.events[str(attributes["event"])].append((row.article, value))

    def _add_place(self, row: FactRow) -> None:
        self.names["places"].add(_place_name(row), row.article)
        latitude = _number(row.attributes.get("latitude"))
        longitude = _number(row.attributes.get("longitude"))
        if latitude is None or longitude is None:
            return
        name = str(row.attributes.get("name") or row.text)
        key = (name, row.attributes.get("country_code"), latitude, longitude)
        self.points.setdefault(key, _Tally()).add(name, row.article)

    def event_totals(self) -> tuple[EventTotal, ...]:
        totals = []
        for event, figures in self.events.items():
            largest: dict[str, float] = {}
            for article, value in figures:
                largest[article] = max(value, largest.get(article, value))
            total = sum(value for _, value in figures)
            totals.append(
                EventTotal(event, len(figures), len(largest), total, sum(largest.values()))
            )
        return tuple(sorted(totals, key=lambda t: (-t.mentions, t.event)))


def summarize(corpus: Corpus, *, top: int = 15) -> Summary:
    """Count what the report shows; ``top`` is how many names each ranking keeps."""
    counts = _Counts()
    for row in corpus.rows:
        counts.add(row)
    fields = tuple(
        FieldCount(field, n, len(counts.field_articles[field]))
        for field, n in counts.facts.most_common()
    )
    located = tuple(
        Place(name, country, latitude, longitude, tally.mentions[name], len(tally.articles[name]))
        for (name, country, latitude, longitude), tally in counts.points.items()
    )
    published = sorted(corpus.published)
    return Summary(
        articles=corpus.articles,
        articles_with_errors=corpus.articles_with_errors,
        facts=len(corpus.rows),
        fields=fields,
        speakers=counts.names["quotes"].top(top),
        people=counts.names["people"].top(top),
        organizations=counts.names["organizations"].top(top),
        places=counts.names["places"].top(top),
        located=tuple(sorted(located, key=lambda p: (-p.mentions, p.name))),
        dates=dict(sorted(counts.dates.items())),
        events=counts.event_totals(),
        published=(published[0], published[-1]) if published else None,
    )
