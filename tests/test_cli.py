from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

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


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ('{"title": "no text"}', ".json", "text: missing"),
        ("{not json", ".json", "invalid JSON"),
        ('{"text": 5}', ".jsonl", ":1: text: expected str, got int"),
        ('{"text": "x", "published": "soon"}', ".json", "published: not an ISO 8601 date"),
        (b"\xff\xfe broken", ".txt", "not UTF-8 text"),
    ],
)
def test_bad_input_is_one_line_and_exit_code_1(
    tmp_path: Path, capsys: Capture, content: str | bytes, suffix: str, message: str
) -> None:
    path = tmp_path / f"bad{suffix}"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "extract", str(path))
    assert code == 1
    assert err.startswith("newsfacts: error: ") and message in err
    assert err.count("\n") == 1


def test_missing_file_and_unknown_plugin_are_input_errors(capsys: Capture) -> None:
    assert run(capsys, "extract", "/no/such/file.txt")[0] == 1
    code, _, err = run(capsys, "extract", str(SEED_PATH), "--plugins", "weather")
    assert code == 1 and "no installed plugin or field named 'weather'" in err


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
