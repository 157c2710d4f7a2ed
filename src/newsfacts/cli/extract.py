"""``newsfacts extract``: extract facts from articles in files, directories or stdin."""

from __future__ import annotations

import argparse
import logging
from typing import Any

import attrs

from newsfacts.cli.options import add_extractor_arguments, add_input_arguments, extractor_from_args
from newsfacts.cli.output import OUTPUT_FORMATS, open_output
from newsfacts.cli.progress import EXIT_PLUGIN_FAILURE, Report
from newsfacts.errors import PluginError
from newsfacts.published import parse_published
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
        "--allow-plugin-errors",
        action="store_true",
        help="exit with 0 even when plugins failed on some articles (they are still reported)",
    )
    extract.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary line"
    )
    extract.set_defaults(handler=run, usage_error=extract.error)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and args.output is None:
        args.usage_error("--format parquet needs --output FILE")  # exits with 2
    published = parse_published(args.published, date_order=args.date_order)
    extractor = extractor_from_args(args)
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    items = read_items(
        args.files or ["-"],
        input_format=None if args.input_format == "auto" else args.input_format,
        date_order=args.date_order,
    )
    report = Report((field.name for field in extractor.fields), quiet=args.quiet)
    try:
        with open_output(args.format, args.output, extractor.fields) as write:
            for item in items:
                report.item(item)
                if item.error is not None and args.on_error == "stop":
                    report.say("newsfacts: stopped at the first bad item (--on-error stop)")
                    break
                if item.article is None:
                    continue
                article = item.article
                if published is not None:
                    article = attrs.evolve(article, published=published)
                try:
                    result = extractor.extract(article)
                except PluginError as error:  # --strict
                    report.say(f"newsfacts: plugin error: {item.where}: {error}")
                    return EXIT_PLUGIN_FAILURE
                report.result(item.where, result)
                write(result)
    finally:
        report.close()
    return report.exit_code(allow_plugin_errors=args.allow_plugin_errors)
