"""``newsfacts schema``: print the JSON Schema of the records ``newsfacts extract`` prints."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newsfacts.extractor import Extractor
from newsfacts.schema import json_schema


def add_command(commands: Any) -> None:
    """Add the ``schema`` sub-parser to ``commands`` (an argparse sub-parsers action)."""
    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the extract command's JSON output",
        description=(
            "Print the JSON Schema (draft 2020-12) of one article record of 'newsfacts extract "
            "--format json|jsonl', generated from the installed fields' fact classes."
        ),
    )
    schema.add_argument(
        "--plugins",
        metavar="A,B",
        help="describe only these plugins or fields (and those they need), as extract runs them",
    )
    schema.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    plugins = [p.strip() for p in args.plugins.split(",") if p.strip()] if args.plugins else None
    schema = json_schema(Extractor(plugins).fields)
    sys.stdout.write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
    return 0
