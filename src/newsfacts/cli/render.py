"""``newsfacts render``: extract facts from articles and show them on an HTML page."""

from __future__ import annotations

import argparse
from typing import Any

from newsfacts.cli.extract import (
    INPUT_FORMATS,
    InputError,
    _input_format,
    _read_articles,
    extractor_from_args,
)
from newsfacts.cli.pages import add_output_argument, write_page
from newsfacts.errors import NewsfactsError
from newsfacts.extractor import to_article
from newsfacts.result import Result
from newsfacts.view.article import page


def add_command(commands: Any) -> None:
    """Add the ``render`` sub-parser to ``commands`` (an argparse sub-parsers action)."""
    render = commands.add_parser(
        "render",
        help="show articles with their facts highlighted, as an HTML page",
        description=(
            "Extract facts from articles and write one self-contained HTML page showing each "
            "article with its facts highlighted. FILE is read as by 'newsfacts extract': a "
            ".txt file, a .json file (an article object or a list) or a .jsonl file; '-' or "
            "no FILE reads standard input as text."
        ),
    )
    render.add_argument("files", nargs="*", metavar="FILE", help="article files, or - for stdin")
    add_output_argument(render)
    render.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date anchoring relative dates (overrides the articles' own)",
    )
    render.add_argument(
        "--plugins", metavar="A,B", help="comma-separated plugins or fields to run (default: all)"
    )
    render.add_argument(
        "--disable", metavar="A,B", help="comma-separated plugins or fields never to run"
    )
    render.add_argument(
        "--config", metavar="FILE", help="a TOML file of plugin options, one table per field"
    )
    # Long form only: -o is --output here, as in 'newsfacts report'.
    render.add_argument(
        "--option",
        dest="options",
        action="append",
        default=[],
        metavar="FIELD.OPTION=VALUE",
        help="set one plugin option (repeatable), after those of --config",
    )
    render.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="how to read the files (default: by extension; stdin is txt)",
    )
    render.add_argument("--title", help="the page title (default: the article's title or id)")
    render.add_argument(
        "--strict", action="store_true", help="fail on the first plugin error instead of showing it"
    )
    render.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    extractor = extractor_from_args(args)
    results: list[Result] = []
    for path in args.files or ["-"]:
        for where, raw in _read_articles(path, _input_format(path, args.input_format)):
            try:
                article = to_article(raw, published=args.published)
            except NewsfactsError as error:
                raise InputError(f"{where}: {error}") from None
            results.append(extractor.extract(article))
    if not results:
        raise InputError("no articles to render")
    write_page(args.output, page(results, extractor.fields, title=args.title))
    return 0
