"""``newsfacts extract``: extract facts from articles in files, directories or stdin."""

from __future__ import annotations

import argparse
import collections
import logging
import os
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsfacts.article import Article
from newsfacts.cli.options import add_extractor_arguments, add_input_arguments, extractor_from_args
from newsfacts.cli.output import OUTPUT_FORMATS, open_output
from newsfacts.cli.progress import EXIT_PLUGIN_FAILURE, Report
from newsfacts.errors import PluginError
from newsfacts.items import ReadItem
from newsfacts.published import PublishedDate, parse_published
from newsfacts.readers import read_items

# Libraries that log on pages they cannot read: each such page already gets its own error line.
_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


def add_command(commands: Any) -> None:
    """Add the ``extract`` sub-parser to ``commands`` (an argparse sub-parsers action)."""
    extract = commands.add_parser(
        "extract",
        help="extract facts from articles",
        description=(
            "Extract facts from articles and print them. Each PATH is a file or a directory "
            "(read recursively): .txt (one article), .json (an article object or a list), "
            ".jsonl/.ndjson (an article object per line, streamed), .html/.htm (a web page), "
            ".warc (a web crawl), each possibly gzipped (.gz). '-' or no PATH reads standard "
            "input, as text unless --input-format says otherwise."
        ),
    )
    add_input_arguments(extract)
    extract.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        default="json",
        help="json: an object per article (a list for several); jsonl: one line per article; "
        "text: a readable listing; parquet, csv: a table with one row per fact (default: json)",
    )
    extract.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output (required for parquet)",
    )
    extract.add_argument(
        "--on-error",
        choices=("skip", "stop"),
        default="skip",
        help="on an item that cannot be read: report it and go on (skip, the default) or stop; "
        "either way the exit code is 1",
    )
    add_extractor_arguments(extract)
    extract.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes (default: every core for input of several articles - several "
        "paths, a folder, .jsonl/.json/.warc - else 1, which extracts in this process)",
    )
    extract.add_argument(
        "--allow-plugin-errors",
        action="store_true",
        help="exit with 0 even when plugins failed on some articles (they are still reported)",
    )
    extract.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary line"
    )
    extract.set_defaults(handler=run, usage_error=extract.error)


def _workers(args: argparse.Namespace) -> int:
    """--workers, or by default every core for input of several articles, else 1."""
    if args.workers is not None:
        if args.workers < 1:
            args.usage_error(f"--workers must be 1 or more, got {args.workers}")
        return int(args.workers)
    paths = args.files or ["-"]
    several = len(paths) > 1 or any(
        path != "-"
        and (os.path.isdir(path) or not path.lower().endswith((".txt", ".html", ".htm")))
        for path in paths
    )
    return (os.cpu_count() or 1) if several else 1


def _articles(
    items: Iterable[ReadItem],
    args: argparse.Namespace,
    published: PublishedDate | None,
    report: Report,
    wheres: collections.deque[str],
) -> Iterator[Article]:
    """The articles of ``items``, reporting the bad ones; ``wheres`` gets each one's place."""
    for item in items:
        report.item(item)
        if item.error is not None and args.on_error == "stop":
            report.say("newsfacts: stopped at the first bad item (--on-error stop)")
            return
        if item.article is None:
            continue
        wheres.append(item.where)
        article = item.article
        yield article if published is None else attrs.evolve(article, published=published)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and args.output is None:
        args.usage_error("--format parquet needs --output FILE")  # exits with 2
    published = parse_published(args.published, date_order=args.date_order)
    extractor = extractor_from_args(args)
    workers = _workers(args)
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    items = read_items(
        args.files or ["-"],
        input_format=None if args.input_format == "auto" else args.input_format,
        date_order=args.date_order,
    )
    report = Report((field.name for field in extractor.fields), quiet=args.quiet)
    wheres: collections.deque[str] = collections.deque()
    try:
        with open_output(args.format, args.output, extractor.fields) as write:
            articles = _articles(items, args, published, report, wheres)
            try:
                for result in extractor.extract_many(articles, workers=workers):
                    report.result(wheres.popleft(), result)
                    write(result)
            except PluginError as error:  # --strict
                report.say(f"newsfacts: plugin error: {wheres[0] if wheres else '-'}: {error}")
                return EXIT_PLUGIN_FAILURE
    finally:
        report.close()
    return report.exit_code(allow_plugin_errors=args.allow_plugin_errors)
