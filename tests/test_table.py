"""The facts table: one row per fact, typed columns per attribute, Parquet and CSV by batches."""

from __future__ import annotations

import datetime as dt
import doctest
import enum
import io
import json
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import pytest

import newsfacts
from newsfacts import (
    Article,
    Document,
    Extractor,
    Fact,
    FactMap,
    Field,
    Result,
    TableError,
    hookimpl,
)
from newsfacts.plugin import Register
from newsfacts.table import FACT_COLUMNS, TableWriter, table_schema, to_table

DOCS = Path(__file__).resolve().parent.parent / "docs"
BUILT_IN_FIELDS = ("dates", "numbers", "people", "quotes", "locations", "organizations")
SENTENCES = (
    "Russia fired 397 drones at Kyiv on Thursday, killing at least two people.",
    "The European Union pledged €2.1bn to Ukraine between 2025 and 2027, the European "
    "Commission (EC) said in a statement.",
    "“We will not give up,” said Volodymyr Zelensky, Ukraine's president, on Telegram.",
    "About 5-10% of voters in the Middle East stayed home for three hours every Monday.",
)


class Mood(enum.Enum):
    CALM = "calm"
    TENSE = "tense"


@attrs.frozen(kw_only=True)
class Weather(Fact):
    """A third-party fact with one attribute of each kind of annotation."""

    condition: str
    celsius: int | None = None
    chance: float = 1.0
    severe: bool = False
    days: tuple[str, ...] = ()
    mood: Mood = Mood.CALM
    observed: dt.date | None = None
    details: dict[str, int] = attrs.field(factory=dict)


WEATHER = Field("weather", Weather, "Weather reports.")
REPORTS = {
    "Sunny": dict(celsius=24, chance=0.9, days=("Monday",), observed=dt.date(2025, 7, 10)),
    "storm": dict(severe=True, mood=Mood.TENSE, details={"wind": 90}),
}


def reports(document: Document, needed: FactMap, options: Any) -> list[Weather]:
    """Each word of REPORTS, as a plugin installed on its own would report it."""
    return [
        Weather.at(document.text, m.start(), m.end(), condition=m[0].lower(), **REPORTS[m[0]])
        for m in re.finditer("|".join(REPORTS), document.text)
    ]


class WeatherPlugin:
    __name__ = "weather"

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register(WEATHER, reports)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The built-in fields only, whatever else is installed."""
    return Extractor(BUILT_IN_FIELDS)


@pytest.fixture(scope="module")
def results(extractor: Extractor, seed_article: Article) -> list[Result]:
    articles = [attrs.evolve(seed_article, id="seed", url="https://example.org/kyiv")]
    articles += [
        Article(text=text, id=f"s{n}", published="2025-07-10T08:00:00+00:00")
        for n, text in enumerate(SENTENCES)
    ]
    return [extractor.extract(article) for article in articles]


def expected_rows(result: Result, fields: Sequence[Field[Any]]) -> list[dict[str, Any]]:
    """The rows the table should hold for one result, built the plain way."""
    names = [field.name for field in fields]
    facts = [(fact, names.index(name)) for name, found in result.facts.items() for fact in found]
    facts.sort(key=lambda item: (item[0].start, -item[0].end, item[1]))
    published = result.article.published
    rows = []
    for fact, rank in facts:
        row = {
            "article_id": result.article.id,
            "url": result.article.url,
            "published": published.isoformat() if published else None,
            "field": names[rank],
        }
        row |= {name: None for name in table_schema(fields).names[len(row) :]}
        row |= {f"{names[rank]}_{k}" if k not in ("text", "start", "end") else k: v
                for k, v in fact.to_dict().items()}  # fmt: skip
        rows.append(row)
    return rows


def test_one_row_per_fact_in_text_order_with_to_dict_values(
    extractor: Extractor, results: list[Result]
) -> None:
    table = to_table(results, fields=extractor.fields)
    expected = [row for result in results for row in expected_rows(result, extractor.fields)]
    assert table.to_pylist() == expected
    assert table.num_rows == sum(len(facts) for r in results for facts in r.facts.values())
    seed = results[0].article.text
    assert all(
        seed[r["start"] : r["end"]] == r["text"] for r in expected if r["article_id"] == "seed"
    )


def test_a_sentence_reads_as_its_facts(extractor: Extractor, results: list[Result]) -> None:
    table = to_table(results[1], fields=extractor.fields)
    rows = [{k: v for k, v in row.items() if v is not None} for row in table.to_pylist()]
    context = {"article_id": "s0", "published": "2025-07-10T08:00:00+00:00"}
    assert rows == [
        context | {"field": "locations", "start": 0, "end": 6, "text": "Russia",
                   "locations_name": "Russia", "locations_kind": "country",
                   "locations_country_code": "RU", "locations_latitude": 60.0,
                   "locations_longitude": 100.0, "locations_geonames_id": 2017370,
                   "locations_adjectival": False},
        context | {"field": "numbers", "start": 13, "end": 16, "text": "397",
                   "numbers_value": 397.0, "numbers_kind": "count", "numbers_qualifier": "=",
                   "numbers_counted": "drones"},
        context | {"field": "locations", "start": 27, "end": 31, "text": "Kyiv",
                   "locations_name": "Kyiv", "locations_kind": "city",
                   "locations_country_code": "UA", "locations_latitude": 50.4547,
                   "locations_longitude": 30.5238, "locations_geonames_id": 703448,
                   "locations_adjectival": False},
        context | {"field": "dates", "start": 35, "end": 43, "text": "Thursday",
                   "dates_type": "DATE", "dates_value": "2025-07-10", "dates_resolved": True},
        context | {"field": "numbers", "start": 62, "end": 65, "text": "two",
                   "numbers_value": 2.0, "numbers_kind": "count", "numbers_qualifier": ">=",
                   "numbers_counted": "people", "numbers_event": "killed"},
    ]  # fmt: skip


def test_facts_on_the_same_span_come_in_field_order(
    extractor: Extractor, results: list[Result]
) -> None:
    rows = to_table(results[2], fields=extractor.fields).to_pylist()
    same = [(r["field"], r["text"]) for r in rows if r["start"] == 4]
    assert same == [("organizations", "European Union"), ("locations", "European Union")]
    [ranged] = [r for r in rows if r["dates_range"]]
    assert (ranged["text"], ranged["dates_range"]) == ("2025", ["2025", "2027"])


def test_the_built_in_columns_and_their_types(extractor: Extractor) -> None:
    schema = table_schema(extractor.fields)
    assert schema.names[:7] == [
        "article_id", "url", "published", "field", "start", "end", "text"
    ]  # fmt: skip
    types = {name: str(schema.field(name).type) for name in schema.names}
    assert types["start"] == types["end"] == "int64"
    assert types["numbers_value"] == types["numbers_high"] == "double"  # int | float | None
    assert types["numbers_unit"] == types["quotes_speaker"] == types["people_name"] == "string"
    assert types["dates_value"] == types["dates_mod"] == "string"
    assert types["dates_resolved"] == types["quotes_partial"] == "bool"
    assert types["dates_range"] == "list<item: string>"
    assert types["locations_latitude"] == "double"
    assert types["locations_geonames_id"] == types["quotes_speaker_start"] == "int64"
    assert all(field.nullable for field in schema)


def test_a_third_party_fields_attributes_become_typed_columns() -> None:
    extractor = Extractor(["weather"], extra_plugins=[WeatherPlugin()])
    text = "Sunny on Monday, then a storm on Tuesday."
    table = to_table(extractor.extract(text), fields=extractor.fields)
    assert {name: str(table.schema.field(name).type) for name in table.schema.names[7:]} == {
        "weather_condition": "string",
        "weather_celsius": "int64",
        "weather_chance": "double",
        "weather_severe": "bool",
        "weather_days": "list<item: string>",
        "weather_mood": "string",  # an enum of strings, by its values
        "weather_observed": "string",  # ISO 8601, as to_dict writes it
        "weather_details": "string",  # anything else: JSON text
    }
    rows = [{k: v for k, v in row.items() if k.startswith("weather_")} for row in table.to_pylist()]
    assert rows == [
        {"weather_condition": "sunny", "weather_celsius": 24, "weather_chance": 0.9,
         "weather_severe": False, "weather_days": ["Monday"], "weather_mood": "calm",
         "weather_observed": "2025-07-10", "weather_details": "{}"},
        {"weather_condition": "storm", "weather_celsius": None, "weather_chance": 1.0,
         "weather_severe": True, "weather_days": [], "weather_mood": "tense",
         "weather_observed": None, "weather_details": '{"wind": 90}'},
    ]  # fmt: skip


def test_with_the_installed_fields_too_its_columns_come_after_theirs() -> None:
    extractor = Extractor(extra_plugins=[WeatherPlugin()])
    table = to_table(extractor.extract("A storm hit Kyiv."), fields=extractor.fields)
    assert [row["field"] for row in table.to_pylist()] == ["weather", "locations"]
    assert table.schema.names[-8:][0] == "weather_condition"
    assert "numbers_value" in table.schema.names


def test_to_table_defaults_to_the_installed_fields() -> None:
    result = newsfacts.extract("Russia fired 397 drones.")
    assert newsfacts.to_table(result).schema == table_schema(Extractor().fields)


def test_no_results_give_an_empty_table_with_every_column(extractor: Extractor) -> None:
    table = to_table([], fields=extractor.fields)
    assert table.num_rows == 0
    assert table.schema == table_schema(extractor.fields)
    empty = extractor.extract("Nothing to see here.")
    assert to_table([empty], fields=extractor.fields).num_rows == 0


def weather_result(text: str, **report: Any) -> Result:
    fact = Weather.at(text, 0, 5, **({"condition": "sunny"} | report))
    return Result(Article(text=text), {"weather": (fact,)})


@pytest.mark.parametrize(
    ("report", "message"),
    [
        (dict(celsius=24.5), "column weather_celsius (int64) cannot hold 24.5: a float, not what "
         "Weather.celsius is declared to be"),
        (dict(chance="high"), "column weather_chance (double) cannot hold 'high': a str"),
        (dict(severe=1), "column weather_severe (bool) cannot hold 1: an int"),
        (dict(chance=True), "column weather_chance (double) cannot hold True: a bool"),
        (dict(condition=7), "column weather_condition (string) cannot hold 7: an int"),
        (dict(days="Monday"), "column weather_days (list<item: string>) cannot hold 'Monday'"),
        (dict(days=("Monday", 2)), "column weather_days (list<item: string>) cannot hold 2"),
        (dict(celsius=2**70), "column weather_celsius (int64): "),
        (dict(details={"wind": object()}), "column weather_details: {'wind': <object"),
    ],
)  # fmt: skip
def test_a_value_that_does_not_fit_its_declared_type_is_refused(
    report: dict[str, Any], message: str
) -> None:
    with pytest.raises(TableError) as raised:
        to_table(weather_result("Sunny days.", **report), fields=[WEATHER])
    assert str(raised.value).replace(" an ", " a ").startswith(message.replace(" an ", " a "))


def test_facts_of_a_field_without_columns_are_refused(extractor: Extractor) -> None:
    with pytest.raises(TableError, match="facts of field 'weather', which this table has no col"):
        to_table(weather_result("Sunny days."), fields=extractor.fields)


def test_fields_whose_columns_clash_are_refused() -> None:
    @attrs.frozen(kw_only=True)
    class Bc(Fact):
        b_c: str

    @attrs.frozen(kw_only=True)
    class C(Fact):
        c: str

    with pytest.raises(TableError, match="same column 'a_b_c'"):
        table_schema([Field("a", Bc, "..."), Field("a_b", C, "...")])
    with pytest.raises(TableError, match="field 'weather' is given twice"):
        table_schema([WEATHER, WEATHER])


def test_the_writer_writes_a_row_group_per_batch_as_it_goes(tmp_path: Path) -> None:
    extractor = Extractor(["weather"], extra_plugins=[WeatherPlugin()])
    path = tmp_path / "facts.parquet"
    with TableWriter(path, fields=extractor.fields, batch_size=10) as writer:
        sizes = []
        for words in (4, 4, 3, 12, 2):
            writer.write(extractor.extract(" ".join(["Sunny"] * words)))
            sizes.append(path.stat().st_size)
    assert sizes[0] == sizes[1]  # 8 rows pending, none written yet
    assert sizes[2] > sizes[1]  # 11 rows: the first row group is out before the end
    assert sizes[3] > sizes[2]
    parquet = pq.ParquetFile(path)
    assert [parquet.metadata.row_group(i).num_rows for i in range(3)] == [11, 12, 2]
    assert parquet.read().num_rows == 25


def test_parquet_reads_back_as_the_table(
    tmp_path: Path, extractor: Extractor, results: list[Result]
) -> None:
    with TableWriter(tmp_path / "facts.parquet", fields=extractor.fields, batch_size=50) as w:
        for result in results:
            w.write(result)
    read = pq.read_table(tmp_path / "facts.parquet")
    assert read.equals(to_table(results, fields=extractor.fields))
    assert pq.ParquetFile(tmp_path / "facts.parquet").metadata.num_row_groups == 2


def test_csv_has_the_same_rows_with_lists_as_json_text(
    tmp_path: Path, extractor: Extractor, results: list[Result]
) -> None:
    with TableWriter(tmp_path / "facts.csv", "csv", fields=extractor.fields) as writer:
        for result in results:
            writer.write(result)
        schema = writer.schema
    assert schema.field("dates_range").type == pa.string()
    options = pa_csv.ConvertOptions(
        column_types=schema, strings_can_be_null=True, quoted_strings_can_be_null=False
    )
    read = pa_csv.read_csv(tmp_path / "facts.csv", convert_options=options)
    expected = to_table(results, fields=extractor.fields).to_pylist()
    for row in expected:
        row["dates_range"] = json.dumps(row["dates_range"]) if row["dates_range"] else None
    assert read.to_pylist() == expected


@pytest.mark.parametrize("form", ["parquet", "csv"])
def test_an_empty_file_is_valid_with_every_column(form: str, extractor: Extractor) -> None:
    sink = io.BytesIO()
    with TableWriter(sink, form, fields=extractor.fields) as writer:
        writer.write(extractor.extract("Nothing to see here."))
    assert not sink.closed  # a file object given is left open
    sink.seek(0)
    read = pq.read_table(sink) if form == "parquet" else pa_csv.read_csv(sink)
    assert read.num_rows == 0
    assert read.column_names == table_schema(extractor.fields).names


def test_writer_misuse_is_a_clear_error(tmp_path: Path, extractor: Extractor) -> None:
    with pytest.raises(TableError, match="unknown table format 'xlsx'; choose one of parquet, csv"):
        TableWriter(tmp_path / "facts.xlsx", "xlsx", fields=extractor.fields)
    with pytest.raises(TableError, match="batch_size must be at least 1, got 0"):
        TableWriter(tmp_path / "facts.parquet", fields=extractor.fields, batch_size=0)
    with pytest.raises(FileNotFoundError):
        TableWriter(tmp_path / "missing" / "facts.parquet", fields=extractor.fields)
    writer = TableWriter(tmp_path / "facts.parquet", fields=extractor.fields)
    writer.close()
    writer.close()
    with pytest.raises(TableError, match="write to a closed TableWriter"):
        writer.write(extractor.extract("Nothing."))


def test_importing_newsfacts_does_not_import_pyarrow() -> None:
    code = "import sys, newsfacts; print('pyarrow' in sys.modules, newsfacts.to_table.__module__)"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["False", "newsfacts.table"]
    with pytest.raises(AttributeError, match="no attribute 'to_tables'"):
        _ = newsfacts.to_tables  # type: ignore[attr-defined]


def documented_columns() -> dict[str, str]:
    text = (DOCS / "table.rst").read_text(encoding="utf-8")
    return dict(re.findall(r"^``(\w+)`` {2,}(\S+) ", text, flags=re.MULTILINE))


def test_the_documented_columns_are_the_built_in_columns(extractor: Extractor) -> None:
    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "list<string>": pa.list_(pa.string()),
    }
    documented = {name: types[kind] for name, kind in documented_columns().items()}
    schema = table_schema(extractor.fields)
    assert documented == {field.name: field.type for field in schema}
    assert list(documented)[:7] == [name for name, _ in FACT_COLUMNS]


def test_the_docs_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the examples write facts.parquet and facts.csv
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    outcome = doctest.testfile(
        str(DOCS / "table.rst"), module_relative=False, optionflags=flags, verbose=False
    )
    assert outcome.failed == 0
    assert outcome.attempted >= 20
