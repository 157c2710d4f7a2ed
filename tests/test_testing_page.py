"""The "Testing a plugin" page (docs/testing.rst): its examples run and show what they do."""

from __future__ import annotations

import re
import shlex
import textwrap
from pathlib import Path
from typing import Any

import pytest

from newsfacts.cli import main

PAGE = Path(__file__).resolve().parent.parent / "docs" / "testing.rst"


def code_blocks() -> list[tuple[str, str]]:
    """``(language, code)`` of each ``code-block`` of the page, in order."""
    text = PAGE.read_text(encoding="utf-8")
    found = re.findall(r"^\.\. code-block:: (\w+)\n\n((?:(?:   .*)?\n)+)", text, flags=re.M)
    return [(language, textwrap.dedent(body).strip("\n") + "\n") for language, body in found]


def test_the_python_examples_run_and_print_what_the_page_shows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocks = code_blocks()
    namespace: dict[str, Any] = {}
    ran = 0
    for index, (language, code) in enumerate(blocks):
        if language != "python":
            continue
        exec(compile(code, f"{PAGE} (code block {index})", "exec"), namespace)
        ran += 1
        printed = capsys.readouterr().out
        shown = blocks[index + 1] if index + 1 < len(blocks) else ("", "")
        assert printed == (shown[1] if shown[0] == "text" else "")
    assert ran == 4
    namespace["test_any_text_passes_the_checks"]()  # the page's property test, run


def test_the_new_plugin_command_writes_the_files_the_page_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [console] = [code for language, code in code_blocks() if language == "console"]
    command = shlex.split(console.splitlines()[0].removeprefix("$ "))
    assert command[:2] == ["newsfacts", "new-plugin"]
    monkeypatch.chdir(tmp_path)
    assert main(command[1:]) == 0
    # The terms of the page's list of files: a line starting with ``a path``, then its
    # indented definition.
    listed = re.findall(r"^``([^`\s]+)``.*\n   \S", PAGE.read_text(encoding="utf-8"), flags=re.M)
    assert listed == [
        "pyproject.toml",
        "src/newsfacts_hashtags/__init__.py",
        "tests/test_hashtags.py",
        "README.md",
    ]
    for name in [*listed, "LICENSE", ".gitignore"]:
        assert (tmp_path / "newsfacts-hashtags" / name).is_file(), name
