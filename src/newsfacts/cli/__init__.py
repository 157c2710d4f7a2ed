"""The ``newsfacts`` command line.

Each command lives in its own module of this package and exposes ``add_command(commands)``,
which adds its sub-parser and sets ``handler``; :data:`COMMANDS` lists them in help order.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsfacts import __version__
from newsfacts.cli import explain, extract, new_plugin, plugins, render, report, schema
from newsfacts.errors import NewsfactsError

#: The command modules, in the order ``newsfacts --help`` lists them.
COMMANDS = (extract, explain, render, report, schema, plugins, new_plugin)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsfacts`` command, with every command's sub-parser."""
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Turn news articles into structured facts that point back into the text.",
    )
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.add_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 bad input, 2 usage error)."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except NewsfactsError as error:
        sys.stderr.write(f"newsfacts: error: {error}\n")
        return 1
    except BrokenPipeError:  # the reader (head, less) went away: not an error of ours
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
