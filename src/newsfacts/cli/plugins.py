"""``newsfacts plugins``: list the installed plugins, their fields and hooks."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import attrs

from newsfacts.manager import load_plugins, plugin_infos


def add_command(commands: Any) -> None:
    """Add the ``plugins`` sub-parser to ``commands`` (an argparse sub-parsers action)."""
    plugins = commands.add_parser(
        "plugins",
        help="list installed plugins",
        description=(
            "List the installed plugins with their versions, fields (with what they need and "
            "their options) and hooks; a plugin that failed to load or register is listed as "
            "BROKEN with its error."
        ),
    )
    plugins.add_argument("--json", action="store_true", help="print JSON instead of a listing")
    plugins.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    loaded = load_plugins()
    infos = plugin_infos(loaded)
    if args.json:
        data = {"plugins": [info.to_dict() for info in infos]}
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return 0
    for info in infos:
        source = f"{info.distribution} {info.version}" if info.distribution else "not installed"
        if info.failure is not None:
            failure = info.failure
            sys.stdout.write(
                f"{info.name} ({source}) BROKEN: failed to {failure.stage}: "
                f"{failure.error_type}: {failure.message}\n"
            )
            continue
        sys.stdout.write(f"{info.name} ({source})\n")
        for provider in info.providers:
            notes = [f"needs: {', '.join(provider.needs)}"] if provider.needs else []
            if provider.options is not None:
                options = ", ".join(a.name for a in attrs.fields(provider.options) if a.init)
                notes.append(f"options: {options}")
            if provider.replaces:
                notes.append("replaces the built-in")
            shown = f" [{'; '.join(notes)}]" if notes else ""
            field = provider.field
            sys.stdout.write(f"  field {field.name}: {field.description}{shown}\n")
        sys.stdout.write(f"  hooks: {', '.join(info.hooks) or '-'}\n")
    return 0
