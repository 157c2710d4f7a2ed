"""Speed of the facts table: to_table and TableWriter (Parquet, CSV) over many results.

    python benchmarks/table.py [CORPUS ...] [--results N] [--repeat N]

The articles of CORPUS (.jsonl or .txt files; default: the seed article, published
2025-07-10) are extracted once; their results are then repeated, each with its own id, up to
N results (default 1,000), and the table is built from them. Printed beside it, for scale:
the cost of calling ``fact.to_dict()`` on every fact alone (the floor: the table's values are
exactly those), and a row-by-row build (one dict per fact, ``pyarrow.Table.from_pylist``).
Best CPU time of --repeat runs; compare the ratios printed together, not figures from
different runs or machines.
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa

import newsfacts
from newsfacts.table import TableWriter, table_schema, to_table
from speed import read_articles  # benchmarks/ is on the path when run as a script

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_f00fe2d4c8c9df40.txt"


def seed() -> list[newsfacts.Article]:
    return [newsfacts.Article(text=SEED.read_text(encoding="utf-8"), published="2025-07-10")]


def best_of(repeat: int, runs: dict[str, Callable[[], Any]]) -> dict[str, float]:
    """The best CPU time of each run (other processes hardly count); the runs take turns, so
    a busy spell hits them alike."""
    times: dict[str, float] = {name: float("inf") for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            began = time.process_time()
            run()
            times[name] = min(times[name], time.process_time() - began)
    return times


def row_by_row(results: list[newsfacts.Result], fields: tuple[newsfacts.Field, ...]) -> pa.Table:
    """The plain way, for comparison: one dict per fact, every column looked up per row."""
    rows = []
    for result in results:
        article = result.article.to_dict()
        for name, facts in result.facts.items():
            for fact in facts:
                values = fact.to_dict()
                row = {"article_id": article["id"], "url": article["url"],
                       "published": article["published"], "field": name}  # fmt: skip
                row |= {k if k in ("text", "start", "end") else f"{name}_{k}": v
                        for k, v in values.items()}  # fmt: skip
                rows.append(row)
    return pa.Table.from_pylist(rows, schema=table_schema(fields))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="*", help=".jsonl or .txt files (default: the seed)")
    parser.add_argument("--results", type=int, default=1000, help="results in the table")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is shown")
    args = parser.parse_args(argv)

    extractor = newsfacts.Extractor()
    fields = extractor.fields
    articles = read_articles(args.corpus, None) if args.corpus else seed()
    extracted = [extractor.extract(article) for article in articles]
    results = [
        attrs.evolve(result, article=attrs.evolve(result.article, id=f"a{n}"))
        for n, result in zip(range(args.results), itertools.cycle(extracted))
    ]
    rows = sum(len(facts) for result in results for facts in result.facts.values())
    print(f"{len(results):,} results, {rows:,} rows, {len(table_schema(fields))} columns")

    def to_dicts() -> None:
        for result in results:
            for facts in result.facts.values():
                for fact in facts:
                    fact.to_dict()

    def write(form: str, folder: str) -> None:
        with TableWriter(Path(folder) / f"facts.{form}", form, fields=fields) as writer:
            for result in results:
                writer.write(result)

    with tempfile.TemporaryDirectory() as folder:
        runs = {
            "fact.to_dict() alone": to_dicts,
            "to_table": lambda: to_table(results, fields=fields),
            "row by row (from_pylist)": lambda: row_by_row(results, fields),
            "TableWriter parquet": lambda: write("parquet", folder),
            "TableWriter csv": lambda: write("csv", folder),
        }
        times = best_of(args.repeat, runs)
    for name, seconds in times.items():
        print(
            f"{name:26} {seconds * 1000:8.1f} ms  {rows / seconds:12,.0f} rows/s"
            f"  {len(results) / seconds:10,.0f} results/s"
        )
    own = times["to_table"] - times["fact.to_dict() alone"]
    print(f"to_table beyond to_dict: {own * 1000:.1f} ms, {own / rows * 1e6:.2f} µs a row")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
