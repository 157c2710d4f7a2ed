"""``newsfacts plugins``: list the installed plugins, their fields and hooks."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newsfacts.plugins import load_plugins, plugin_infos


def add_command(commands: Any) -> None:
    """Add the ``plugins`` sub-parser to ``commands`` (an argparse sub-parsers action)."""
    plugins = commands.add_parser(
        "plugins",
        help="list installed plugins",
        description="List the installed plugins with their versions, fields and hooks.",
    )
    plugins.add_argument("--json", action="store_true", help="print JSON instead of a listing")
    plugins.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    loaded = load_plugins()
    infos = plugin_infos(loaded)
    if args.json:
        data = {
            "plugins": [info.to_dict() for info in infos],
            "failed": [failure.to_dict() for failure in loaded.failures],
        }
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return 0
    for info in infos:
        source = f"{info.distribution} {info.version}" if info.distribution else "not installed"
        sys.stdout.write(f"{info.name} ({source})\n")
        for field in info.fields:
            needs = f" [needs: {', '.join(field.needs)}]" if field.needs else ""
            sys.stdout.write(f"  field {field.name}: {field.description}{needs}\n")
        sys.stdout.write(f"  hooks: {', '.join(info.hooks) or '-'}\n")
    for failure in loaded.failures:
        sys.stdout.write(
            f"{failure.plugin} (failed to load: {failure.error_type}: {failure.message})\n"
        )
    return 0
