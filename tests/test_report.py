"""The corpus report: what it counts, from JSON Lines, a facts table or results alike."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import newsfacts
from newsfacts import Article, FactsFileError, Result
from newsfacts.cli import main
from newsfacts.view import charts
from newsfacts.view.sources import read_corpus
from newsfacts.view.stats import EventTotal, FieldCount, Place, Ranked, summarize


def fact(text: str, start: int, **attributes: Any) -> dict[str, Any]:
    return {"text": text, "start": start, "end": start + len(text), **attributes}


def killed(text: str, start: int, value: float) -> dict[str, Any]:
    return fact(text, start, value=value, kind="count", counted="people", event="killed")


KYIV = {"name": "Kyiv", "kind": "city", "country_code": "UA", "latitude": 50.45, "longitude": 30.52}
UKRAINE = {"name": "Ukraine", "kind": "country", "country_code": "UA", "latitude": 49.0}
RECORDS: list[dict[str, Any]] = [
    {
        "article": {"id": "a", "published": "2025-07-10", "url": "https://example.org/a"},
        "facts": {
            "quotes": [fact("We will rebuild", 0, speaker="Vitali Klitschko", cue="said")],
            "people": [
                fact("Vitali Klitschko", 20, name="Vitali Klitschko"),
                fact("Klitschko", 60, name="Vitali Klitschko"),
            ],
            "locations": [fact("Kyiv", 40, **KYIV), fact("Kiev", 80, **KYIV)],
            "numbers": [killed("two", 90, 2), killed("five", 120, 5)],
            "dates": [
                fact("Thursday", 100, type="DATE", value="2025-07-10"),
                fact("overnight", 110, type="TIME", value="2025-07-09TNI"),
                fact("two weeks", 130, type="DURATION", value="P2W"),
            ],
        },
        "errors": [],
    },
    {
        "article": {"id": "b", "published": "2025-07-11"},
        "facts": {
            "quotes": [
                fact("Enough", 0, speaker="Vitali Klitschko"),
                fact("Never", 10, speaker=None),
            ],
            "organizations": [fact("ISW", 30, name="Institute for the Study of War")],
            "locations": [fact("Ukraine", 40, **UKRAINE), fact("Ukrainian", 50, name="Ukraine")],
            "numbers": [killed("three", 60, 3), fact("397", 70, value=397, counted="drones")],
            "dates": [
                fact("Friday", 80, type="DATE", value="2025-07-11"),
                fact("on Thursday", 90, type="DATE", value="XXXX-WXX-4", resolved=False),
            ],
        },
        "errors": [{"plugin": "people", "error_type": "ValueError", "message": "x", "field": None}],
    },
]


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


@pytest.fixture
def parquet(tmp_path: Path) -> Path:
    """The same facts as a facts table: one row per fact, <field>_<attribute> columns."""
    rows = []
    for record in RECORDS:
        meta = record["article"]
        for field, facts in record["facts"].items():
            for item in facts:
                row = {
                    "article_id": meta["id"],
                    "url": meta.get("url"),
                    "published": meta["published"],
                    "field": field,
                    "start": item["start"],
                    "end": item["end"],
                    "text": item["text"],
                }
                row.update({f"{field}_{k}": v for k, v in item.items() if k not in row})
                rows.append(row)
    columns = dict.fromkeys(name for row in rows for name in row)
    path = tmp_path / "facts.parquet"
    pq.write_table(pa.table({name: [row.get(name) for row in rows] for name in columns}), path)
    return path


def test_the_report_counts_facts_per_field_and_the_articles_they_are_in(jsonl: Path) -> None:
    summary = summarize(read_corpus([jsonl]))
    assert (summary.articles, summary.facts, summary.articles_with_errors) == (2, 19, 1)
    assert summary.fields == (
        FieldCount("dates", 5, 2),
        FieldCount("locations", 4, 2),
        FieldCount("numbers", 4, 2),
        FieldCount("quotes", 3, 2),
        FieldCount("people", 2, 1),
        FieldCount("organizations", 1, 1),
    )
    assert summary.published == ("2025-07-10", "2025-07-11")


def test_the_report_ranks_speakers_people_organizations_and_places(jsonl: Path) -> None:
    summary = summarize(read_corpus([jsonl]))
    assert summary.speakers == (Ranked("Vitali Klitschko", 2, 2),)  # the unnamed one is left out
    assert summary.people == (Ranked("Vitali Klitschko", 2, 1),)
    assert summary.organizations == (Ranked("Institute for the Study of War", 1, 1),)
    assert summary.places == (Ranked("Kyiv (UA)", 2, 1), Ranked("Ukraine", 2, 1))
    # Only places with both coordinates are drawn.
    assert summary.located == (Place("Kyiv", "UA", 50.45, 30.52, 2, 1),)


def test_the_report_adds_up_counted_events(jsonl: Path) -> None:
    summary = summarize(read_corpus([jsonl]))
    # 2 + 5 in one article, 3 in another: 10 figures added, 5 + 3 keeping each article's largest.
    assert summary.events == (EventTotal("killed", 3, 2, 10.0, 8.0),)


def test_the_report_counts_resolved_dates_by_day(jsonl: Path) -> None:
    summary = summarize(read_corpus([jsonl]))
    assert summary.dates == {"2025-07-09": 1, "2025-07-10": 1, "2025-07-11": 1}
    chart = charts.timeline(summary.dates)
    assert chart == charts.Timeline(
        "day", (("2025-07-09", 1), ("2025-07-10", 1), ("2025-07-11", 1)), 0, 0
    )


def test_a_facts_table_reads_as_the_same_corpus(jsonl: Path, parquet: Path) -> None:
    from_lines = summarize(read_corpus([jsonl]))
    from_table = summarize(read_corpus([parquet]))
    # A facts table has no record of plugin errors.
    assert attrs_without(from_table, "articles_with_errors") == attrs_without(
        from_lines, "articles_with_errors"
    )


def attrs_without(summary: Any, name: str) -> dict[str, Any]:
    import attrs

    values = attrs.asdict(summary, recurse=False)
    del values[name]
    return values


def test_results_read_as_the_same_corpus_as_their_json_lines(tmp_path: Path) -> None:
    extractor = newsfacts.Extractor()
    texts = [
        "Russia fired 397 drones at Kyiv on Thursday, killing at least two people.",
        '"We will rebuild," Kyiv mayor Vitali Klitschko said on Friday.',
    ]
    results = [
        extractor.extract(Article(text=t, id=str(n), published="2025-07-10"))
        for n, t in enumerate(texts)
    ]
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(json.dumps(record(r)) + "\n" for r in results), encoding="utf-8")
    assert summarize(read_corpus(results)) == summarize(read_corpus([path]))
    assert summarize(read_corpus(results)).events == (EventTotal("killed", 1, 1, 2.0, 2.0),)


def record(result: Result) -> dict[str, Any]:
    article = {k: v for k, v in result.article.to_dict().items() if k != "text" and v is not None}
    facts = {field: [f.to_dict() for f in facts] for field, facts in result.facts.items()}
    return {"article": article, "facts": facts, "errors": []}


def test_the_report_page_is_self_contained_and_draws_its_charts(jsonl: Path) -> None:
    page = newsfacts.report(jsonl, title="Two days in Kyiv")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert "<title>Two days in Kyiv · newsfacts</title>" in page
    assert page.count("<svg") == 2
    assert "<title>Kyiv, UA: 2 mentions in 1 article</title></circle>" in page
    assert "<title>2025-07-10: 1 mention</title></rect>" in page
    assert "<th scope='row'>killed</th><td>10</td><td>8</td><td>3</td><td>2</td>" in page


def test_names_in_the_report_are_escaped(tmp_path: Path) -> None:
    hostile = {
        "article": {"id": "<b>x</b>"},
        "facts": {
            "quotes": [fact("hi", 0, speaker="<script>alert(1)</script>")],
            "locations": [fact("Nowhere", 5, name="</svg><script>", latitude=1.0, longitude=2.0)],
        },
    }
    path = tmp_path / "facts.jsonl"
    path.write_text(json.dumps(hostile) + "\n", encoding="utf-8")
    page = newsfacts.report([path], title="<i>t</i>")
    assert "<script" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;/svg&gt;&lt;script&gt;" in page


def test_an_empty_corpus_gives_a_page_that_says_so(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_text("", encoding="utf-8")
    page = newsfacts.report(path)
    assert "0 articles · 0 facts" in page
    assert "No resolved dates." in page and "No places with coordinates." in page


@pytest.mark.parametrize(
    ("dates", "unit", "first", "last"),
    [
        ({"2025-07-01": 2, "2025-07-20": 1}, "day", "2025-07-01", "2025-07-20"),
        ({"2024-11-03": 1, "2025-07-20": 1, "2025-07": 1}, "month", "2024-11", "2025-07"),
        ({"1990-05-01": 1, "2025-07-20": 1, "2010": 1}, "year", "1990", "2025"),
    ],
)
def test_the_timeline_bins_by_day_month_or_year_as_the_dates_spread(
    dates: dict[str, int], unit: str, first: str, last: str
) -> None:
    chart = charts.timeline(dates)
    assert (chart.unit, chart.bins[0][0], chart.bins[-1][0]) == (unit, first, last)
    assert sum(n for _, n in chart.bins) == sum(dates.values())


def test_the_timeline_says_what_it_leaves_out() -> None:
    dates = {f"2025-07-{day:02d}": 10 for day in range(1, 31)} | {"1945-05-08": 1, "2025": 4}
    chart = charts.timeline(dates)
    assert (chart.unit, len(chart.bins), chart.outside, chart.coarser) == ("day", 30, 1, 4)


def test_a_line_that_is_not_json_is_reported_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_text(json.dumps(RECORDS[0]) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(FactsFileError, match=r"facts.jsonl: line 2: invalid JSON"):
        newsfacts.report(path)


def test_a_record_without_facts_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"text": "an article, not its facts"}) + "\n", encoding="utf-8")
    with pytest.raises(FactsFileError, match=r'articles.jsonl:1: expected a record \{"article"'):
        newsfacts.report(path)


def test_a_table_that_is_not_a_facts_table_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "other.parquet"
    pq.write_table(pa.table({"x": [1, 2]}), path)
    with pytest.raises(FactsFileError, match="not a facts table: no column article_id, field"):
        newsfacts.report(path)
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    with pytest.raises(FactsFileError, match="not a readable Parquet file"):
        newsfacts.report(broken)


def test_other_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FactsFileError, match=r"facts.csv: expected a .jsonl or .parquet file"):
        newsfacts.report(tmp_path / "facts.csv")


def test_the_report_command_writes_a_page(
    jsonl: Path, parquet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(jsonl), str(parquet), "-o", str(out), "--title", "Kyiv"]) == 0
    page = out.read_text(encoding="utf-8")
    assert '<h1 class="nf-title">Kyiv</h1>' in page
    assert "4 articles · 38 facts" in page
    assert main(["report", str(tmp_path / "missing.jsonl")]) == 1
    assert "missing.jsonl: No such file or directory" in capsys.readouterr().err


def test_attributes_of_mixed_kinds_are_kept_as_text(tmp_path: Path) -> None:
    records = [
        {"article": {"id": "a"}, "facts": {"scores": [fact("ten", 0, points=10)]}},
        {"article": {"id": "b"}, "facts": {"scores": [fact("a lot", 0, points="many")]}},
    ]
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    corpus = read_corpus([path])
    assert corpus.table["scores_points"].to_pylist() == ["10", "many"]
    assert summarize(corpus).fields == (FieldCount("scores", 2, 2),)
