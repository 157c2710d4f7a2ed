"""The explain trace of the built-in fields (why a name is a place, a number counts, a year
is read), in results, worker processes and JSON, as ``newsfacts explain`` prints it and the
docs show it."""

from __future__ import annotations

import itertools
import json
import re
import shlex
import textwrap
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import newsfacts
from newsfacts.cli import main
from newsfacts.schema import json_schema

DOCS = Path(__file__).resolve().parent.parent / "docs"
ROOT = DOCS.parent


# Sentences written for these tests, not taken from any corpus: (sentence, candidate,
# [(outcome, reason, evidence of the deciding check)] in the order decided).
LOCATION_TRACES = [
    ("She flew to Paris on Monday.", "Paris", [("accept", "supported", "preposition")]),
    (
        "The company's Mobile division grew.",
        "Mobile",
        [("pending", "ambiguous-unsupported", None), ("drop", "default", None)],
    ),
    ("The fair opens in March.", "March", [("reject", "listed-not-a-place", "not_places.txt")]),
    ("England v Pakistan was called off.", "England", [("reject", "fixture", "v")]),
    ("Dole said the plan would pass.", "Dole", [("name-part", "speaker", "said")]),
    (
        "Senator Graham visited the farm on Friday.",
        "Graham",
        [("name-part", "claimed-by-person", None)],
    ),
    ("Russia fired 397 drones.", "Russia", [("accept", "well-known", "country Russia")]),
]


@pytest.fixture(scope="module")
def tracing() -> newsfacts.Extractor:
    return newsfacts.Extractor(trace=True)


def _decided(result: newsfacts.Result, field: str, text: str) -> list[tuple[str, str, str | None]]:
    decisions = [d for d in result.trace if d.field == field and d.text == text]
    return [(d.outcome, d.reason, d.steps[-1].evidence) for d in decisions]


@pytest.mark.parametrize(("sentence", "candidate", "expected"), LOCATION_TRACES)
def test_the_trace_says_why_a_name_is_a_place_or_not(
    tracing: newsfacts.Extractor,
    sentence: str,
    candidate: str,
    expected: list[tuple[str, str, str | None]],
) -> None:
    result = tracing.extract(sentence)
    assert _decided(result, "locations", candidate) == expected
    found = candidate in [fact.text for fact in result.locations]
    assert found == (expected[-1][0] in ("accept", "keep", "dateline"))


def test_an_ambiguous_small_town_waits_for_the_article_to_name_its_state(
    tracing: newsfacts.Extractor,
) -> None:
    article = (DOCS / "examples" / "highway.txt").read_text(encoding="utf-8")
    result = tracing.extract(article)
    assert _decided(result, "locations", "Hinton") == [
        ("pending", "small-town-unsupported", "9,889 people (the largest of 5 towns)"),
        ("keep", "state-named", None),
    ]
    [hinton] = [fact for fact in result.locations if fact.text == "Hinton"]
    assert (hinton.country_code, hinton.kind) == ("CA", "city")


@pytest.mark.parametrize(
    ("sentence", "field", "candidate", "expected"),
    [
        (
            "They met at Trump Tower on Friday.",
            "people",
            "Trump Tower",
            [("reject", "organization-word", "Tower")],
        ),
        ("Dole said the plan would pass.", "people", "Dole", [("name", "default", None)]),
        (
            "Russia fired 397 drones launched from Kursk.",
            "numbers",
            "launched",
            [("end", "past-tense", None)],
        ),
        (
            "Officials said 40 soldiers were wounded.",
            "numbers",
            "were",
            [("end", "stop-word", "were")],
        ),
    ],
)
def test_people_and_numbers_trace_their_tables_too(
    tracing: newsfacts.Extractor,
    sentence: str,
    field: str,
    candidate: str,
    expected: list[tuple[str, str, str | None]],
) -> None:
    assert _decided(tracing.extract(sentence), field, candidate) == expected


@pytest.mark.parametrize(
    ("sentence", "candidate", "expected"),
    [
        (
            "Officials of the Northfield Water Authority said the plan was ready.",
            "Northfield Water Authority",
            ("accept", "default", None),
        ),
        (
            "Fans cheered at the UEFA Cup final in Berlin.",
            "UEFA",
            ("reject", "event-word-after", "Cup"),
        ),
        (
            "Users of Microsoft Office for Mac complained.",
            "Microsoft Office for Mac",
            ("reject", "product-edition", None),
        ),
    ],
)
def test_organizations_trace_why_a_name_is_kept(
    tracing: newsfacts.Extractor,
    sentence: str,
    candidate: str,
    expected: tuple[str, str, str | None],
) -> None:
    result = tracing.extract(sentence)
    decided = _decided(result, "organizations", candidate)
    assert decided and set(decided) == {expected}
    found = candidate in [fact.text for fact in result.organizations]
    assert found == (expected[0] == "accept")


@pytest.mark.parametrize(
    ("sentence", "candidate", "expected"),
    [
        (
            "The depot closed on Aug. 2, the union said.",
            "Aug. 2",
            ("year-before", "done-before-it"),
        ),
        ("The depot will open on June 3.", "June 3", ("year-after", "told-in-future")),
        ("The fair runs until Oct. 19.", "Oct. 19", ("same-year", "led-in-future")),
        ("The trial took 1800 years to end.", "1800 years", ("amount", "round-hundreds")),
    ],
)
def test_dates_trace_the_year_of_a_day_and_year_or_amount(
    sentence: str, candidate: str, expected: tuple[str, str]
) -> None:
    result = newsfacts.Extractor(trace=True).extract(sentence, published="2025-07-10")
    decisions = [(d.outcome, d.reason) for d in result.trace if d.text == candidate]
    assert decisions == [expected]


def test_the_trace_follows_the_fields_and_the_text_order(tracing: newsfacts.Extractor) -> None:
    result = tracing.extract("Crews reached Hinton, Alberta, on Monday.")
    fields = [decision.field for decision in result.trace]
    assert fields == sorted(fields, key=[f.name for f in tracing.fields].index)
    places = [d for d in result.trace if d.field == "locations"]
    assert [(d.text, d.start) for d in places] == [("Hinton", 14), ("Alberta", 22)]


def test_no_trace_unless_asked_and_the_same_facts_either_way(
    tracing: newsfacts.Extractor,
) -> None:
    sentence = "She flew to Paris on Monday, where 40 protesters met Mayor Anne Hidalgo."
    plain = newsfacts.Extractor().extract(sentence)
    traced = tracing.extract(sentence)
    assert plain.trace == ()
    assert "trace" not in plain.to_dict()
    assert dict(plain.items()) == dict(traced.items())
    assert newsfacts.extract(sentence, trace=True).trace == traced.trace


def test_the_trace_survives_to_dict_and_from_dict_and_fits_the_schema(
    tracing: newsfacts.Extractor,
) -> None:
    result = tracing.extract("The company's Mobile division grew. She flew to Paris.")
    record = json.loads(json.dumps(result.to_dict()))
    assert record["trace"][0] == result.trace[0].to_dict()
    assert newsfacts.Result.from_dict(record) == result
    jsonschema.validate(record, json_schema(tracing.fields))
    record["trace"][0]["steps"][0]["weight"] = 1
    with pytest.raises(jsonschema.ValidationError, match="Additional properties"):
        jsonschema.validate(record, json_schema(tracing.fields))


def test_a_bad_trace_record_is_an_invalid_fact_error() -> None:
    record = newsfacts.Extractor(["numbers"]).extract("Two ships.").to_dict()
    record["trace"] = [{"field": "numbers", "start": 0}]
    with pytest.raises(newsfacts.InvalidFactError, match="not a decision"):
        newsfacts.Result.from_dict(record)


def test_the_trace_comes_back_from_worker_processes() -> None:
    texts = ["She flew to Paris on Monday.", "The company's Mobile division grew."]
    extractor = newsfacts.Extractor(["locations"], trace=True)
    in_process = [extractor.extract(text) for text in texts]
    in_workers = list(extractor.extract_many(texts, workers=2))
    assert [r.trace for r in in_workers] == [r.trace for r in in_process]
    assert in_workers[0].trace


def test_explain_prints_each_check_and_the_decision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The company's Mobile division grew.\n", encoding="utf-8")
    assert main(["explain", str(article), "--field", "locations", "--span", "Mobile"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "'Mobile' at 14-20: The company's [Mobile] division grew."
    assert lines[1].split() == ["product-or-institution", "failed"]
    assert lines[2].split() == ["claimed-by-person", "failed"]
    assert lines[-7:] == [
        "    ambiguous-unsupported   held",
        "  -> pending (ambiguous-unsupported): a common word or name that is also a place "
        '("Reading"), without support',
        "    name-standing           failed",
        "    listed-with-places      failed",
        "    state-named             failed",
        "  -> drop (no check held)",
        "  = not found",
    ]


def test_explain_json_lines_read_back_as_decisions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("She flew to Paris on Monday.\n", encoding="utf-8")
    assert main(["explain", str(article), "--field", "locations", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["article"] for r in records] == [str(article)]
    decision = newsfacts.Decision.from_dict(records[0])
    assert (decision.text, decision.start, decision.outcome) == ("Paris", 12, "accept")
    assert decision.steps[-1] == newsfacts.Step("supported", True, "preposition")


def test_explain_span_falls_back_to_candidates_containing_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Crews reached Hinton, Alberta, on Monday.\n", encoding="utf-8")
    assert main(["explain", str(article), "--field", "locations", "--span", "bert"]) == 0
    assert capsys.readouterr().out.startswith("'Alberta' at 22-29:")
    assert main(["explain", str(article), "--field", "locations", "--span", "Paris"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no decision of locations to show" in captured.err


def test_explain_refuses_a_field_no_plugin_fills(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Text.\n", encoding="utf-8")
    assert main(["explain", str(article), "--field", "weather"]) == 1


def _code_blocks(text: str) -> list[tuple[str, str]]:
    found = re.findall(r"^\.\. code-block:: (\w+)\n\n((?:(?:   .*)?\n)+)", text, flags=re.M)
    return [(language, textwrap.dedent(body).strip("\n") + "\n") for language, body in found]


def test_the_explain_page_shows_what_the_commands_print(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    blocks = _code_blocks((DOCS / "explain.rst").read_text(encoding="utf-8"))
    shown = 0
    for (language, code), (next_language, expected) in itertools.pairwise(blocks):
        if next_language != "text":
            continue
        if language == "console":
            command = shlex.split(code.splitlines()[0].removeprefix("$ "))
            assert main(command[1:]) == 0
        else:
            exec(compile(code, "docs/explain.rst", "exec"), {})
        assert capsys.readouterr().out == expected
        shown += 1
    assert shown == 4


def test_the_decision_table_guide_runs_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    page = (DOCS / "plugins.rst").read_text(encoding="utf-8")
    section = page[page.index(".. _decision-tables:") : page.index("Replacing a built-in")]
    namespace: dict[str, Any] = {}
    blocks = _code_blocks(section)
    for language, code in blocks:
        if language == "python":
            exec(compile(code, "docs/plugins.rst", "exec"), namespace)
    assert capsys.readouterr().out == blocks[-1][1]
