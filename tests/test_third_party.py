"""A plugin published as its own distribution (tests/example_plugin) adds a field.

tox installs tests/example_plugin into the test environment; outside tox, install it with
``pip install ./tests/example_plugin`` or these tests are skipped.
"""

from __future__ import annotations

import json
import os
from importlib import metadata

import pytest

import newsfacts
from newsfacts.cli import main

try:
    metadata.distribution("newsfacts-urls")
except metadata.PackageNotFoundError:
    if os.environ.get("NEWSFACTS_EXAMPLE_PLUGIN") == "required":
        raise
    pytest.skip("tests/example_plugin is not installed", allow_module_level=True)

TEXT = "The full report is at https://www.understandingwar.org/backgrounder/russia. More soon."


def test_its_field_appears_in_results_and_their_dicts() -> None:
    result = newsfacts.extract(TEXT)
    [url] = result.urls
    assert url.text == "https://www.understandingwar.org/backgrounder/russia"
    assert url.domain == "www.understandingwar.org"
    assert result.to_dict()["urls"] == [
        {"text": url.text, "start": 22, "end": 74, "domain": "www.understandingwar.org"}
    ]


def test_it_is_listed_with_its_own_distribution(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "--json"]) == 0
    plugins = {p["name"]: p for p in json.loads(capsys.readouterr().out)["plugins"]}
    assert plugins["urls"]["distribution"] == "newsfacts-urls"
    assert plugins["urls"]["version"] == "1.0.0"
    assert plugins["urls"]["fields"] == [
        {"name": "urls", "description": "Web addresses cited in the article.", "needs": []}
    ]
    assert plugins["urls"]["hooks"] == ["newsfacts_extract", "newsfacts_fields"]
