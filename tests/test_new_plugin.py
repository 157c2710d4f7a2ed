"""``newsfacts new-plugin``: the package it writes installs, and its tests pass as written.

The end-to-end test builds and pip installs the generated package into the running
environment for a few seconds (then uninstalls it): tox runs it
(``NEWSFACTS_PACKAGING_TESTS=1``); run it yourself with
``NEWSFACTS_PACKAGING_TESTS=1 python -m pytest tests/test_new_plugin.py``.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import newsfacts
from newsfacts.cli import main
from newsfacts.cli.new_plugin import render, write_plugin
from newsfacts.errors import TemplateError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FILES = [
    "pyproject.toml",
    "README.md",
    "LICENSE",
    ".gitignore",
    "src/newsfacts_press_tags/__init__.py",
    "src/newsfacts_press_tags/py.typed",
    "tests/test_press_tags.py",
]


def test_the_command_writes_a_package_and_says_what_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new-plugin", "press_tags"]) == 0
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert written == sorted(f"newsfacts-press-tags/{name}" for name in FILES)
    out = capsys.readouterr().out
    assert out.startswith("Wrote the plugin 'press_tags' in newsfacts-press-tags/:\n")
    assert out.endswith(
        "  cd newsfacts-press-tags\n  python -m pip install -e '.[test]'\n  python -m pytest\n"
    )


def test_the_pyproject_declares_the_entry_point_and_the_dependencies() -> None:
    pyproject = tomllib.loads(render("press_tags", author='Ann "AJ" Smith')["pyproject.toml"])
    project = pyproject["project"]
    assert project["name"] == "newsfacts-press-tags"
    assert project["entry-points"]["newsfacts"] == {"press_tags": "newsfacts_press_tags"}
    assert project["dependencies"] == [f"newsfacts>={newsfacts.__version__}"]
    assert project["optional-dependencies"]["test"] == ["pytest>=7.4", "hypothesis>=6.90"]
    assert project["authors"] == [{"name": 'Ann "AJ" Smith'}]
    assert pyproject["tool"]["setuptools"]["package-data"] == {"newsfacts_press_tags": ["py.typed"]}


def test_the_generated_code_is_python_importing_only_the_plugin_api() -> None:
    files = render("press_tags")
    module = ast.parse(files["src/newsfacts_press_tags/__init__.py"])
    imported = {
        node.module for node in ast.walk(module) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert imported == {"__future__", "newsfacts.plugin"}
    classes = [node.name for node in module.body if isinstance(node, ast.ClassDef)]
    assert classes == ["PressTagsFact", "PressTagsOptions"]
    ast.parse(files["tests/test_press_tags.py"])
    assert (
        "Copyright (c)" in files["LICENSE"]
        and "The newsfacts-press-tags authors" in files["LICENSE"]
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Hashtags", "'Hashtags' is not a plugin name: use lower case letters"),
        ("press-tags", "'press-tags' is not a plugin name"),
        ("2tags", "'2tags' is not a plugin name"),
        ("import", "'import' is not a plugin name"),
        ("tags_", "'tags_' is not a plugin name"),
        ("numbers", "'numbers' is a built-in field: choose another name"),
        ("errors", "'errors' is reserved"),
    ],
)
def test_a_bad_name_is_refused(tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(TemplateError, match=message):
        write_plugin(name, tmp_path / "plugin")
    assert not (tmp_path / "plugin").exists()


def test_an_existing_directory_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "mine").mkdir()
    assert main(["new-plugin", "press_tags", "--directory", str(tmp_path / "mine")]) == 1
    assert capsys.readouterr().err == (
        f"newsfacts: error: {tmp_path / 'mine'} already exists: remove it or choose another "
        "place with --directory\n"
    )
    assert list((tmp_path / "mine").iterdir()) == []


def _pip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


def _can_build_without_isolation() -> bool:
    """The environment's setuptools reads the template's pyproject (``license = "MIT"``)."""
    try:
        major = int(metadata.version("setuptools").split(".")[0])
    except (metadata.PackageNotFoundError, ValueError):
        return False
    return major >= 77


@pytest.mark.packaging
@pytest.mark.skipif(
    os.environ.get("NEWSFACTS_PACKAGING_TESTS") != "1",
    reason="installs a package into this environment: NEWSFACTS_PACKAGING_TESTS=1 (tox sets it)",
)
def test_the_generated_package_installs_and_its_tests_pass(tmp_path: Path) -> None:
    package = tmp_path / "newsfacts-press-tags"
    write_plugin("press_tags", package)
    build = ["--no-build-isolation"] if _can_build_without_isolation() else []
    installed = _pip("install", "--no-deps", *build, str(package))
    try:
        assert installed.returncode == 0, installed.stdout + installed.stderr
        tests = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                str(package / "tests"),
            ],
            capture_output=True,
            text=True,
            cwd=package,
            timeout=600,
        )
        assert tests.returncode == 0, tests.stdout + tests.stderr
        assert "5 passed" in tests.stdout
    finally:
        _pip("uninstall", "--yes", "newsfacts-press-tags")
    assert "press_tags" not in {ep.name for ep in metadata.entry_points(group="newsfacts")}
