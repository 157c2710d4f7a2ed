"""``newsfacts extract``: extract facts from article files and print them."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from newsfacts import config as configuration
from newsfacts.article import Article
from newsfacts.errors import NewsfactsError
from newsfacts.extractor import Extractor, to_article
from newsfacts.result import Result

INPUT_FORMATS = ("auto", "txt", "json", "jsonl")
OUTPUT_FORMATS = ("json", "jsonl", "text")


class InputError(NewsfactsError):
    """An input file could not be read as articles (reported in one line, exit code 1)."""


def add_command(commands: Any) -> None:
    """Add the ``extract`` sub-parser to ``commands`` (an argparse sub-parsers action)."""
    extract = commands.add_parser(
        "extract",
        help="extract facts from articles",
        description=(
            "Extract facts from articles and print them. FILE is a .txt file (one article), "
            "a .json file (one article object, or a list of them) or a .jsonl file (one "
            "article object per line, streamed); '-' or no FILE reads standard input as text."
        ),
    )
    extract.add_argument("files", nargs="*", metavar="FILE", help="article files, or - for stdin")
    extract.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date anchoring relative dates (overrides the articles' own)",
    )
    extract.add_argument(
        "--plugins", metavar="A,B", help="comma-separated plugins or fields to run (default: all)"
    )
    extract.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        default="json",
        help="json: an object per article (a list for several); jsonl: one line per article; "
        "text: a readable listing (default: json)",
    )
    extract.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="how to read the files (default: by extension; stdin is txt)",
    )
    extract.add_argument(
        "--disable",
        metavar="A,B",
        help="comma-separated plugins or fields never to run (to replace a built-in, say)",
    )
    extract.add_argument(
        "--config",
        metavar="FILE",
        help="a TOML file of plugin options, one table per field: [locations] adjectival = true",
    )
    extract.add_argument(
        "-o",
        "--option",
        dest="options",
        action="append",
        default=[],
        metavar="FIELD.OPTION=VALUE",
        help="set one plugin option (repeatable), after those of --config",
    )
    extract.add_argument(
        "--strict",
        action="store_true",
        help="fail on the first plugin error instead of recording it",
    )
    extract.set_defaults(handler=run)


def _input_format(path: str, requested: str) -> str:
    if requested != "auto":
        return requested
    suffix = Path(path).suffix.lower()
    return {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(suffix, "txt")


def _open(path: str) -> TextIO:
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None


def _read_articles(path: str, form: str) -> Iterator[tuple[str, Any]]:
    """Yield (where, raw article) pairs: raw is a text or a JSON value."""
    stream = _open(path)
    try:
        if form == "jsonl":
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield f"{path}:{number}", _json(line, f"{path}:{number}")
        elif form == "json":
            data = _json(stream.read(), path)
            for index, item in enumerate(data if isinstance(data, list) else [data]):
                yield (f"{path}[{index}]" if isinstance(data, list) else path), item
        else:
            text = stream.read()
            yield path, text if path == "-" else {"text": text, "id": Path(path).stem}
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    finally:
        if stream is not sys.stdin:
            stream.close()


def _json(raw: str, where: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: invalid JSON: {error.msg} (line {error.lineno})") from None


def _article_record(result: Result) -> dict[str, Any]:
    return result.to_dict()


def _print_text(result: Result, out: TextIO) -> None:
    name = result.article.id or result.article.title or "article"
    out.write(f"== {name}\n")
    for field, facts in result.facts.items():
        out.write(f"{field} ({len(facts)})\n")
        for fact in facts:
            details = {k: v for k, v in fact.to_dict().items() if k not in ("text", "start", "end")}
            shown = " ".join(
                f"{k}={v!r}" for k, v in details.items() if v not in (None, "", [], {})
            )
            out.write(f"  {fact.start}-{fact.end} {fact.text!r} {shown}\n")
    for error in result.errors:
        out.write(f"error: {error.plugin}: {error.error_type}: {error.message}\n")


class _Progress:
    """A one-line progress report on stderr, shown only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.articles = self.words = 0
        self.began = time.perf_counter()

    def update(self, article: Article) -> None:
        if not self.enabled:
            return
        self.articles += 1
        self.words += len(article.text.split())
        rate = self.words / max(time.perf_counter() - self.began, 1e-9)
        sys.stderr.write(f"\r{self.articles} articles, {self.words} words, {rate:,.0f} words/s")

    def close(self) -> None:
        if self.enabled and self.articles:
            sys.stderr.write("\n")


def _names(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(",") if name.strip()]


def extractor_from_args(args: argparse.Namespace) -> Extractor:
    """The extractor the plugin options of ``args`` ask for (--plugins, --disable, --config...)."""
    config = configuration.merge(
        configuration.read_config_file(args.config) if args.config else None,
        configuration.parse_assignments(args.options),
    )
    return Extractor(
        _names(args.plugins) or None,
        disable=_names(args.disable),
        config=config,
        strict=args.strict,
    )


def run(args: argparse.Namespace) -> int:
    extractor = extractor_from_args(args)
    paths = args.files or ["-"]
    streaming = any(_input_format(p, args.input_format) == "jsonl" for p in paths)
    progress = _Progress(enabled=streaming)
    out = sys.stdout
    records: list[dict[str, Any]] = []
    try:
        for path in paths:
            for where, raw in _read_articles(path, _input_format(path, args.input_format)):
                try:
                    article = to_article(raw, published=args.published)
                except NewsfactsError as error:
                    raise InputError(f"{where}: {error}") from None
                result = extractor.extract(article)
                progress.update(article)
                if args.format == "text":
                    _print_text(result, out)
                elif args.format == "jsonl":
                    out.write(json.dumps(_article_record(result), ensure_ascii=False) + "\n")
                else:
                    records.append(_article_record(result))
    finally:
        progress.close()
    if args.format == "json":
        shown: Any = records[0] if len(records) == 1 else records
        out.write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
    return 0
