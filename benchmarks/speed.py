"""Speed of newsfacts: words per second for the text layer, each plugin, and all together.

    python benchmarks/speed.py CORPUS [CORPUS ...] [--plugins a,b] [--repeat N] [--limit N]

CORPUS is a .jsonl file (one article object per line, e.g. a gold corpus) or a .txt file (one
article). Every article goes through one extractor running all selected fields, as a corpus
is run: ``Extractor.extract_many``, in batches, field by field. The time each field's plugin
takes is measured on its own (``extract_many(timings=...)``), so a plugin's figure is words /
(segmentation + its own time), and words / its own time alone (the text layer is built once
per article and shared by all plugins). Each pass over the corpus is followed by one article
by article (``Extractor.extract`` on each, the path of a program extracting one article at a
time), and the two are compared in CPU time. Also printed: the first-use cost of each plugin
(data loading) and the peak memory of the process; with ``--repeat`` 2 or more, all fields
together in the first pass and in the best later one (the first pays once for what the
process builds as it meets new words and names). Figures are from one run on a shared
machine: compare the ratios printed together, not numbers from different runs.

Two checks follow, with their targets: the cold start (import, plugin loading and the first
article, lazily loaded data included, in a fresh process, the best of 3: at most 0.3 s, with
a peak memory of at most 100 MiB) and cost linear in
length (ten articles of the corpus's texts joined up to ``--words`` words each, and the one
article they make joined together: the long article must take at most 11 times the mean CPU
time of its tenths, best of 3 each).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import newsfacts
from memory import peak_rss_mib
from newsfacts.batches import BATCH_SIZE


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


COLD_START_TARGET = 0.3  # seconds: import + plugin loading + first article
COLD_START_RSS_TARGET = 100  # MiB: the peak memory of that process
LINEAR_TARGET = 11.0  # an article ten times longer takes at most this many times the time
COLD_START = """
import sys, time
began = time.perf_counter()
import newsfacts
newsfacts.Extractor(sys.argv[1].split(",") if sys.argv[1] else None).extract(sys.argv[2])
seconds = time.perf_counter() - began
sys.path.insert(0, sys.argv[3])  # after the timing: benchmarks/, for memory.py
from memory import peak_rss_mib
print(seconds, peak_rss_mib())
"""


def cold_start(plugins: str | None, text: str) -> tuple[float, float]:
    """Seconds from ``import newsfacts`` to the first article's result, in a fresh process,
    and the peak memory of that process (MiB), the best of 3 processes.

    The processes may write and read bytecode even where ``PYTHONDONTWRITEBYTECODE`` is set
    (as in some development shells): an installed package has its bytecode, compiled by pip
    at install time, and a first process writes it for an editable checkout. Compiling the
    sources on every start would add about 0.2 s that no installed user pays."""
    command = [sys.executable, "-c", COLD_START, plugins or "", text, str(Path(__file__).parent)]
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, capture_output=True, env=environment, check=True)  # bytecode
    runs = []
    for _ in range(3):
        done = subprocess.run(command, capture_output=True, text=True, env=environment, check=True)
        seconds, peak = done.stdout.split()[-2:]
        runs.append((float(seconds), float(peak)))
    return min(runs)


def pieces(articles: list[newsfacts.Article], words: int, count: int) -> list[newsfacts.Article]:
    """``count`` articles, each the corpus's next texts joined paragraph after paragraph up to
    ``words`` words (the corpus read again from its start if it runs out)."""
    if not any(article.text.split() for article in articles):
        return []
    made: list[newsfacts.Article] = []
    texts: list[str] = []
    counted = 0
    while len(made) < count:
        for article in articles:
            texts.append(article.text)
            counted += len(article.text.split())
            if counted >= words:
                made.append(newsfacts.Article(text="\n\n".join(texts), published=article.published))
                texts, counted = [], 0
                if len(made) == count:
                    break
    return made


def cpu_seconds(extractor: newsfacts.Extractor, article: newsfacts.Article) -> float:
    """The best of 3 CPU times of one extraction."""
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        extractor.extract(article)
        best = min(best, time.process_time() - began)
    return best


def linearity(extractor: newsfacts.Extractor, articles: list[newsfacts.Article], words: int) -> str:
    """The time of one long article against the mean time of its ten tenths.

    The long article is its tenths joined, so both sides read the same sentences: a corpus's
    later texts may hold more numbers, names or quotes per word than its first ones (in
    NewsQuant the numbers per word nearly double from the first 2,000 words to the first
    20,000), which a long article of further texts would count as non-linear cost."""
    tenths = pieces(articles, words, 10)
    if not tenths:
        return "linear in length: no text"
    long = newsfacts.Article(
        text="\n\n".join(piece.text for piece in tenths), published=tenths[0].published
    )
    tenth_time = sum(cpu_seconds(extractor, piece) for piece in tenths) / len(tenths)
    long_time = cpu_seconds(extractor, long)
    ratio = long_time / tenth_time * 10 / len(tenths)
    tenth_words = sum(len(piece.text.split()) for piece in tenths) // len(tenths)
    verdict = "pass" if ratio <= LINEAR_TARGET else "FAIL"
    return (
        f"linear in length: {len(tenths)} articles of {tenth_words:,} words {tenth_time:.3f} "
        f"CPU s each, joined {len(long.text.split()):,} words {long_time:.3f} CPU s: 10x longer "
        f"takes {ratio:.2f}x {verdict} (target <= {LINEAR_TARGET:.0f}x)"
    )


def _rate(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f}" if seconds > 0 else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+", help=".jsonl or .txt files")
    parser.add_argument("--plugins", help="comma-separated plugins/fields (default: all)")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    parser.add_argument("--limit", type=int, help="first N articles of each .jsonl file")
    parser.add_argument(
        "--words", type=int, default=2000, help="the shorter article of the linearity check"
    )
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
    passes: list[float] = []
    # CPU seconds of each pass, extract_many's and article by article's (a busy machine
    # disturbs CPU time less than wall time: the two are compared in it).
    cpu: dict[str, list[float]] = {"batches": [], "one by one": []}
    for _ in range(args.repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        collections.deque(extractor.extract_many(articles, timings=timings), maxlen=0)
        passes.append(time.perf_counter() - began)
        cpu["batches"].append(time.process_time() - began_cpu)
        began_cpu = time.process_time()
        for article in articles:
            extractor.extract(article, timings={})  # timed alike: the same clock readings
        cpu["one by one"].append(time.process_time() - began_cpu)
    total = sum(passes)

    print(f"corpus: {len(articles)} articles x {args.repeat}, {words:,} words")
    print(f"plugin loading: {load:.3f} s")
    print(f"extract_many (batches of {BATCH_SIZE} articles, field by field):")
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
    per_pass = words // max(args.repeat, 1)
    if len(passes) > 1:
        # The first pass pays once for what a process builds as it meets new words and names
        # (the vocabulary's columns, gazetteer rows, patterns compiled on first use); a long
        # run over a stream of articles runs at the later passes' speed.
        print(
            f"  all fields, first pass   {_rate(per_pass, passes[0]):>12} words/s; "
            f"later passes, the best {_rate(per_pass, min(passes[1:])):>10} words/s"
        )
    # Compared on the passes after the first (the first of extract_many warms what the
    # article-by-article pass after it then finds warm), or the only one.
    batched, single = (min(seconds[1:] or seconds, default=0.0) for seconds in cpu.values())
    if batched > 0:
        print(
            f"article by article (Extractor.extract on each), all fields: "
            f"{_rate(per_pass, single)} words per CPU second; extract_many "
            f"{_rate(per_pass, batched)}, {single / batched:.2f}x as fast"
            + ("" if len(passes) > 1 else " (one pass: extract_many's paid the warm-up)")
        )
    print("first-use cost (first article, data loading included):")
    for name, seconds in warm_up.items():
        print(f"  {name:<24} {seconds:.3f} s")
    peak = peak_rss_mib()
    print(f"peak memory (max RSS): {peak:,.0f} MiB")
    if articles:
        seconds, peak = cold_start(args.plugins, articles[0].text)
        verdict = "pass" if seconds <= COLD_START_TARGET else "FAIL"
        memory = "pass" if peak <= COLD_START_RSS_TARGET else "FAIL"
        print(
            f"cold start (import, plugin loading, first article; fresh process, best of 3): "
            f"{seconds:.3f} s {verdict} (target <= {COLD_START_TARGET} s), "
            f"peak RSS {peak:,.0f} MiB {memory} (target <= {COLD_START_RSS_TARGET} MiB)"
        )
        print(linearity(extractor, articles, args.words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
