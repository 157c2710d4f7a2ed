"""Speed of newsfacts: words per second for the text layer, each plugin, and all together.

    python benchmarks/speed.py CORPUS [CORPUS ...] [--plugins a,b] [--repeat N] [--limit N]

CORPUS is a .jsonl file (one article object per line, e.g. a gold corpus) or a .txt file (one
article). Every article goes through one extractor running all selected fields; the time each
field's plugin takes is measured on its own (``Extractor.extract(timings=...)``), so a
plugin's figure is words / (segmentation + its own time), and words / its own time alone (the
text layer is built once per article and shared by all plugins). Also printed: the first-use cost of
each plugin (data loading) and the peak memory of the process. Figures are from one run on a
shared machine: compare the ratios printed together, not numbers from different runs.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import newsfacts


def read_articles(paths: list[str], limit: int | None) -> list[newsfacts.Article]:
    articles = []
    for path in paths:
        if Path(path).suffix.lower() in (".jsonl", ".ndjson"):
            with open(path, encoding="utf-8") as lines:
                records = [json.loads(line) for line in lines if line.strip()]
            articles += [newsfacts.Article.from_dict(r) for r in records[:limit]]
        else:
            articles.append(newsfacts.Article(text=Path(path).read_text(encoding="utf-8")))
    return articles


def _rate(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f}" if seconds > 0 else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+", help=".jsonl or .txt files")
    parser.add_argument("--plugins", help="comma-separated plugins/fields (default: all)")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    parser.add_argument("--limit", type=int, help="first N articles of each .jsonl file")
    args = parser.parse_args(argv)

    articles = read_articles(args.corpus, args.limit)
    words = sum(len(article.text.split()) for article in articles) * args.repeat
    began = time.perf_counter()
    extractor = newsfacts.Extractor(args.plugins.split(",") if args.plugins else None)
    load = time.perf_counter() - began

    # The first article pays for lazily loaded data (gazetteers, word lists): report it apart.
    warm_up: dict[str, float] = {}
    if articles:
        extractor.extract(articles[0], timings=warm_up)
    timings: dict[str, float] = {}
    began = time.perf_counter()
    for _ in range(args.repeat):
        for article in articles:
            extractor.extract(article, timings=timings)
    total = time.perf_counter() - began

    print(f"corpus: {len(articles)} articles x {args.repeat}, {words:,} words")
    print(f"plugin loading: {load:.3f} s")
    segmentation = timings.get("segmentation", 0.0)
    print(f"  {'':<24} {'with segmentation':>20} {'own time only':>16}")
    rows = [("segmentation only", segmentation, segmentation)]
    rows += [
        (f"{field.name} alone", segmentation + timings[field.name], timings[field.name])
        for field in extractor.fields
    ]
    rows.append(("all fields together", total, total - segmentation))
    for label, seconds, own in rows:
        print(f"  {label:<24} {_rate(words, seconds):>12} words/s {_rate(words, own):>10} words/s")
    print("first-use cost (first article, data loading included):")
    for name, seconds in warm_up.items():
        print(f"  {name:<24} {seconds:.3f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak memory (max RSS): {peak:,.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
