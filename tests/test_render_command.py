"""``newsfacts render``: a page of one article or several, a clear error when there is
nothing to render; and the examples of docs/viewing.rst, run."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from newsfacts.cli import main
from page_checks import SEED_PATH, Page


def test_the_render_command_writes_a_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "seed.html"
    code = main(["render", str(SEED_PATH), "--published", "2025-07-10", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    page = Page(out.read_text(encoding="utf-8"))
    assert page.one("h1").text == "000_f00fe2d4c8c9df40"
    assert len(page.marks()) == 95


def test_the_render_command_shows_several_articles_on_one_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "two.json"
    articles.write_text(
        json.dumps([{"text": "Kyiv was hit on Thursday.", "id": "a"}, {"text": "Lviv too."}]),
        encoding="utf-8",
    )
    assert main(["render", str(articles), "--plugins", "locations"]) == 0
    page = Page(capsys.readouterr().out)
    assert [h.text for h in page.find("h1")] == ["a", "Article"]
    assert [m.text for m in page.marks()] == ["Kyiv", "Lviv"]


def test_the_render_command_says_when_there_is_nothing_to_render(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "none.json"
    empty.write_text("[]", encoding="utf-8")
    assert main(["render", str(empty)]) == 1
    assert capsys.readouterr().err == "newsfacts: error: no articles to render\n"


def test_the_examples_of_the_viewing_page_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "viewing.rst").read_text("utf-8")
    blocks = re.findall(r"\.\. code-block:: python\n\n((?:   .*\n|\n)+)", page)
    assert len(blocks) == 2
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").symlink_to(SEED_PATH.parent)
    assert main(["extract", str(SEED_PATH), "--format", "jsonl"]) == 0
    (tmp_path / "facts.jsonl").write_text(capsys.readouterr().out, encoding="utf-8")
    namespace: dict[str, Any] = {}
    for block in blocks:
        exec(textwrap.dedent(block), namespace)
    assert len(Page((tmp_path / "seed.html").read_text(encoding="utf-8")).marks()) == 95
    assert "1 article · 95 facts" in namespace["html"]
