"""The "Reading corpora" page's examples run on the folder the page describes."""

from __future__ import annotations

import doctest
import re
import shutil
from pathlib import Path

import pytest

from corpus_files import KYIV_PAGE, news_crawl

DOCS = Path(__file__).resolve().parent.parent / "docs"


def make_corpus(root: Path) -> None:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "crawl.warc.gz").write_bytes(news_crawl(compress=True))
    (corpus / "feed.jsonl").write_text(
        '{"id": "a", "text": "Kyiv was hit on Thursday.", "published": "10 July 2025"}\n'
        '{"id": "b", "text": null}\n'
        '{"id": "c", "text": "Odesa too.", "published": "Thu, 10 Jul 2025 08:00:00 GMT"}\n',
        encoding="utf-8",
    )
    shutil.copy(KYIV_PAGE, corpus / "kyiv-drones.html")
    (corpus / "README.md").write_text("# Articles collected in July 2025\n", encoding="utf-8")


def test_the_corpora_page_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    outcome = doctest.testfile(
        str(DOCS / "corpora.rst"), module_relative=False, optionflags=flags, verbose=False
    )
    assert outcome.failed == 0
    assert outcome.attempted >= 15


def test_the_folder_the_page_shows_is_the_one_the_examples_read(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    listing = re.search(r"   corpus/\n((?:     .*\n)+)", (DOCS / "corpora.rst").read_text("utf-8"))
    assert listing is not None
    shown = sorted(line.split()[0] for line in listing[1].splitlines())
    assert shown == sorted(path.name for path in (tmp_path / "corpus").iterdir())
