"""Dask: the same facts on a real two-process LocalCluster, read from files, as a table.

tox installs the ``dask`` extra and sets NEWSFACTS_DASK=required; elsewhere these tests are
skipped when Dask is missing.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

try:
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster
except ImportError:
    if os.environ.get("NEWSFACTS_DASK") == "required":
        raise
    pytest.skip("the dask extra is not installed", allow_module_level=True)

import newsfacts
import newsfacts.dask as nfd
from newsfacts import Article, ReadError
from newsfacts.dask import _extractor
from newsfacts.parallel import extract_parallel

DATA = Path(__file__).parent / "data" / "articles.jsonl"
ARTICLES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
DOCS = Path(__file__).resolve().parent.parent / "docs"
TEXTS = {
    "flood": "Floods forced 3,000 people from their homes in Valencia, Spain, on Tuesday.",
    "vote": "The Senate passed the bill 51 to 49, Majority Leader Chuck Schumer said.",
}


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The test articles as four JSON lines files and two text files."""
    for part in range(4):
        lines = [json.dumps(article) for article in ARTICLES[part::4]]
        (tmp_path / f"part{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, text in TEXTS.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def in_file_order(corpus: Path) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = []
    for path in sorted(corpus.iterdir()):
        if path.suffix == ".jsonl":
            articles += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        else:
            articles.append({"text": path.read_text(encoding="utf-8"), "id": path.stem})
    return articles


def test_one_process_the_pool_and_a_cluster_give_identical_facts(
    client: Client, corpus: Path
) -> None:
    articles = in_file_order(corpus)
    extractor = newsfacts.Extractor()
    one_process = [extractor.extract(article).to_dict() for article in articles]
    pool = [
        result.to_dict()
        for result in extract_parallel(newsfacts.Extractor, articles, workers=2, chunksize=4)
    ]
    bag = nfd.read_articles_bag(sorted(str(path) for path in corpus.iterdir()))
    assert bag.npartitions == 6
    cluster = nfd.extract_bag(bag).compute()
    assert len(one_process) == len(ARTICLES) + len(TEXTS) == 38
    assert sum(len(facts) for r in one_process for facts in r["facts"].values()) > 150
    for alone, pooled, clustered in zip(one_process, pool, cluster, strict=True):
        assert alone["article"]["id"] == pooled["article"]["id"] == clustered["article"]["id"]
        assert alone["facts"] == pooled["facts"] == clustered["facts"]  # fact by fact
        assert alone == pooled == clustered
    # Each worker process loaded its extractor once, for all the partitions it ran.
    caches = client.run(lambda: _extractor.cache_info()).values()
    assert sum(cache.misses for cache in caches) <= 2
    assert sum(cache.hits + cache.misses for cache in caches) == bag.npartitions


def test_the_facts_table_has_a_row_per_fact_with_typed_columns(
    client: Client, corpus: Path, tmp_path: Path
) -> None:
    records = nfd.extract_bag(nfd.read_articles_bag(str(corpus / "*.txt")), plugins=["numbers"])
    frame = nfd.facts_frame(records, plugins=["numbers"])
    assert {column: str(frame.dtypes[column]) for column in frame.columns} == {
        "article_id": "string[pyarrow]",
        "url": "string[pyarrow]",
        "published": "string[pyarrow]",
        "field": "string[pyarrow]",
        "start": "int64[pyarrow]",
        "end": "int64[pyarrow]",
        "text": "string[pyarrow]",
        "dates_type": "string[pyarrow]",
        "dates_value": "string[pyarrow]",
        "dates_resolved": "bool[pyarrow]",
        "dates_range": "list<item: string>[pyarrow]",
        "dates_mod": "string[pyarrow]",
        "numbers_value": "double[pyarrow]",
        "numbers_low": "double[pyarrow]",
        "numbers_high": "double[pyarrow]",
        "numbers_kind": "string[pyarrow]",
        "numbers_unit": "string[pyarrow]",
        "numbers_currency": "string[pyarrow]",
        "numbers_qualifier": "string[pyarrow]",
        "numbers_counted": "string[pyarrow]",
        "numbers_event": "string[pyarrow]",
    }
    table = frame.compute()
    assert table[["article_id", "field", "text"]].values.tolist() == [
        ["flood", "numbers", "3,000"],
        ["flood", "dates", "Tuesday"],
        ["vote", "numbers", "51"],
        ["vote", "numbers", "49"],
    ]
    assert table["dates_value"].tolist()[1] == "XXXX-WXX-2"  # no publication date: unresolved
    assert table["numbers_value"].fillna(0).tolist() == [3000.0, 0, 51.0, 49.0]
    assert table["numbers_counted"].fillna("-").tolist() == ["people", "-", "-", "-"]
    frame.to_parquet(tmp_path / "facts")
    back = dd.read_parquet(tmp_path / "facts", dtype_backend="pyarrow").compute()
    assert back["text"].tolist() == table["text"].tolist()
    assert back["numbers_value"].fillna(0).tolist() == [3000.0, 0, 51.0, 49.0]


def test_a_publication_date_given_to_the_bag_anchors_relative_dates(client: Client) -> None:
    bag = nfd.read_articles_bag(str(DATA))
    [record] = nfd.extract_bag(bag.take(1, compute=False), ["dates"], "2024-03-20").compute()
    assert record["article"]["published"] == "2024-03-20"
    assert [(d["text"], d["value"]) for d in record["facts"]["dates"]] == [
        ("Tuesday", "2024-03-19"),
        ("a year", "P1Y"),
    ]


# ---- reading files (no cluster needed: the synchronous scheduler) ----------------------------


def test_files_are_read_as_articles_one_partition_per_file(tmp_path: Path) -> None:
    (tmp_path / "gold.jsonl").write_text(
        '{"id": "g1", "text": "One.", "published": "2025-07-10", "facts": {"numbers": []}}\n'
        "\n"
        '{"id": "g2", "text": "Two.", "url": "https://example.org/2"}\n',
        encoding="utf-8",
    )
    (tmp_path / "list.json").write_text('[{"text": "Three."}, {"text": "Four."}]')
    (tmp_path / "page.html").write_text(
        "<html><head><title>Floods</title></head><body><article><h1>Floods</h1>"
        "<p>Floods forced 3,000 people from their homes in Valencia on Tuesday.</p>"
        "</article></body></html>"
    )
    (tmp_path / "story.txt").write_text("Five.\n")
    bag = nfd.read_articles_bag(tmp_path)  # a folder: its files, recursively, in name order
    assert bag.npartitions == 4
    assert bag.compute(scheduler="sync") == [
        Article(id="g1", text="One.", published="2025-07-10"),
        Article(id="g2", text="Two.", url="https://example.org/2"),
        Article(text="Three."),
        Article(text="Four."),
        Article(
            id="page",
            title="Floods",
            text="Floods\n\nFloods forced 3,000 people from their homes in Valencia on Tuesday.",
        ),
        Article(id="story", text="Five.\n"),
    ]


def test_large_json_lines_files_are_split_in_blocks(tmp_path: Path) -> None:
    (tmp_path / "big.jsonl").write_text(
        "".join(json.dumps({"id": str(n), "text": f"Line {n}."}) + "\n" for n in range(200))
    )
    bag = nfd.read_articles_bag(tmp_path / "big.jsonl", blocksize=1000)
    assert bag.npartitions > 4
    assert [a.id for a in bag.compute(scheduler="sync")] == [str(n) for n in range(200)]


def test_a_bad_line_is_reported_with_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine"}\n{"text": \n')
    with pytest.raises(ReadError, match=rf"^{re.escape(str(path))}:2: invalid JSON"):
        nfd.read_articles_bag(path).compute(scheduler="sync")


def test_no_matching_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no file found"):
        nfd.read_articles_bag(str(tmp_path / "*.jsonl"))


def test_without_dask_the_import_says_how_to_install_it() -> None:
    code = "import sys; sys.modules['dask'] = None; import newsfacts.dask"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.splitlines()[-1].startswith(
        "ImportError: newsfacts.dask needs Dask, its dataframes and pandas: "
        "pip install 'newsfacts[dask]' ("
    )


# ---- the docs page's example --------------------------------------------------------------


def test_the_cluster_page_example_writes_a_parquet_dataset(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = (DOCS / "cluster.rst").read_text(encoding="utf-8")
    [example] = re.findall(
        r"\.\. code-block:: python\n   :name: local-cluster\n\n(.*?)\n\S", page, re.S
    )
    (corpus / "corpus").mkdir()
    for path in corpus.glob("*.jsonl"):
        path.rename(corpus / "corpus" / path.name)
    monkeypatch.chdir(corpus)
    exec(
        compile(re.sub(r"^   ", "", example, flags=re.M), "cluster.rst", "exec"),
        {"__name__": "__main__"},
    )
    facts = dd.read_parquet(corpus / "facts", dtype_backend="pyarrow").compute()
    assert set(facts["article_id"]) == {a["id"] for a in ARTICLES}
    assert len(facts) > 150
