from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsfacts.cli.progress
from corpus_files import KYIV_PAGE, PAYWALL_PAGE, news_crawl
from newsfacts.cli import main

SEED_PATH = Path(__file__).resolve().parent.parent / "seeds" / "000_f00fe2d4c8c9df40.txt"

Capture = pytest.CaptureFixture[str]


def run(capsys: Capture, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_prints_the_seed_facts_as_json(capsys: Capture) -> None:
    code, out, err = run(capsys, "extract", str(SEED_PATH), "--published", "2025-07-10")
    assert code == 0, err
    record = json.loads(out)
    article = {key: value for key, value in record["article"].items() if value is not None}
    assert article == {
        "text": SEED_PATH.read_text(encoding="utf-8"),
        "id": "000_f00fe2d4c8c9df40",
        "published": "2025-07-10",
        "language": "en",
    }
    assert set(record["facts"]) >= {"numbers", "dates", "quotes", "locations", "organizations"}
    for facts in record["facts"].values():
        for fact in facts:
            assert (
                SEED_PATH.read_text(encoding="utf-8")[fact["start"] : fact["end"]] == fact["text"]
            )


def test_jsonl_in_jsonl_out(tmp_path: Path, capsys: Capture) -> None:
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "Kyiv was hit.", "published": "2025-07-10"})
        + "\n\n"
        + json.dumps({"id": "b", "text": "Nothing here."})
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "extract", str(corpus), "--format", "jsonl", "--plugins", "dates")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["article"]["id"] for line in lines] == ["a", "b"]
    assert list(lines[0]["facts"]) == ["dates"]


def test_a_json_list_gives_a_json_list(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": "One."}, {"text": "Two."}]), encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(path), "--plugins", "dates")
    assert code == 0
    assert len(json.loads(out)) == 2


def test_stdin_is_read_as_text(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Russia fired 397 drones."))
    code, out, _ = run(capsys, "extract", "-", "--format", "text", "--plugins", "numbers")
    assert code == 0
    assert out.startswith("== article\n")
    # numbers needs dates ("2024" is a year), so the dates field comes along
    assert "numbers (1)\n  13-16 '397' value=397 kind='count'" in out


def errors_of(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("newsfacts: error: ")]


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ('{"title": "no text"}', ".json", "bad.json: text: missing"),
        ("{not json", ".json", "bad.json: invalid JSON: Expecting property name"),
        ('{"text": 5}', ".jsonl", "bad.jsonl:1: text: expected str, got int"),
        ('{"text": null}', ".jsonl", "bad.jsonl:1: text: expected str, got null"),
        ("[1, 2]", ".jsonl", "bad.jsonl:1: article: expected a JSON object, got array"),
        ('{"text": "x", "published": "soon"}', ".json", "published: not an absolute date"),
        (b"\x00\x01\x02 junk", ".warc", "bad.warc: record 1: not a readable WARC record"),
        (b"<html><head></head></html>", ".html", "bad.html: text: no main text found"),
        (b"\x1f\x8b\x08\x00\x00\x00", ".jsonl.gz", "bad.jsonl.gz:1: truncated gzip data"),
    ],
)
def test_bad_input_is_one_error_line_and_exit_code_1(
    tmp_path: Path, capsys: Capture, content: str | bytes, suffix: str, message: str
) -> None:
    path = tmp_path / f"bad{suffix}"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(path), "--plugins", "dates")
    assert code == 1
    [error] = errors_of(err)
    assert message in error and str(tmp_path) in error
    assert out == "[]\n"


def test_a_directory_of_mixed_files_is_read_whole_and_bad_items_reported(
    tmp_path: Path, capsys: Capture
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "crawls").mkdir(parents=True)
    (corpus / "crawls" / "news.warc.gz").write_bytes(news_crawl(compress=True))
    shutil.copy(KYIV_PAGE, corpus / "kyiv.html")
    shutil.copy(PAYWALL_PAGE, corpus / "paywall.html")
    shutil.copy(SEED_PATH, corpus / "seed.txt")
    (corpus / "feed.jsonl").write_text(
        '{"id": "f1", "text": "Kyiv was hit on Thursday.", "published": "10 July 2025"}\n'
        '{"text": null}\n'
        '{"id": "f3", "text": "Odesa too.", "published": "Thu, 10 Jul 2025 08:00:00 GMT"}\n',
        encoding="utf-8",
    )
    (corpus / "README.md").write_text("# not an article\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(corpus), "--format", "jsonl", "--plugins", "dates")
    assert code == 1
    ids = [json.loads(line)["article"]["id"] for line in out.splitlines()]
    assert ids[2:] == ["f1", "f3", "kyiv", "seed"]
    assert all(i.startswith("urn:uuid:") for i in ids[:2])
    assert errors_of(err) == [
        f"newsfacts: error: {corpus / 'feed.jsonl'}:2: text: expected str, got null",
        f"newsfacts: error: {corpus / 'paywall.html'}: text: no main text found in the page",
    ]
    summary = err.splitlines()[-1]
    assert summary.startswith("newsfacts: 6 articles (")
    # skipped: the crawl's warcinfo, request, image and 404 records, and README.md
    assert summary.endswith("; 2 errors, 5 skipped, 0 warnings")
    assert "; facts: dates " in summary


def test_on_error_stop_stops_at_the_first_bad_item(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "One."}\n{"text": 5}\n{"text": "Three."}\n', encoding="utf-8")
    code, out, err = run(
        capsys,
        "extract",
        str(path),
        "--format",
        "jsonl",
        "--plugins",
        "dates",
        "--on-error",
        "stop",
    )
    assert code == 1
    assert len(out.splitlines()) == 1
    assert "stopped at the first bad item" in err


def test_a_missing_file_does_not_stop_the_others(tmp_path: Path, capsys: Capture) -> None:
    code, out, err = run(
        capsys, "extract", "/no/such/file.txt", str(SEED_PATH), "--format", "jsonl", "-q"
    )
    assert code == 1
    assert len(out.splitlines()) == 1
    assert err == "newsfacts: error: /no/such/file.txt: cannot open: No such file or directory\n"


def test_an_unknown_plugin_is_an_error(capsys: Capture) -> None:
    code, _, err = run(capsys, "extract", str(SEED_PATH), "--plugins", "weather")
    assert code == 1 and "no installed plugin or field named 'weather'" in err


def test_plugin_failures_are_reported_and_give_exit_code_3(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture, tmp_path: Path
) -> None:
    import newsfacts_dates

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("calendar missing")

    monkeypatch.setattr(newsfacts_dates, "scan", broken)  # in this process: --workers 1
    path = tmp_path / "two.jsonl"
    path.write_text('{"text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    dates_here = ["--plugins", "dates", "--workers", "1"]
    code, out, err = run(capsys, "extract", str(path), *dates_here, "--format", "jsonl")
    assert code == 3
    assert len(out.splitlines()) == 2
    # told once, counted twice
    assert err.splitlines()[0] == (
        f"newsfacts: plugin error: {path}:1: dates (field dates): RuntimeError: calendar missing"
    )
    assert err.splitlines()[-1].endswith(", 2 plugin failures")
    assert run(capsys, "extract", str(path), *dates_here, "--allow-plugin-errors")[0] == 0
    code, _, err = run(capsys, "extract", str(path), *dates_here, "--strict")
    assert code == 3 and "plugin 'dates' (field 'dates'): RuntimeError: calendar missing" in err


def test_published_on_the_command_line_takes_any_common_format(capsys: Capture) -> None:
    code, out, _ = run(
        capsys,
        "extract",
        str(SEED_PATH),
        "--plugins",
        "dates",
        "--published",
        "10/07/2025",
        "--date-order",
        "DMY",
    )
    assert code == 0 and json.loads(out)["article"]["published"] == "2025-07-10"
    code, _, err = run(capsys, "extract", str(SEED_PATH), "--published", "yesterday")
    assert code == 1
    assert err == (
        "newsfacts: error: published: not an absolute date in a known format: 'yesterday'\n"
    )


def test_a_table_is_written_with_format_and_output(tmp_path: Path, capsys: Capture) -> None:
    import pyarrow.parquet as pq

    target = tmp_path / "facts.parquet"
    code, out, _ = run(
        capsys,
        "extract",
        str(KYIV_PAGE),
        "--plugins",
        "numbers",
        "--format",
        "parquet",
        "-o",
        str(target),
    )
    assert code == 0 and out == ""
    table = pq.read_table(target)
    numbers = [row for row in table.to_pylist() if row["field"] == "numbers"]
    assert numbers[0]["article_id"] == "kyiv-drones" and numbers[0]["text"] == "397"


def test_csv_goes_to_standard_output_without_an_output_file(capsys: Capture) -> None:
    code, out, _ = run(capsys, "extract", str(KYIV_PAGE), "--plugins", "dates", "--format", "csv")
    assert code == 0
    header, first = out.splitlines()[:2]
    assert header.startswith('"article_id","url","published","field","start","end","text"')
    url = "https://ledger.example.com/world/2025/07/10/kyiv-drones"  # the page's canonical URL
    assert first.startswith(f'"kyiv-drones","{url}","2025-07-10","dates",35,44,"overnight"')


def test_parquet_needs_an_output_file(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(SEED_PATH), "--format", "parquet"])
    assert exit_info.value.code == 2
    assert "--format parquet needs --output FILE" in capsys.readouterr().err


def test_progress_is_drawn_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(newsfacts.cli.progress, "PROGRESS_INTERVAL", 0)  # draw every article
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", str(SEED_PATH), "--plugins", "dates"]) == 0
    drawn = terminal.getvalue()
    assert "1 articles [" in drawn and " words/s, 0 errors]" in drawn
    assert drawn.rstrip().splitlines()[-1].startswith("newsfacts: 1 article (")
    quiet = Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert main(["extract", str(SEED_PATH), "--plugins", "dates", "--quiet"]) == 0
    assert quiet.getvalue() == ""


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys: Capture) -> None:
    code, _, err = run(capsys, "extract", str(SEED_PATH), "--plugins", "dates")
    assert code == 0
    [summary] = err.splitlines()
    assert summary.startswith("newsfacts: 1 article (")


def newsfacts_process(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_output_is_utf8_whatever_the_locale_says_and_stdin_bytes_are_reported() -> None:
    done = newsfacts_process(
        "extract",
        "-",
        "--plugins",
        "dates",
        "--format",
        "jsonl",
        stdin="Café owners in París protested on Thursday.".encode("latin-1"),
        env={"PYTHONIOENCODING": "latin-1"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode("utf-8").splitlines()[0] == (
        "newsfacts: warning: <stdin>: not valid UTF-8: undecodable bytes were replaced with U+FFFD"
    )
    record = json.loads(done.stdout.decode("utf-8"))
    assert record["facts"]["dates"][0]["text"] == "Thursday"
    done = newsfacts_process(
        "extract",
        "-",
        "--input-format",
        "jsonl",
        "--plugins",
        "dates",
        "--format",
        "text",
        stdin='\ufeff{"id": "é", "text": "Zürich on Thursday."}\n'.encode(),
        env={"PYTHONIOENCODING": "latin-1"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith("== é\ndates (1)\n  10-18 'Thursday'")


def test_usage_errors_exit_with_2(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--format", "yaml"])
    assert exit_info.value.code == 2


def test_plugins_lists_the_built_in_plugins(capsys: Capture) -> None:
    code, out, _ = run(capsys, "plugins")
    assert code == 0
    for name in ("dates", "numbers", "people", "quotes", "locations", "organizations"):
        assert f"\n{name} (newsfacts " in "\n" + out


def test_the_module_runs_as_a_script() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsfacts", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("newsfacts ")


@pytest.mark.parametrize("form", ["json", "parquet"])
def test_an_output_file_that_cannot_be_written_is_one_error_line(
    capsys: Capture, tmp_path: Path, form: str
) -> None:
    target = tmp_path / "missing-folder" / f"facts.{form}"
    code, _, err = run(capsys, "extract", str(SEED_PATH), "--format", form, "-o", str(target))
    assert code == 1
    assert f"newsfacts: error: {target}: cannot write: " in err
    assert "Traceback" not in err


def test_workers_give_the_same_output_as_one_process(capsys: Capture, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        {"id": str(n), "text": text, "published": "2025-07-10"}
        for n, text in enumerate(
            [
                "Russia fired 397 drones at Kyiv on Thursday, killing at least two people.",
                "Mr Starmer said on Monday the talks would resume in London.",
                "The Institute for the Study of War (ISW) said 1,200 troops moved.",
            ]
            * 3
        )
    ]
    corpus.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    outputs = []
    for workers in ("1", "2"):
        code, out, _ = run(
            capsys, "extract", str(corpus), "--format", "jsonl", "--workers", workers
        )
        assert code == 0
        outputs.append(out)
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["article"]["id"] for line in outputs[1].splitlines()] == [
        str(n) for n in range(9)
    ]
