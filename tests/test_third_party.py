"""A plugin published as its own distribution (tests/example_plugin) adds a field.

tox installs tests/example_plugin into the test environment; outside tox, install it with
``pip install ./tests/example_plugin`` or these tests are skipped. Each step of
``docs/plugins.rst`` is run here.
"""

from __future__ import annotations

import json
import os
from importlib import metadata

import pytest

import newsfacts
from newsfacts.cli import main
from newsfacts.testing import check_field

try:
    metadata.distribution("newsfacts-urls")
except metadata.PackageNotFoundError:
    if os.environ.get("NEWSFACTS_EXAMPLE_PLUGIN") == "required":
        raise
    pytest.skip("tests/example_plugin is not installed", allow_module_level=True)

# Imported only once the plugin is known to be installed.
from newsfacts_urls import URLS, rounded

TEXT = "The full report is at https://www.understandingwar.org/backgrounder/russia. More soon."


def test_its_field_appears_in_results_and_their_dicts() -> None:
    result = newsfacts.extract(TEXT)
    [url] = result[URLS]
    assert url.text == "https://www.understandingwar.org/backgrounder/russia"
    assert url.domain == "www.understandingwar.org"
    assert result.to_dict()["facts"]["urls"] == [
        {"text": url.text, "start": 22, "end": 74, "domain": "www.understandingwar.org"}
    ]


def test_it_is_listed_with_its_own_distribution(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "--json"]) == 0
    plugins = {p["name"]: p for p in json.loads(capsys.readouterr().out)["plugins"]}
    assert plugins["urls"]["distribution"] == "newsfacts-urls"
    assert plugins["urls"]["version"] == "1.0.0"
    assert plugins["urls"]["fields"] == [
        {
            "name": "urls",
            "description": "Web addresses cited in the article.",
            "needs": [],
            "options": ["bare_domains"],
            "replaces": False,
        }
    ]
    assert plugins["urls"]["hooks"] == ["newsfacts_register_fields"]
    assert plugins["urls"]["failure"] is None


def test_its_options_are_configured_like_any_plugin(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Mirrors: www.example.org and https://example.net/a."
    assert [u.domain for u in newsfacts.extract(text, plugins=["urls"])[URLS]] == [
        "www.example.org",
        "example.net",
    ]
    configured = newsfacts.extract(text, plugins=["urls"], config={"urls": {"bare_domains": False}})
    assert [u.domain for u in configured[URLS]] == ["example.net"]
    with pytest.raises(newsfacts.ConfigError, match=r"plugin 'urls' option 'bare'"):
        newsfacts.extract(text, plugins=["urls"], config={"urls": {"bare": False}})


def test_the_command_line_sets_options_too(
    capsys: pytest.CaptureFixture[str], tmp_path: pytest.TempPathFactory
) -> None:
    article = os.path.join(str(tmp_path), "mirrors.txt")
    with open(article, "w", encoding="utf-8") as file:
        file.write("Mirrors: www.example.org and https://example.net/a.")
    assert (
        main(["extract", article, "--plugins", "urls", "--option", "urls.bare_domains=false"]) == 0
    )
    record = json.loads(capsys.readouterr().out)
    assert [u["domain"] for u in record["facts"]["urls"]] == ["example.net"]


def test_a_replacement_fills_a_built_in_field_for_every_field_that_needs_it() -> None:
    extractor = newsfacts.Extractor(["numbers"], extra_plugins=[rounded])
    assert [p.plugin for p in extractor.providers] == ["newsfacts_urls.rounded"]
    [number] = extractor.extract("Russia fired 397 drones.")[newsfacts.NUMBERS]
    assert (number.text, number.value) == ("397", 400)
    off = ["newsfacts_urls.rounded"]  # a module passed in is named after the module
    built_in = newsfacts.Extractor(["numbers"], extra_plugins=[rounded], disable=off)
    assert [p.plugin for p in built_in.providers] == ["dates", "numbers"]


def test_it_passes_the_plugin_checks() -> None:
    check_field(URLS, [TEXT, "Mirrors: www.example.org and https://example.net/a."])


def test_the_replacement_passes_the_plugin_checks_in_place_of_the_built_in() -> None:
    check_field(newsfacts.NUMBERS, ["Russia fired 397 drones at Kyiv."], extra_plugins=[rounded])
