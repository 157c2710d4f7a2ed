"""What the corpus report counts: facts per field, who and what is named, dates, places,
and the totals of counted events. Counted by Arrow's grouping over the facts table."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.compute as pc

from newsfacts.view.sources import Corpus

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


def calendar_value(value: Any) -> str | None:
    """``value``'s date part if it is a resolved year, month or day ("2025", "2025-07-10")."""
    match = _CALENDAR.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    return "-".join(part for part in match.groups() if part)


def _column(table: pa.Table, name: str) -> pa.ChunkedArray:
    """A column, or nulls where the table has none (no fact had that attribute)."""
    if name in table.column_names:
        return table[name]
    return pa.chunked_array([pa.nulls(table.num_rows)])


def _of_field(table: pa.Table, field: str, *required: str) -> pa.Table:
    """The rows of ``field`` in which every ``required`` column has a value."""
    missing = [name for name in required if name not in table.column_names]
    if missing:  # no fact has it: no row qualifies
        empty = table.slice(0, 0)
        for name in missing:
            empty = empty.append_column(name, pa.nulls(0))
        return empty
    keep = pc.equal(table["field"], field)
    for name in required:
        keep = pc.and_(keep, pc.is_valid(table[name]))
    return table.filter(pc.fill_null(keep, False))


def _counted(table: pa.Table, keys: Sequence[str]) -> list[dict[str, Any]]:
    """Rows of ``keys`` with ``mentions`` (facts) and ``articles`` (distinct articles)."""
    grouped = table.group_by(list(keys)).aggregate(
        [("article_id", "count"), ("article_id", "count_distinct")]
    )
    grouped = grouped.rename_columns([*keys, "mentions", "articles"])
    return grouped.to_pylist()  # type: ignore[no-any-return]


def _top(rows: list[dict[str, Any]], key: str, count: int) -> tuple[Ranked, ...]:
    ranked = sorted(rows, key=lambda row: (-row["mentions"], str(row[key])))[:count]
    return tuple(Ranked(str(row[key]), row["mentions"], row["articles"]) for row in ranked)


def _name(part: pa.Table, column: str) -> pa.ChunkedArray:
    """The canonical name of each fact, or its text where it has none."""
    text = _column(part, "text").cast(pa.string())
    return pc.coalesce(_column(part, column).cast(pa.string()), text)


def _names(table: pa.Table, field: str, column: str, count: int) -> tuple[Ranked, ...]:
    part = _of_field(table, field)
    name = _name(part, column)
    part = part.append_column("name", name).filter(pc.is_valid(name))
    return _top(_counted(part.select(["name", "article_id"]), ["name"]), "name", count)


def _speakers(table: pa.Table, count: int) -> tuple[Ranked, ...]:
    part = _of_field(table, "quotes", "quotes_speaker")
    part = part.select(["quotes_speaker", "article_id"]).cast(
        pa.schema([("quotes_speaker", pa.string()), ("article_id", pa.string())])
    )
    return _top(_counted(part, ["quotes_speaker"]), "quotes_speaker", count)


def _places(table: pa.Table, count: int) -> tuple[Ranked, ...]:
    """Places by name, with the country code unless the place is a country."""
    part = _of_field(table, "locations")
    name = _name(part, "locations_name")
    code = _column(part, "locations_country_code").cast(pa.string())
    country = pc.fill_null(
        pc.equal(_column(part, "locations_kind").cast(pa.string()), "country"), False
    )
    with_code = pc.binary_join_element_wise(name, " (", code, ")", "")
    label = pc.if_else(pc.or_(country, pc.is_null(code)), name, with_code)
    part = pa.table({"name": label, "article_id": part["article_id"]})
    return _top(_counted(part, ["name"]), "name", count)


def _located(table: pa.Table) -> tuple[Place, ...]:
    part = _of_field(table, "locations", "locations_latitude", "locations_longitude")
    columns = {
        "name": _name(part, "locations_name"),
        "country": _column(part, "locations_country_code").cast(pa.string()),
        "latitude": part["locations_latitude"].cast(pa.float64()),
        "longitude": part["locations_longitude"].cast(pa.float64()),
        "article_id": part["article_id"],
    }
    rows = _counted(pa.table(columns), ["name", "country", "latitude", "longitude"])
    places = [Place(**row) for row in rows]
    return tuple(sorted(places, key=lambda p: (-p.mentions, p.name, p.latitude, p.longitude)))


def _dates(table: pa.Table) -> dict[str, int]:
    part = _of_field(table, "dates", "dates_value")
    resolved = pc.fill_null(_column(part, "dates_resolved").cast(pa.bool_()), True)
    values = part.filter(resolved)["dates_value"].cast(pa.string())
    counts: Counter[str] = Counter()
    for row in pc.value_counts(values).to_pylist():
        day = calendar_value(row["values"])
        if day:
            counts[day] += row["counts"]
    return dict(sorted(counts.items()))


def _events(table: pa.Table) -> tuple[EventTotal, ...]:
    part = _of_field(table, "numbers", "numbers_event", "numbers_value")
    part = pa.table(
        {
            "event": part["numbers_event"].cast(pa.string()),
            "value": part["numbers_value"].cast(pa.float64()),
            "article_id": part["article_id"],
        }
    )
    largest = part.group_by(["event", "article_id"]).aggregate([("value", "max")])
    largest_sums = {
        row["event"]: row["value_max_sum"]
        for row in largest.group_by("event").aggregate([("value_max", "sum")]).to_pylist()
    }
    totals = part.group_by("event").aggregate(
        [("value", "count"), ("article_id", "count_distinct"), ("value", "sum")]
    )
    events = [
        EventTotal(
            row["event"],
            row["value_count"],
            row["article_id_count_distinct"],
            row["value_sum"],
            largest_sums[row["event"]],
        )
        for row in totals.to_pylist()
    ]
    return tuple(sorted(events, key=lambda t: (-t.mentions, t.event)))


def summarize(corpus: Corpus, *, top: int = 15) -> Summary:
    """Count what the report shows; ``top`` is how many names each ranking keeps."""
    table = corpus.table
    fields = [
        FieldCount(row["field"], row["mentions"], row["articles"])
        for row in _counted(table.select(["field", "article_id"]), ["field"])
    ]
    return Summary(
        articles=corpus.articles,
        articles_with_errors=corpus.articles_with_errors,
        facts=table.num_rows,
        fields=tuple(sorted(fields, key=lambda f: (-f.facts, f.field))),
        speakers=_speakers(table, top),
        people=_names(table, "people", "people_name", top),
        organizations=_names(table, "organizations", "organizations_name", top),
        places=_places(table, top),
        located=_located(table),
        dates=_dates(table),
        events=_events(table),
        published=corpus.published,
    )
