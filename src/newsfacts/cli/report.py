"""``newsfacts report``: an HTML report of the facts extracted from a corpus."""

from __future__ import annotations

import argparse
from typing import Any

from newsfacts.cli.pages import add_output_argument, write_page


def add_command(commands: Any) -> None:
    """Add the ``report`` sub-parser to ``commands`` (an argparse sub-parsers action)."""
    parser = commands.add_parser(
        "report",
        help="sum up the facts of a corpus on an HTML page",
        description=(
            "Write a self-contained HTML report of extracted facts: counts per field, the most "
            "quoted speakers, the most mentioned people, organizations and places, a timeline "
            "of dates, a scatter of places and totals of people killed, wounded... FACTS is a "
            ".jsonl file written by 'newsfacts extract --format jsonl' or a facts table in "
            "Parquet (.parquet)."
        ),
    )
    parser.add_argument("facts", nargs="+", metavar="FACTS", help=".jsonl or .parquet files")
    add_output_argument(parser)
    parser.add_argument("--title", default="Facts of the corpus", help="the report's title")
    parser.add_argument(
        "--top", type=_count, default=15, metavar="N", help="names in each ranking (default: 15)"
    )
    parser.set_defaults(handler=run)


def _count(value: str) -> int:
    number = int(value)  # argparse reports a ValueError as an invalid value
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {number}")
    return number


def run(args: argparse.Namespace) -> int:
    # pyarrow (the report reads facts tables) is slow to import: not at the CLI's start.
    from newsfacts.view.corpus import report

    write_page(args.output, report(args.facts, title=args.title, top=args.top))
    return 0
