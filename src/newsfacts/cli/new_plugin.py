"""``newsfacts new-plugin NAME``: write a ready-to-publish plugin package to start from.

The files come from the templates in ``newsfacts/templates/plugin/`` (package data), filled
with :class:`string.Template`: a pyproject with the entry point, the plugin module with a
field, its fact class, its options and one working rule, tests using
:mod:`newsfacts.testing`, a README saying how to develop, test and publish, and a licence.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import keyword
import re
import string
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from newsfacts import __version__
from newsfacts.errors import TemplateError
from newsfacts.fields import BUILT_IN_FIELDS
from newsfacts.resolution import RESERVED_NAMES

#: Each template, and the path of the file it becomes in the new package (itself a template).
FILES = (
    ("pyproject.toml.tmpl", "pyproject.toml"),
    ("README.md.tmpl", "README.md"),
    ("LICENSE.tmpl", "LICENSE"),
    ("gitignore.tmpl", ".gitignore"),
    ("plugin.py.tmpl", "src/${package}/__init__.py"),
    ("py.typed.tmpl", "src/${package}/py.typed"),
    ("test_plugin.py.tmpl", "tests/test_${name}.py"),
)
#: What a plugin name looks like: a field name that is also a Python identifier.
NAME = re.compile(r"[a-z][a-z0-9_]*")
#: The description of the field the template's rule fills (hashtags): the author's to change.
DESCRIPTION = "Hashtags in the article, in lower case."


def check_name(name: str) -> None:
    """Refuse a name that cannot be a plugin's, its field's and its package's name."""
    if not NAME.fullmatch(name) or keyword.iskeyword(name) or name.endswith("_"):
        raise TemplateError(
            f"{name!r} is not a plugin name: use lower case letters, digits and underscores, "
            "starting with a letter (hashtags, press_releases)"
        )
    if name in {field.name for field in BUILT_IN_FIELDS}:
        raise TemplateError(
            f"{name!r} is a built-in field: choose another name (to replace the built-in "
            "one, register its field with replaces=True, see the plugins guide)"
        )
    if name in RESERVED_NAMES:
        raise TemplateError(f"{name!r} is reserved: results have an attribute of that name")


def template_values(name: str, author: str | None = None) -> dict[str, str]:
    """The values the templates are filled with, for a plugin named ``name``."""
    project = "newsfacts-" + name.replace("_", "-")
    camel = "".join(part.capitalize() for part in name.split("_") if part)
    release = __version__.split("+", 1)[0]
    author = author or f"The {project} authors"
    return {
        "name": name,
        "project": project,
        "package": f"newsfacts_{name}",
        "constant": name.upper(),
        "fact_class": f"{camel}Fact",
        "options_class": f"{camel}Options",
        "description": DESCRIPTION,
        # An installation from a source tree has no version to require.
        "requirement": "newsfacts" if release in ("", "0") else f"newsfacts>={release}",
        "author": author,
        "author_toml": json.dumps(author, ensure_ascii=False),  # a TOML basic string too
        "year": str(dt.date.today().year),
    }


def render(name: str, author: str | None = None) -> dict[str, str]:
    """The new package's files, by relative path, filled in (nothing written)."""
    check_name(name)
    values = template_values(name, author)
    templates = resources.files("newsfacts").joinpath("templates").joinpath("plugin")
    return {
        string.Template(path).substitute(values): string.Template(
            templates.joinpath(template).read_text(encoding="utf-8")
        ).substitute(values)
        for template, path in FILES
    }


def write_plugin(
    name: str, directory: str | Path | None = None, *, author: str | None = None
) -> list[Path]:
    """Write the package of a new plugin called ``name`` into ``directory`` (by default
    ``./newsfacts-NAME``), which must not exist; returns the files written.

    Raises :class:`~newsfacts.errors.TemplateError` for a bad name or an existing directory.
    """
    files = render(name, author)
    target = Path(directory) if directory is not None else Path(template_values(name)["project"])
    if target.exists():
        raise TemplateError(
            f"{target} already exists: remove it or choose another place with --directory"
        )
    written = []
    for relative, content in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def add_command(commands: Any) -> None:
    """Add the ``new-plugin`` sub-parser to ``commands`` (an argparse sub-parsers action)."""
    parser = commands.add_parser(
        "new-plugin",
        help="write a new plugin package to start from",
        description=(
            "Write a ready-to-publish package of a newsfacts plugin filling a field called "
            "NAME: pyproject.toml with the entry point, the plugin module with a fact class, "
            "options and one working rule (hashtags) to replace, tests using "
            "newsfacts.testing, a README and a licence."
        ),
    )
    parser.add_argument(
        "name",
        metavar="NAME",
        help="the plugin's and its field's name: lower case letters, digits and underscores",
    )
    parser.add_argument(
        "--directory",
        metavar="DIR",
        help="where to write the package; must not exist (default: ./newsfacts-NAME)",
    )
    parser.add_argument(
        "--author",
        help="the author named in pyproject.toml and the licence "
        "(default: the newsfacts-NAME authors)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    written = write_plugin(args.name, args.directory, author=args.author)
    target = written[0].parent
    sys.stdout.write(f"Wrote the plugin {args.name!r} in {target}/:\n")
    for path in written:
        sys.stdout.write(f"  {path.relative_to(target)}\n")
    sys.stdout.write(
        f"Next:\n  cd {target}\n  python -m pip install -e '.[test]'\n  python -m pytest\n"
    )
    return 0
