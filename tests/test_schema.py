"""The JSON Schema of the extract command's records: real output validates, bad records do not."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import enum
import io
import json
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

from newsfacts import Article, Extractor, Fact, Field, PluginFailure, Result
from newsfacts.cli import main
from newsfacts.schema import DRAFT, json_schema

SEED_PATH = Path(__file__).resolve().parent.parent / "seeds" / "000_f00fe2d4c8c9df40.txt"
BUILT_IN_FIELDS = ("dates", "numbers", "people", "quotes", "locations", "organizations")
ARTICLES = (
    {
        "id": "strikes",
        "title": "Russia strikes Kyiv",
        "url": "https://example.org/kyiv",
        "source": "Example News",
        "published": "2025-07-10T08:00:00+00:00",
        "text": "Russia fired 397 drones at Kyiv on Thursday, killing at least two people.",
    },
    {
        "id": 42,  # a number: read as the string "42"
        "published": "2025-07-10",
        "text": "The European Union pledged €2.1bn to Ukraine between 2025 and 2027, the "
        "European Commission (EC) said in a statement.",
    },
    {
        "text": "“We will not give up,” said Volodymyr Zelensky, Ukraine's president, on "
        "Telegram. Prime Minister Keir Starmer told the BBC the talks with Nato were "
        "“constructive”.",
        "language": "en",
    },
    {
        "published": "2025-07-10T14:30:00",  # no time zone: still ISO 8601
        "text": "About 5-10% of voters in the Middle East stayed home for three hours every "
        "Monday in early March.",
    },
)


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    assert "date" in checker.checkers  # formats are checked, not only types
    return jsonschema.Draft202012Validator(schema, format_checker=checker)


def errors_of(schema: dict[str, Any], record: Any) -> list[str]:
    return [error.message for error in validator(schema).iter_errors(record)]


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json_schema(Extractor().fields)


@pytest.fixture(scope="module")
def cli_records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """What ``newsfacts extract --format jsonl`` prints for the seed and a few real sentences."""
    corpus = tmp_path_factory.mktemp("schema") / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    out = io.StringIO()  # capsys is per test; these records are built once
    with contextlib.redirect_stdout(out):
        assert (
            main(["extract", str(SEED_PATH), "--published", "2025-07-10", "--format", "jsonl"]) == 0
        )
        assert main(["extract", str(corpus), "--format", "jsonl"]) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_the_schema_is_draft_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == DRAFT == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    facts = schema["properties"]["facts"]["properties"]
    assert set(BUILT_IN_FIELDS) <= set(facts)
    assert (facts["numbers"]["title"], facts["numbers"]["items"]) == (
        "Numbers",  # the field's label
        {"$ref": "#/$defs/numbers"},
    )
    assert schema["$defs"]["Article"]["required"] == [a.name for a in attrs.fields(Article)]
    assert schema["required"] == ["article", "facts", "errors"]


def test_real_output_of_every_built_in_field_validates(
    schema: dict[str, Any], cli_records: list[dict[str, Any]]
) -> None:
    assert len(cli_records) == 1 + len(ARTICLES)
    for record in cli_records:
        assert errors_of(schema, record) == []
    for field in BUILT_IN_FIELDS:  # every field's facts were really checked
        assert sum(len(record["facts"][field]) for record in cli_records) >= 3, field
    assert cli_records[1]["article"]["published"] == "2025-07-10T08:00:00+00:00"


def test_records_with_the_text_and_empty_values_validate_too(
    schema: dict[str, Any], seed_article: Article
) -> None:
    result = Extractor().extract(seed_article)
    failure = PluginFailure("quotes", "RuntimeError", "it broke", "quotes")
    record = attrs.evolve(result, errors=[failure]).to_dict()
    assert record["article"]["text"] == seed_article.text
    assert record["article"]["title"] is None
    assert errors_of(schema, record) == []


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(record: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = record
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[last] = value

    return change


def _drop(path: str) -> Callable[[dict[str, Any]], None]:
    def change(record: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = record
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        del target[last]

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set("facts/numbers/0/value", "397"), "'397' is not of type 'number', 'null'"),
        (_set("facts/numbers/0/start", "13"), "'13' is not of type 'integer'"),
        (_set("facts/numbers/0/end", -1), "-1 is less than the minimum of 0"),
        (_set("facts/dates/0/resolved", "yes"), "'yes' is not of type 'boolean'"),
        (_set("facts/dates/0/range", ["2025"]), "['2025'] is not valid under any of the given"),
        (_set("facts/locations/0/geonames_id", 7.5), "7.5 is not of type 'integer', 'null'"),
        (_set("facts/numbers/0/colour", "red"), "Additional properties are not allowed"),
        (_drop("facts/numbers/0/qualifier"), "'qualifier' is a required property"),
        (_set("facts/weather", []), "Additional properties are not allowed ('weather' was"),
        (_set("article/published", "10 July 2025"), "'10 July 2025' is not valid under any"),
        (_set("article/published", "2025-13-45"), "'2025-13-45' is not valid under any"),
        (_set("article/wordcount", 7), "Additional properties are not allowed ('wordcount' was"),
        (_set("errors", [{"plugin": "quotes"}]), "'error_type' is a required property"),
        (_drop("errors"), "'errors' is a required property"),
        (_drop("article/url"), "'url' is a required property"),
        (_set("article/text", None), "None is not of type 'string'"),
    ],
)  # fmt: skip
def test_a_bad_record_fails(
    schema: dict[str, Any],
    cli_records: list[dict[str, Any]],
    change: Callable[[dict[str, Any]], None],
    message: str,
) -> None:
    record = copy.deepcopy(cli_records[2])  # the EU sentence: numbers, dates with a range...
    record["facts"]["dates"][0] = next(d for d in record["facts"]["dates"] if d["range"])
    assert errors_of(schema, record) == []
    change(record)
    assert any(error.startswith(message) for error in errors_of(schema, record)), errors_of(
        schema, record
    )


class Mood(enum.Enum):
    CALM = "calm"
    TENSE = "tense"


@attrs.frozen(kw_only=True)
class Place(Fact):
    """Where it is."""

    name: str


@attrs.frozen(kw_only=True)
class Weather(Fact):
    """A weather report.

    The rest of the docstring stays out of the schema.
    """

    condition: typing.Literal["sunny", "storm"]
    celsius: int | None = None
    chance: float = 1.0
    days: tuple[str, ...] = ()
    span: tuple[str, int] | None = None
    mood: Mood = Mood.CALM
    observed: dt.date | None = None
    observed_at: dt.datetime | None = None
    place: Place | None = None
    details: dict[str, int] = attrs.field(factory=dict)
    anything: Any = None


WEATHER = Field("weather", Weather, "Weather reports.")


def test_a_third_party_field_is_described_from_its_fact_class() -> None:
    schema = json_schema([WEATHER])
    assert list(schema["properties"]["facts"]["properties"]) == ["weather"]
    fact = schema["$defs"]["weather"]
    assert fact["title"] == "Weather"
    assert fact["description"] == "A weather report."
    assert fact["required"] == list(fact["properties"])
    assert fact["additionalProperties"] is False
    pattern = fact["properties"]["observed_at"]["anyOf"][0]["pattern"]
    date_time = {"type": "string", "pattern": pattern}
    assert fact["properties"] == {
        "text": {"type": "string"},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "condition": {"enum": ["sunny", "storm"]},
        "celsius": {"type": ["integer", "null"]},
        "chance": {"type": "number"},
        "days": {"type": "array", "items": {"type": "string"}},
        "span": {
            "anyOf": [
                {
                    "type": "array",
                    "prefixItems": [{"type": "string"}, {"type": "integer"}],
                    "minItems": 2,
                    "items": False,
                },
                {"type": "null"},
            ]
        },
        "mood": {"enum": ["calm", "tense"]},
        "observed": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
        "observed_at": {"anyOf": [date_time, {"type": "null"}]},
        "place": {
            "anyOf": [
                {
                    "title": "Place",
                    "description": "Where it is.",
                    "type": "object",
                    "properties": {
                        "text": {"type": "string"},
                        "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0},
                        "name": {"type": "string"},
                    },
                    "required": ["text", "start", "end", "name"],
                    "additionalProperties": False,
                },
                {"type": "null"},
            ]
        },
        "details": {"type": "object", "additionalProperties": {"type": "integer"}},
        "anything": {},
    }


def test_a_third_party_record_validates_and_a_wrong_one_does_not() -> None:
    text = "Sunny in Kyiv."
    weather = Weather.at(
        text,
        0,
        5,
        condition="sunny",
        celsius=24,
        days=("Monday",),
        span=("Monday", 2),
        mood=Mood.TENSE,
        observed=dt.date(2025, 7, 10),
        observed_at=dt.datetime(2025, 7, 10, 8, 30, tzinfo=dt.timezone.utc),
        place=Place.at(text, 9, 13, name="Kyiv"),
        details={"wind": 90},
    )
    record = Result(Article(text=text), {"weather": (weather,)}).to_dict()
    assert record["facts"]["weather"][0]["observed_at"] == "2025-07-10T08:30:00+00:00"
    schema = json_schema([WEATHER])
    assert schema["properties"]["facts"]["properties"]["weather"]["title"] == "weather"
    assert errors_of(schema, record) == []
    record["facts"]["weather"][0]["condition"] = "foggy"
    record["facts"]["weather"][0]["place"]["name"] = None
    assert errors_of(schema, record) == [
        "'foggy' is not one of ['sunny', 'storm']",
        "{'text': 'Kyiv', 'start': 9, 'end': 13, 'name': None} is not valid under any of the "
        "given schemas",
    ]


def test_the_schema_command_prints_the_installed_fields_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith('{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n')
    assert json.loads(printed) == json_schema(Extractor().fields)


def test_the_schema_command_follows_the_plugins_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["schema", "--plugins", "numbers"]) == 0
    facts = json.loads(capsys.readouterr().out)["properties"]["facts"]["properties"]
    assert list(facts) == ["dates", "numbers"]  # numbers need dates
    assert main(["schema", "--plugins", "weather"]) == 1
    assert "no installed plugin or field named 'weather'" in capsys.readouterr().err
