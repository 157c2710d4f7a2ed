"""Speed of the views: rendering the seed article, and the report over 1,000 articles.

    python benchmarks/render.py [--repeat N] [--articles N] [--facts FACTS.jsonl]

The seed's facts are extracted once; rendering them is then timed ``--repeat`` times
(target: under 20 ms). The report is timed over ``--articles`` copies of the seed's facts
record, each with its own id and publication date (93 facts each, denser than most news),
read from JSON Lines and from a facts table in Parquet (target: under 2 s for 1,000
articles); ``--facts`` times it over a file of real extracted facts as well. Figures are the
best and the median wall-clock time of the runs, with the CPU time of the best run, which a
busy machine inflates less: compare figures of one run with each other.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

import newsfacts

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_f00fe2d4c8c9df40.txt"


def timed(work: Callable[[], object], repeat: int) -> str:
    """Best and median wall-clock time, and the CPU time of the best run.

    On a machine other processes keep busy, the CPU time (all threads of this process) is
    close to what the wall clock would say on an idle one.
    """
    runs = []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        work()
        runs.append((time.perf_counter() - began, time.process_time() - began_cpu))
    best, cpu = min(runs)
    median = statistics.median(wall for wall, _ in runs)
    return f"best {best * 1e3:7.1f} ms  median {median * 1e3:7.1f} ms  (CPU {cpu * 1e3:.1f} ms)"


def records(result: newsfacts.Result, count: int) -> list[dict[str, object]]:
    facts = {field: [f.to_dict() for f in items] for field, items in result.facts.items()}
    day = dt.date(2025, 7, 10)
    return [
        {
            "article": {"id": f"seed-{n}", "published": (day - dt.timedelta(days=n)).isoformat()},
            "facts": facts,
            "errors": [],
        }
        for n in range(count)
    ]


def table(rows: list[dict[str, object]]) -> pa.Table:
    """The records as a facts table: one row per fact, ``<field>_<attribute>`` columns."""
    flat = []
    for record in rows:
        article = record["article"]
        assert isinstance(article, dict) and isinstance(record["facts"], dict)
        for field, facts in record["facts"].items():
            for fact in facts:
                row = {"article_id": article["id"], "url": None, "published": article["published"]}
                row |= {"field": field, "start": fact["start"], "end": fact["end"]}
                row |= {"text": fact["text"]}
                row |= {f"{field}_{k}": v for k, v in fact.items() if k not in row}
                flat.append(row)
    names = dict.fromkeys(name for row in flat for name in row)
    return pa.table({name: [row.get(name) for row in flat] for name in names})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measure")
    parser.add_argument("--articles", type=int, default=1000, help="articles in the report")
    parser.add_argument("--facts", help="a .jsonl or .parquet file of extracted facts")
    args = parser.parse_args()

    article = newsfacts.Article(text=SEED.read_text(encoding="utf-8"), published="2025-07-10")
    extractor = newsfacts.Extractor()
    seed = extractor.extract(article)
    facts = sum(len(items) for items in seed.facts.values())
    newsfacts.render(seed)  # loads the style sheets once
    print(f"render the seed ({facts} facts, {len(article.text):,} characters)")
    print(f"  {timed(lambda: newsfacts.render(seed, fields=extractor.fields), args.repeat * 4)}")

    with tempfile.TemporaryDirectory() as folder:
        rows = records(seed, args.articles)
        lines = Path(folder) / "facts.jsonl"
        lines.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        parquet = Path(folder) / "facts.parquet"
        pq.write_table(table(rows), parquet)
        total = f"{args.articles:,} articles, {facts * args.articles:,} facts"
        print(f"report over {total}, from JSON Lines ({lines.stat().st_size / 1e6:.1f} MB)")
        print(f"  {timed(lambda: newsfacts.report(lines), args.repeat)}")
        print(f"report over {total}, from Parquet ({parquet.stat().st_size / 1e6:.1f} MB)")
        print(f"  {timed(lambda: newsfacts.report(parquet), args.repeat)}")
    if args.facts:
        print(f"report over {args.facts}")
        print(f"  {timed(lambda: newsfacts.report(args.facts), args.repeat)}")


if __name__ == "__main__":
    main()
