"""The documentation keeps up with the code: hooks, CLI commands, public API, fields."""

from __future__ import annotations

import argparse
import functools
import inspect
import re
import textwrap
from pathlib import Path

import attrs
import pytest
from sphinx.pycode import ModuleAnalyzer

import newsfacts
from newsfacts import hookspecs
from newsfacts.cli import build_parser

DOCS = Path(__file__).resolve().parent.parent / "docs"
BUILT_IN_FIELDS = ("dates", "numbers", "people", "quotes", "locations", "organizations")


def hook_specs() -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(function)
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if name.startswith("newsfacts_")
    }


def documented_hooks() -> dict[str, list[str]]:
    """Hook headings in hooks.rst, e.g. ``newsfacts_extract(document, field, facts)``."""
    text = (DOCS / "hooks.rst").read_text(encoding="utf-8")
    headings = re.findall(r"^(newsfacts_\w+)\(([^)]*)\)\n-+$", text, flags=re.MULTILINE)
    return {name: [a.strip() for a in args.split(",") if a.strip()] for name, args in headings}


@pytest.mark.parametrize("hook", sorted(hook_specs()))
def test_every_hook_is_documented_with_its_signature(hook: str) -> None:
    documented = documented_hooks()
    assert hook in documented, f"{hook} is missing from docs/hooks.rst"
    assert documented[hook] == list(hook_specs()[hook].parameters)


def test_no_documented_hook_is_gone() -> None:
    assert set(documented_hooks()) <= set(hook_specs())


@pytest.mark.parametrize("hook", sorted(hook_specs()))
def test_every_hook_has_a_docstring(hook: str) -> None:
    assert inspect.getdoc(getattr(hookspecs, hook))


def subcommands() -> dict[str, argparse.ArgumentParser]:
    [action] = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


@pytest.mark.parametrize("command", sorted(subcommands()))
def test_every_cli_command_has_help_and_docs(command: str) -> None:
    [action] = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {choice.dest: choice.help for choice in action._choices_actions}
    assert helps.get(command), f"'newsfacts {command}' has no help line"
    parser = subcommands()[command]
    assert parser.description
    for option in parser._actions:
        assert option.help, f"'newsfacts {command}' option {option.dest} has no help"
    cli_docs = (DOCS / "cli.rst").read_text(encoding="utf-8")
    assert f"\nnewsfacts {command}\n" in cli_docs


@pytest.mark.parametrize("name", sorted(set(newsfacts.__all__) - {"__version__"}))
def test_every_public_name_is_in_the_api_reference(name: str) -> None:
    pages = [DOCS / "api.rst", *sorted((DOCS / "fields").glob("*.rst"))]
    api = "".join(page.read_text(encoding="utf-8") for page in pages)
    assert f"newsfacts.{name}\n" in api or f"newsfacts.{name} " in api or f":: {name}\n" in api


@pytest.mark.parametrize("field", BUILT_IN_FIELDS)
def test_every_built_in_field_has_a_page(field: str) -> None:
    page = DOCS / "fields" / f"{field}.rst"
    assert page.exists(), f"docs/fields/{field}.rst is missing"
    assert ".. autoclass::" in page.read_text(encoding="utf-8")


def _attribute_docs(cls: type) -> set[str]:
    """Attributes of ``cls`` documented with a ``#:`` comment (what autodoc shows)."""
    documented: set[str] = set()
    for klass in cls.__mro__:
        module = inspect.getmodule(klass)
        if module is None or not module.__name__.startswith("newsfacts"):
            continue
        docs = ModuleAnalyzer.for_module(module.__name__).find_attr_docs()
        documented |= {name for (scope, name) in docs if scope == klass.__qualname__}
    return documented


def _public_attributes(cls: type) -> list[str]:
    names = [a.name for a in attrs.fields(cls)] if attrs.has(cls) else []
    names += [
        name
        for name, member in vars(cls).items()
        if isinstance(member, property | functools.cached_property)
        or (inspect.isfunction(member) or isinstance(member, classmethod | staticmethod))
    ]
    return [name for name in dict.fromkeys(names) if not name.startswith("_")]


PUBLIC_CLASSES = sorted(
    (name for name in newsfacts.__all__ if inspect.isclass(getattr(newsfacts, name))),
)


@pytest.mark.parametrize("name", PUBLIC_CLASSES)
def test_every_public_attribute_is_documented(name: str) -> None:
    """An attribute needs a ``#:`` comment, a docstring, or a ``name`` in the class docstring."""
    cls = getattr(newsfacts, name)
    class_doc = inspect.getdoc(cls) or ""
    commented = _attribute_docs(cls)
    missing = []
    for attribute in _public_attributes(cls):
        member = inspect.getattr_static(cls, attribute, None)
        has_docstring = not attrs.has(cls) or attribute not in attrs.fields_dict(cls)
        has_docstring = has_docstring and bool(getattr(member, "__doc__", None))
        if not (has_docstring or attribute in commented or f"``{attribute}``" in class_doc):
            missing.append(attribute)
    assert not missing, f"{name}: undocumented public attributes {missing}"


def _checked_examples() -> list[tuple[str, str]]:
    """The Python examples of the docs that check themselves (they hold an ``assert``)."""
    found: list[tuple[str, str]] = []
    for page in sorted(DOCS.rglob("*.rst")):
        text = page.read_text(encoding="utf-8")
        blocks = re.findall(r"^\.\. code-block:: python\n\n((?:(?:   .*)?\n)+)", text, flags=re.M)
        found.extend(
            (f"{page.relative_to(DOCS)}:{number}", textwrap.dedent(body))
            for number, body in enumerate(blocks, start=1)
            if "assert " in body
        )
    return found


_EXAMPLES = _checked_examples()


@pytest.mark.parametrize(("where", "code"), _EXAMPLES, ids=[where for where, _ in _EXAMPLES])
def test_the_examples_that_check_themselves_hold(where: str, code: str) -> None:
    exec(compile(code, where, "exec"), {})
