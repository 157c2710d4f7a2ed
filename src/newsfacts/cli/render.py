"""``newsfacts render``: extract facts from articles and show them on an HTML page."""

from __future__ import annotations

import argparse
from typing import Any

import attrs

from newsfacts.cli.options import add_extractor_arguments, add_input_arguments, extractor_from_args
from newsfacts.cli.pages import add_output_argument, write_page
from newsfacts.cli.progress import Report
from newsfacts.errors import NewsfactsError
from newsfacts.published import parse_published
from newsfacts.readers import read_items
from newsfacts.result import Result
from newsfacts.view.article import page


def add_command(commands: Any) -> None:
    """Add the ``render`` sub-parser to ``commands`` (an argparse sub-parsers action)."""
    render = commands.add_parser(
        "render",
        help="show articles with their facts highlighted, as an HTML page",
        description=(
            "Extract facts from articles and write one self-contained HTML page showing each "
            "article with its facts highlighted. PATH is read as by 'newsfacts extract': "
            "files (.txt, .json, .jsonl, .html, .warc, possibly gzipped), directories, or '-' "
            "(or no PATH) for standard input."
        ),
    )
    add_input_arguments(render)
    add_output_argument(render)
    add_extractor_arguments(render)
    render.add_argument("--title", help="the page title (default: the article's title or id)")
    render.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    published = parse_published(args.published, date_order=args.date_order)
    extractor = extractor_from_args(args)
    items = read_items(
        args.files or ["-"],
        input_format=None if args.input_format == "auto" else args.input_format,
        date_order=args.date_order,
    )
    report = Report((field.name for field in extractor.fields), quiet=True)
    results: list[Result] = []
    try:
        for item in items:
            report.item(item)  # bad items get their error line, as in 'newsfacts extract'
            if item.article is not None:
                article = item.article
                if published is not None:
                    article = attrs.evolve(article, published=published)
                results.append(extractor.extract(article))
    finally:
        report.close()
    if not results:
        raise NewsfactsError("no articles to render")
    write_page(args.output, page(results, extractor.fields, title=args.title))
    return report.exit_code(allow_plugin_errors=True)
