"""Plugins come and go as distributions: isolation at load and registration, cache refresh.

Each test installs a small distribution into a folder of its own on ``sys.path`` (a module
and a ``.dist-info`` with its entry point), as ``pip install`` would.
"""

from __future__ import annotations

import json
import os
import sys
import textwrap
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

import newsfacts
from newsfacts.cli import main
from newsfacts.entrypoints import _file_name, entry_points, load
from newsfacts.manager import installation
from newsfacts.patterncache import CACHE_DIR_VARIABLE

Capture = pytest.CaptureFixture[str]

WEATHER_PLUGIN = """
    import attrs
    from newsfacts.plugin import Fact, Field, hookimpl

    @attrs.frozen(kw_only=True)
    class Weather(Fact):
        condition: str

    WEATHER = Field("weather", Weather, "Weather words.")

    def extract(document, needed, options):
        return [
            Weather.at(document.text, t.start, t.end, condition=t.text.lower())
            for t in document.tokens
            if t.text.lower() in ("rain", "snow")
        ]

    @hookimpl
    def newsfacts_register_fields(register):
        register(WEATHER, extract)
"""

BROKEN_PLUGIN = """
    from newsfacts.plugin import hookimpl

    @hookimpl
    def newsfacts_register_fields(register):
        raise RuntimeError("the forecast service is down")
"""


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on sys.path to install distributions into, removed after the test."""
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [m for m in sys.modules if m.startswith("newsfacts_test_")]:
        del sys.modules[name]


def install(site: Path, name: str, source: str) -> None:
    module = f"newsfacts_test_{name}"
    (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = site / f"newsfacts_test_{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: newsfacts-test-{name}\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(f"[newsfacts]\n{name} = {module}\n", encoding="utf-8")


def test_a_plugin_installed_later_in_the_process_is_seen_by_extract(site: Path) -> None:
    text = "Rain is expected in Kyiv."
    assert "weather" not in newsfacts.extract(text)
    install(site, "weather", WEATHER_PLUGIN)
    [rain] = newsfacts.extract(text)["weather"]
    assert rain.to_dict() == {"text": "Rain", "start": 0, "end": 4, "condition": "rain"}


def test_a_plugin_failing_to_register_is_listed_as_broken(site: Path, capsys: Capture) -> None:
    install(site, "broken", BROKEN_PLUGIN)
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    assert (
        "broken (newsfacts-test-broken 1.0) BROKEN: failed to register: "
        "RuntimeError: the forecast service is down\n"
    ) in out
    assert "field numbers:" in out  # the others are listed as usual
    assert main(["plugins", "--json"]) == 0
    plugins = {p["name"]: p for p in json.loads(capsys.readouterr().out)["plugins"]}
    assert plugins["broken"]["failure"]["stage"] == "register"
    assert plugins["numbers"]["failure"] is None


def test_a_plugin_failing_to_import_does_not_sink_extraction(site: Path, capsys: Capture) -> None:
    install(site, "unimportable", "import a_module_nobody_installed\n")
    result = newsfacts.Extractor().extract("Russia fired 397 drones.")
    assert result[newsfacts.NUMBERS][0].value == 397
    [failure] = [f for f in result.errors if f.plugin == "unimportable"]
    assert (failure.stage, failure.error_type) == ("load", "ModuleNotFoundError")
    with pytest.raises(newsfacts.PluginError, match=r"plugin 'unimportable'"):
        newsfacts.Extractor(strict=True)


def test_entry_points_are_read_from_the_cache_while_the_installation_is_unchanged(
    site: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path_factory.mktemp("cache")))
    install(site, "weather", WEATHER_PLUGIN)
    weather = ("weather", "newsfacts_test_weather", None, "newsfacts-test-weather", "1.0")
    assert weather in entry_points("newsfacts", installation())

    def no_scan(**_: object) -> None:
        raise AssertionError("the metadata was scanned")

    with monkeypatch.context() as patched:
        patched.setattr(metadata, "entry_points", no_scan)
        assert weather in entry_points("newsfacts", installation())
        install(site, "hail", WEATHER_PLUGIN)  # the folder changes: scanned again
        stamp = site.stat()  # (a later tick of the clock than the first scan's, for sure)
        os.utime(site, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))
        with pytest.raises(AssertionError, match="the metadata was scanned"):
            entry_points("newsfacts", installation())
    names = [found[0] for found in entry_points("newsfacts", installation())]
    assert "hail" in names
    assert names == sorted(names)
    assert load("newsfacts_test_hail", "WEATHER.name") == "weather"


@pytest.mark.parametrize("cache", ["", "damaged"])
def test_entry_points_are_scanned_without_a_cache_or_with_a_damaged_one(
    cache: str,
    site: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(folder) if cache else "")
    install(site, "weather", WEATHER_PLUGIN)
    first = entry_points("newsfacts", installation())
    for kept in folder.glob("entry-points/*.json"):
        kept.write_text('{"group": "newsfacts", "fingerprint": [', encoding="utf-8")
    assert entry_points("newsfacts", installation()) == first
    assert [found[0] for found in first].count("weather") == 1


def test_the_entry_points_of_each_group_and_import_path_have_a_file_of_their_own() -> None:
    names = {
        _file_name(key)
        for key in ("newsfacts\0/usr/lib", "newsfacts\0/usr/lib\0/home", "other\0/usr/lib", "")
    }
    assert len(names) == 4
    assert all(len(name) == 16 and int(name, 16) >= 0 for name in names)
    assert _file_name("newsfacts\0/usr/lib") == _file_name("newsfacts\0/usr/lib")  # stable
    assert _file_name("") == "cbf29ce484222325"  # FNV-1a's offset basis: nothing hashed
