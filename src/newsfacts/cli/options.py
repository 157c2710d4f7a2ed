"""Command-line options shared by the commands that read articles and extract facts.

``extract`` and ``render`` take the same inputs and the same extractor settings; they are
declared once here. ``-o`` is ``--output`` in every command; plugin options are set with
``-O``/``--option FIELD.OPTION=VALUE``.
"""

from __future__ import annotations

import argparse

from newsfacts import collector
from newsfacts import config as configuration
from newsfacts.extractor import Extractor
from newsfacts.published import DATE_ORDERS
from newsfacts.readers import INPUT_FORMATS


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH..., --published, --date-order and --input-format."""
    parser.add_argument("files", nargs="*", metavar="PATH", help="files, directories, - for stdin")
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="publication date anchoring relative dates (overrides the articles' own)",
    )
    parser.add_argument(
        "--date-order",
        choices=DATE_ORDERS,
        help="how to read all-numeric publication dates such as 10/07/2025 (refused without)",
    )
    parser.add_argument(
        "--input-format",
        choices=("auto", *INPUT_FORMATS),
        default="auto",
        help="read the named files and stdin as this format (default: by their names; stdin "
        "as txt); directories are always read by file name",
    )


def add_extractor_arguments(parser: argparse.ArgumentParser) -> None:
    """--plugins, --disable, --config, -O/--option and --strict."""
    parser.add_argument(
        "--plugins", metavar="A,B", help="comma-separated plugins or fields to run (default: all)"
    )
    parser.add_argument(
        "--disable",
        metavar="A,B",
        help="comma-separated plugins or fields never to run (to replace a built-in, say)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="a TOML file of plugin options, one table per field: [locations] adjectival = true",
    )
    parser.add_argument(
        "-O",
        "--option",
        dest="options",
        action="append",
        default=[],
        metavar="FIELD.OPTION=VALUE",
        help="set one plugin option (repeatable), after those of --config",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="stop at the first plugin error instead of recording it",
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        metavar="SECONDS",
        help="the seconds one article may take; an article over it gets an error and the run "
        "goes on (default: no limit)",
    )


def _names(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(",") if name.strip()]


def extractor_from_args(
    args: argparse.Namespace, *, plugins: list[str] | None = None, trace: bool = False
) -> Extractor:
    """The extractor the options of :func:`add_extractor_arguments` ask for; ``plugins``
    are run when ``--plugins`` is not given (default: all), ``trace`` as for
    :class:`~newsfacts.Extractor`."""
    config = configuration.merge(
        configuration.read_config_file(args.config) if args.config else None,
        configuration.parse_assignments(args.options),
    )
    # The command's process is newsfacts' own: the plugins' tables are frozen out of the
    # collector's reach (see newsfacts.collector).
    with collector.loading():
        return Extractor(
            _names(args.plugins) or plugins,
            disable=_names(args.disable),
            config=config,
            strict=args.strict,
            time_limit=args.time_limit,
            trace=trace,
        )
