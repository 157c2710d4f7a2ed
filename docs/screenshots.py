"""Take the screenshots of docs/viewing.rst: the seed article's view and a corpus report.

    python docs/screenshots.py CORPUS.jsonl [CORPUS.jsonl ...] [--limit N] [--title TITLE]

Extracts the facts of the seed article and of the first ``--limit`` articles of each corpus
(gold corpora are never copied into the repository: pass their paths), renders both pages,
opens them in the system's Chromium through Playwright (``sh tests/install-browser.sh``) and
writes ``docs/_static/view-article.png`` and ``docs/_static/view-report.png``. With Pillow
installed the PNGs are reduced to 256 colours, which keeps each well under 300 KB.
"""

from __future__ import annotations

import argparse
import io
import json
import tempfile
from itertools import islice
from pathlib import Path

from playwright.sync_api import sync_playwright

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f00fe2d4c8c9df40.txt"
STATIC = ROOT / "docs" / "_static"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _record(result: newsfacts.Result) -> dict[str, object]:
    article = {k: v for k, v in result.article.to_dict().items() if k != "text" and v is not None}
    facts = {field: [f.to_dict() for f in facts] for field, facts in result.facts.items()}
    return {"article": article, "facts": facts, "errors": [e.to_dict() for e in result.errors]}


def _small_png(png: bytes) -> bytes:
    try:
        from PIL import Image
    except ImportError:
        return png
    image = Image.open(io.BytesIO(png)).convert("RGB")
    reduced = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    reduced.save(out, format="PNG", optimize=True)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+", help="article .jsonl files (e.g. the dev corpora)")
    parser.add_argument("--limit", type=int, default=200, help="articles per corpus")
    parser.add_argument("--title", default="Facts of the corpus", help="the report's title")
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="browser executable")
    args = parser.parse_args()

    extractor = newsfacts.Extractor()
    seed = extractor.extract(
        newsfacts.Article(
            text=SEED.read_text(encoding="utf-8"), published="2025-07-10", id=SEED.stem
        )
    )
    with tempfile.TemporaryDirectory() as folder:
        facts = Path(folder) / "facts.jsonl"
        with facts.open("w", encoding="utf-8") as out:
            for path in args.corpus:
                with open(path, encoding="utf-8") as lines:
                    for line in islice((line for line in lines if line.strip()), args.limit):
                        result = extractor.extract(json.loads(line))
                        out.write(json.dumps(_record(result), ensure_ascii=False) + "\n")
        pages = {
            "view-article.png": (newsfacts.render(seed, fields=extractor.fields), 860, False),
            "view-report.png": (newsfacts.report(facts, title=args.title), 900, True),
        }
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 860})
            for name, (html, height, full) in pages.items():
                source = Path(folder) / name.replace(".png", ".html")
                source.write_text(html, encoding="utf-8")
                page.set_viewport_size({"width": 1200, "height": height})
                page.goto(source.as_uri())
                if name == "view-article.png":  # show a tooltip: the value of "at least two"
                    page.focus("mark[data-start='95']")
                png = _small_png(page.screenshot(full_page=full))
                (STATIC / name).write_bytes(png)
                print(f"{STATIC / name}: {len(png) / 1024:.0f} KB")
            browser.close()


if __name__ == "__main__":
    main()
