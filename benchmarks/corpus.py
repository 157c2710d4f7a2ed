"""Reading corpora: HTML extraction speed beside fact extraction, and memory while streaming.

    python benchmarks/corpus.py [CORPUS.jsonl ...] [--pages N] [--plugins a,b]
                                [--size-mb 1024] [--stream-plugins dates] [--no-stream]

1. Web pages: article texts (from the CORPUS files, or the seed article and the test pages)
   are laid out as news pages — navigation, ads, a byline, JSON-LD, reader comments, a
   footer — and read back with ``Article.from_html`` (trafilatura). Printed: the words per
   second of that HTML extraction beside the words per second of fact extraction over the
   articles it gave (``--plugins``, default all), so the two costs of a crawl compare.
2. Streaming: a synthetic JSON Lines file of ``--size-mb`` MB (1 GB by default) is written to
   a temporary folder (and deleted after), then run through the command line as a user would
   (``newsfacts extract FILE --format jsonl -o /dev/null``, plugins ``--stream-plugins``).
   Each line holds a short article and, like a crawler's dump, the raw page it came from
   (about 64 KB, as news pages with their inline scripts are), so the reading path handles
   the whole gigabyte while extraction stays quick. Printed: the
   time, throughput and peak resident memory of that process (the target: under 300 MB).

Figures are from one run on a shared machine: compare ratios printed together.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f00fe2d4c8c9df40.txt"
TEST_PAGES = ROOT / "tests" / "data" / "pages"
MEMORY_TARGET_MB = 300

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta property="article:published_time" content="2025-07-10T08:00:00+00:00">
<meta name="author" content="Staff reporter">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}",
"datePublished": "2025-07-10T08:00:00+00:00"}}</script>
<script>window.dataLayer = []; function track(e) {{ dataLayer.push(e); }}</script></head>
<body><header><nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a>
</li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/subscribe">Subscribe for $1 a week</a></li></ul></nav></header>
<div class="ad"><p>Advertisement</p><a href="/ad">Save 50% on flights to 12 cities</a></div>
<main><article><h1>{title}</h1><div class="byline">By Staff reporter</div>
{paragraphs}</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Port hit again</a></li>
<li><a href="/b">Talks stall</a></li></ul></aside>
<section class="comments"><h2>Comments (2)</h2><div class="comment"><p>Terrible news.</p></div>
<div class="comment"><p>Where are the 40 jets they promised?</p></div></section></main>
<footer><p>© 2025 The Daily Ledger. <a href="/privacy">Privacy</a></p></footer></body></html>
"""


def article_texts(paths: list[str], limit: int) -> list[str]:
    texts: list[str] = []
    for path in paths:
        texts += [article.text for article in newsfacts.read_articles(path)]
    if not paths:
        texts.append(SEED.read_text(encoding="utf-8"))
        texts += [newsfacts.Article.from_html(p.read_bytes()).text for p in _test_pages()]
    return [text for text in texts if text.strip()][:limit]


def _test_pages() -> list[Path]:
    pages = sorted(TEST_PAGES.glob("*.html"))
    return [p for p in pages if p.name != "paywall.html"]


def as_page(text: str) -> str:
    blocks = [b.strip() for b in text.replace("\r", "").split("\n") if b.strip()]
    title = html.escape(blocks[0][:80]) if blocks else "News"
    paragraphs = "\n".join(f"<p>{html.escape(block)}</p>" for block in blocks)
    return PAGE.format(title=title, paragraphs=paragraphs)


def bench_pages(texts: list[str], pages: int, plugins: list[str] | None) -> None:
    documents = [as_page(texts[n % len(texts)]).encode("utf-8") for n in range(pages)]
    newsfacts.Article.from_html(documents[0])  # imports and first-use costs apart
    began = time.perf_counter()
    articles = [newsfacts.Article.from_html(page) for page in documents]
    html_seconds = time.perf_counter() - began
    words = sum(len(article.text.split()) for article in articles)
    extractor = newsfacts.Extractor(plugins)
    extractor.extract(articles[0])
    began = time.perf_counter()
    for article in articles:
        extractor.extract(article)
    fact_seconds = time.perf_counter() - began
    size = sum(len(page) for page in documents)
    print(f"web pages: {pages} pages ({size / 1e6:.1f} MB of HTML, {words:,} words extracted)")
    print(f"  HTML extraction (trafilatura)  {words / html_seconds:>10,.0f} words/s")
    fields = ",".join(field.name for field in extractor.fields)
    print(f"  fact extraction ({fields})  {words / fact_seconds:>10,.0f} words/s")
    print(
        f"  HTML extraction share of the total: {html_seconds / (html_seconds + fact_seconds):.0%}"
    )


def write_corpus(path: Path, size_mb: int, text: str) -> int:
    """A JSON Lines file of about ``size_mb`` MB: short articles with their raw pages."""
    short = " ".join(text.split()[:120])
    # real pages carry tens of kilobytes of inline scripts and styles
    script = "<script>var config = " + json.dumps({"slots": ["ad"] * 9000}) + ";</script>"
    page = as_page(text).replace("</head>", script + "</head>")
    lines = 0
    target = size_mb * 1_000_000
    with open(path, "w", encoding="utf-8") as out:
        while out.tell() < target:
            record = {
                "id": f"a{lines}",
                "text": short,
                "published": "Thu, 10 Jul 2025 08:00:00 GMT",
            }
            record["html"] = page  # ignored by the reader, read all the same
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            lines += 1
    return lines


def bench_stream(size_mb: int, plugins: str, text: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="newsfacts-corpus-", dir="/tmp"))
    try:
        corpus = folder / "corpus.jsonl"
        began = time.perf_counter()
        lines = write_corpus(corpus, size_mb, text)
        written = time.perf_counter() - began
        size = corpus.stat().st_size
        command = [sys.executable, "-m", "newsfacts", "extract", str(corpus), "--format",
                   "jsonl", "-o", os.devnull, "--plugins", plugins]  # fmt: skip
        began = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - began
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"streaming: {size / 1e6:,.0f} MB of JSON Lines, {lines:,} articles "
          f"(written in {written:.0f} s, deleted after)")  # fmt: skip
    print(f"  newsfacts extract --plugins {plugins}: exit {done.returncode}, {seconds:.0f} s, "
          f"{size / 1e6 / seconds:.1f} MB/s, {lines / seconds:,.0f} articles/s")  # fmt: skip
    print(f"  {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else '(no summary)'}")
    verdict = "under" if peak_mb < MEMORY_TARGET_MB else "OVER"
    print(f"  peak RSS {peak_mb:,.0f} MB ({verdict} the {MEMORY_TARGET_MB} MB target)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="*", help="article files (any format newsfacts reads)")
    parser.add_argument("--pages", type=int, default=200, help="web pages to extract")
    parser.add_argument("--limit", type=int, default=500, help="article texts to lay out")
    parser.add_argument("--plugins", help="fields for fact extraction (default: all)")
    parser.add_argument("--size-mb", type=int, default=1024, help="size of the streamed file")
    parser.add_argument("--stream-plugins", default="dates", help="fields while streaming")
    parser.add_argument("--no-stream", action="store_true", help="skip the streaming run")
    args = parser.parse_args(argv)
    texts = article_texts(args.corpus, args.limit)
    plugins = args.plugins.split(",") if args.plugins else None
    bench_pages(texts, args.pages, plugins)
    if not args.no_stream:
        bench_stream(args.size_mb, args.stream_plugins, SEED.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
