"""The article view and the corpus report opened in a real headless browser.

The browser is the system's Chromium (Debian's ``chromium``: ``sh tests/install-browser.sh``
installs it), driven by Playwright through its executable; Playwright downloads nothing.
Without a browser these tests are skipped, unless ``NEWSFACTS_BROWSER=required`` is set (as
tox sets it) so that a machine missing one fails instead of passing quietly.
``NEWSFACTS_CHROMIUM`` may point at another Chromium or Chrome executable.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsfacts
from newsfacts import Article, Fact, Result
from newsfacts.fields import BUILT_IN_FIELDS, DATES, NUMBERS
from newsfacts.view.style import default_color

REQUIRED = os.environ.get("NEWSFACTS_BROWSER") == "required"
SEED_PATH = Path(__file__).resolve().parent.parent / "seeds" / "000_f00fe2d4c8c9df40.txt"


def _chromium() -> str | None:
    candidates = [os.environ.get("NEWSFACTS_CHROMIUM"), "/usr/bin/chromium"]
    candidates += [shutil.which(name) for name in ("chromium", "chromium-browser")]
    return next((path for path in candidates if path and os.access(path, os.X_OK)), None)


try:
    from playwright.sync_api import Browser, ConsoleMessage, Dialog, Error, Page, sync_playwright
except ImportError:
    if REQUIRED:
        raise
    pytest.skip("playwright is not installed (pip install '.[test]')", allow_module_level=True)

CHROMIUM = _chromium()
if CHROMIUM is None:
    if REQUIRED:
        raise RuntimeError(
            "NEWSFACTS_BROWSER=required but no chromium was found: run "
            "'sh tests/install-browser.sh' or set NEWSFACTS_CHROMIUM"
        )
    pytest.skip("no chromium (sh tests/install-browser.sh installs it)", allow_module_level=True)

# No first-run chores, no network: the pages must need nothing from outside.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TRANSPARENT = "rgba(0, 0, 0, 0)"


def rgb(color: str | None) -> str:
    """A #rrggbb colour as the browser computes it: ``rgb(r, g, b)``."""
    assert color is not None and len(color) == 7
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


@attrs.frozen(kw_only=True)
class Tag(Fact):
    kind: str


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@attrs.define
class Opened:
    """A page loaded from a file, with every console error and uncaught exception it had."""

    page: Page
    errors: list[str]

    def marks(self) -> list[dict[str, Any]]:
        marks: list[dict[str, Any]] = self.page.eval_on_selector_all(
            "mark[data-start]",
            """marks => marks.map(m => ({field: m.dataset.field, start: +m.dataset.start,
                end: +m.dataset.end, text: m.textContent, title: m.title, id: m.id}))""",
        )
        return marks

    def style(self, selector: str, property: str, pseudo: str | None = None) -> str:
        value: str = self.page.eval_on_selector(
            selector,
            "(e, [p, pseudo]) => getComputedStyle(e, pseudo).getPropertyValue(p)",
            [property, pseudo],
        )
        return value


@pytest.fixture(scope="module")
def tab(browser: Browser) -> Iterator[Opened]:
    """One browser tab for the whole module (a new one per test costs seconds on CI)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    opened = Opened(page, [])

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            opened.errors.append(message.text)

    def thrown(error: Error) -> None:
        opened.errors.append(str(error))

    def dialog(dialog: Dialog) -> None:
        opened.errors.append(f"dialog: {dialog.message}")

    page.on("console", console)
    page.on("pageerror", thrown)
    page.on("dialog", dialog)
    yield opened
    page.close()


@pytest.fixture
def open_page(tab: Opened, tmp_path: Path) -> Any:
    """Load an HTML page from a file in the tab; its errors are counted from then on."""

    def open_page(html: str) -> Opened:
        path = tmp_path / "page.html"
        path.write_text(html, encoding="utf-8")
        tab.errors.clear()
        tab.page.goto(path.as_uri())
        return tab

    return open_page


@pytest.fixture(scope="module")
def seed() -> Result:
    article = Article(text=SEED_PATH.read_text(encoding="utf-8"), published="2025-07-10", id="seed")
    # The built-in fields only: a plugin installed alongside would add its own to the legend.
    return newsfacts.extract(article, plugins=[field.name for field in BUILT_IN_FIELDS])


def test_the_dom_has_one_mark_per_fact_at_its_offsets(seed: Result, open_page: Any) -> None:
    view = open_page(newsfacts.render(seed))
    shown = sorted((m["field"], m["start"], m["end"], m["text"]) for m in view.marks())
    expected = sorted(
        (field, fact.start, fact.end, fact.text)
        for field, facts in seed.facts.items()
        for fact in facts
    )
    assert shown == expected
    assert view.page.eval_on_selector("article", "a => a.textContent") == seed.article.text
    assert view.errors == []


def test_a_field_switched_off_hides_its_marks_and_its_list(seed: Result, open_page: Any) -> None:
    view = open_page(newsfacts.render(seed))
    date, number = "mark[data-field=dates]", "mark[data-field=numbers]"
    dates_color = view.style(date, "border-bottom-color")
    assert dates_color == rgb(DATES.color)

    view.page.click("input[data-field=dates]")
    assert view.style(date, "background-color") == TRANSPARENT
    assert view.style(date, "border-bottom-color") == TRANSPARENT
    assert not view.page.is_visible("section[data-field=dates]")
    assert view.style(number, "border-bottom-color") == rgb(NUMBERS.color)  # still on
    assert view.page.is_visible("section[data-field=numbers]")
    # The text under a switched-off field is still there, only unmarked.
    assert view.page.eval_on_selector("article", "a => a.textContent") == seed.article.text

    view.page.click("input[data-field=dates]")
    assert view.style(date, "border-bottom-color") == dates_color
    assert view.page.is_visible("section[data-field=dates]")
    assert view.errors == []


def test_hover_and_keyboard_focus_tell_the_normalized_value(seed: Result, open_page: Any) -> None:
    view = open_page(newsfacts.render(seed))
    kyiv = "mark[data-start='131']"
    view.page.hover(kyiv)
    hovered = view.page.evaluate("[...document.querySelectorAll('mark:hover')].pop().title")
    assert hovered == "Kyiv, UA\n50.45° N, 30.52° E\nkind: city"

    assert view.style(kyiv, "content", "::after") == "none"  # no tooltip until focused
    # Keyboard only: past the six field switches, Tab reaches the first fact, then the next.
    for _ in range(8):
        view.page.keyboard.press("Tab")
    focused = view.page.evaluate("document.activeElement.dataset")
    assert (focused["start"], focused["value"]) == ("15", "Ukraine, UA")
    tooltip = view.page.evaluate(
        "getComputedStyle(document.activeElement, '::after').getPropertyValue('content')"
    )
    assert tooltip == '"Locations\\a Ukraine, UA\\a 49° N, 32° E\\a kind: country"'
    assert view.errors == []


def test_a_nested_fact_is_underlined_closer_to_the_text(seed: Result, open_page: Any) -> None:
    view = open_page(newsfacts.render(seed))
    box = "e => e.getBoundingClientRect().bottom"
    outer = view.page.eval_on_selector("mark[data-start='914'][data-end='1061']", box)
    inner = view.page.eval_on_selector("mark[data-start='986'][data-end='997']", box)
    assert outer >= inner + 3  # two underlines a few pixels apart, neither hidden


def test_a_quote_links_to_its_speaker(seed: Result, open_page: Any) -> None:
    view = open_page(newsfacts.render(seed))
    quote = seed.quotes[0].to_dict()
    view.page.click("a.nf-said >> nth=0")  # after the first quote, the link to its speaker
    target = view.page.evaluate("document.querySelector(':target').dataset")
    assert (int(target["start"]), int(target["end"])) == (
        quote["speaker_start"],
        quote["speaker_end"],
    )
    assert view.errors == []


HOSTILE = (
    'Hackers posted <script>alert("owned")</script> &amp; &lt;b&gt; and a stray </mark> '
    '<img src=x onerror=alert(1)>\r\nin Kyiv\'s "news".'
)


def test_markup_in_an_article_stays_text_in_the_browser(open_page: Any) -> None:
    script, stray = HOSTILE.index("<script>"), HOSTILE.index("</mark>")
    facts = (
        Tag.at(HOSTILE, script, HOSTILE.index("</script>") + 9, kind="<script>"),
        Tag.at(HOSTILE, stray, stray + 7, kind="</mark>"),
    )
    article = Article(text=HOSTILE, title="<script>alert(2)</script>", url="javascript:alert(3)")
    view = open_page(newsfacts.render(Result(article=article, facts={"tags": facts}, errors=())))
    counts = view.page.evaluate(
        "['script', 'img', 'b'].map(t => document.getElementsByTagName(t).length)"
    )
    assert counts == [0, 0, 0]
    assert view.page.eval_on_selector("article", "a => a.textContent") == HOSTILE
    assert [m["text"] for m in view.marks()] == ['<script>alert("owned")</script>', "</mark>"]
    assert view.page.eval_on_selector("h1", "h => h.textContent") == "<script>alert(2)</script>"
    assert view.errors == []  # no dialog opened, nothing blocked, nothing thrown


def test_a_third_party_field_gets_its_default_colour(open_page: Any) -> None:
    text = "The report is at www.understandingwar.org today."
    link = Tag.at(text, 17, 40, kind="link")
    view = open_page(newsfacts.render(Result(Article(text=text), {"weblinks": (link,)}, ())))
    assert view.style("mark", "border-bottom-color") == rgb(default_color("weblinks"))
    assert view.marks()[0]["title"] == "kind: link"


def test_the_report_shows_its_charts_without_errors(
    seed: Result, open_page: Any, tmp_path: Path
) -> None:
    facts = tmp_path / "facts.jsonl"
    record = {
        "article": {"id": "seed", "published": "2025-07-10"},
        "facts": {field: [f.to_dict() for f in items] for field, items in seed.facts.items()},
    }
    facts.write_text(json.dumps(record) + "\n", encoding="utf-8")
    view = open_page(newsfacts.report(facts))
    places = [f.to_dict() for f in seed.locations]
    located = {(p["name"], p["latitude"], p["longitude"]) for p in places if p["latitude"]}
    assert view.page.eval_on_selector_all("svg.nf-map circle", "c => c.length") == len(located)
    assert view.page.eval_on_selector_all("svg:not(.nf-map) rect", "r => r.length") > 0
    assert view.page.is_visible("text=Counted events")
    assert view.errors == []
