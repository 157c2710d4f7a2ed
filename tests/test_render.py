"""The article view: every fact marked once at its offsets, its value told, the text intact.

These tests read the page with Python's HTML parser; tests/test_browser.py opens the same
pages in a real browser.
"""

from __future__ import annotations

import json
import re
import textwrap
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsfacts
from newsfacts import Article, Fact, PluginFailure, Result
from newsfacts.cli import main
from newsfacts.fields import BUILT_IN_FIELDS
from newsfacts.view import markup, repr_html
from newsfacts.view.style import default_color

SEED_PATH = Path(__file__).resolve().parent.parent / "seeds" / "000_f00fe2d4c8c9df40.txt"
VOID = frozenset({"meta", "input", "br", "img", "link", "hr", "wbr"})


@attrs.frozen(kw_only=True)
class Tag(Fact):
    """A stand-in for a third-party field's fact: one attribute of its own."""

    kind: str


@attrs.frozen(kw_only=True)
class Weather(Fact):
    condition: str
    celsius: float | None = None


@attrs.define
class Element:
    tag: str
    attributes: dict[str, str]
    parts: list[str] = attrs.Factory(list)
    children: list[Element] = attrs.Factory(list)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def classes(self) -> list[str]:
        return self.attributes.get("class", "").split()


class Page(HTMLParser):
    """Every element of a page with its attributes and the text inside it."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open: list[Element] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attributes})
        if self.open:
            self.open[-1].children.append(element)
        self.elements.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.open and self.open.pop().tag != tag:
            pass

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element.parts.append(data)

    def find(self, tag: str | None = None, **attributes: str) -> list[Element]:
        return [
            element
            for element in self.elements
            if tag in (None, element.tag)
            and all(
                element.attributes.get(name.replace("_", "-")) == v
                for name, v in attributes.items()
            )
        ]

    def one(self, tag: str | None = None, **attributes: str) -> Element:
        [element] = self.find(tag, **attributes)
        return element

    def marks(self) -> list[Element]:
        """The marks that stand for a fact (not the pieces of a fact cut by a crossing one)."""
        return [m for m in self.find("mark") if "data-start" in m.attributes]


@pytest.fixture(scope="module")
def seed() -> Result:
    article = Article(
        text=SEED_PATH.read_text(encoding="utf-8"),
        published="2025-07-10",
        id="000_f00fe2d4c8c9df40",
        title="Russia pounds Kyiv with missiles and drones",
    )
    # The built-in fields only: a plugin installed alongside would add its own to the legend.
    return newsfacts.extract(article, plugins=[field.name for field in BUILT_IN_FIELDS])


@pytest.fixture(scope="module")
def seed_page(seed: Result) -> Page:
    return Page(newsfacts.render(seed))


def handmade(text: str, facts: dict[str, tuple[Fact, ...]], **article: Any) -> Result:
    return Result(article=Article(text=text, **article), facts=facts, errors=())


def test_the_page_is_self_contained(seed: Result) -> None:
    page = newsfacts.render(seed)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert "http://" not in page and "https://" not in page
    assert 'http-equiv="Content-Security-Policy" content="default-src \'none\';' in page


def test_every_fact_of_the_seed_is_marked_once_at_its_offsets(
    seed: Result, seed_page: Page
) -> None:
    expected = sorted(
        (field, fact.start, fact.end, fact.text)
        for field, facts in seed.facts.items()
        for fact in facts
    )
    shown = sorted(
        (
            m.attributes["data-field"],
            int(m.attributes["data-start"]),
            int(m.attributes["data-end"]),
            m.text,
        )
        for m in seed_page.marks()
    )
    assert shown == expected
    assert len(expected) == 95


def test_the_article_text_is_shown_exactly_as_given(seed: Result, seed_page: Page) -> None:
    [article] = seed_page.find("article")
    assert article.text == seed.article.text


def test_a_date_inside_another_is_nested_and_underlined_closer_to_the_text(
    seed_page: Page,
) -> None:
    outer = seed_page.one("mark", data_start="756", data_end="778")
    inner = seed_page.one("mark", data_start="770", data_end="778")
    assert outer.text == "Wednesday and Thursday"
    assert inner in outer.children
    assert "nf-h1" in outer.classes
    assert "nf-h0" in inner.classes


@pytest.mark.parametrize(
    ("start", "title"),
    [
        (95, "≥ 2\ncounted: people\nevent: killed\nkind: count"),  # "at least two people"
        (960, "200–999\ncounted: Shahed drones\nkind: count"),  # "hundreds of Shahed drones"
        (1971, "1,000 km\nkind: measure"),
        (189, "1st\ncounted: time\nkind: ordinal"),
        (770, "2025-07-10 (DATE)"),
        (756, "2025-07-09 to 2025-07-10 (DATE)"),
        (722, "PT10H (DURATION)"),
        (131, "Kyiv, UA\n50.45° N, 30.52° E\nkind: city"),
        (1801, "Institute for the Study of War (ISW)\nkind: ngo"),
        (2927, "Keir Starmer\ntitle: Mr\nrole: UK prime minister"),
        (914, "said by Volodymyr Zelenskiy\ncue: said (Telegram post)"),
        (2876, "said by Emmanuel Macron\ncue: described\npartial quote"),
    ],
)
def test_each_mark_tells_the_normalized_value(seed_page: Page, start: int, title: str) -> None:
    [mark] = [m for m in seed_page.marks() if m.attributes["data-start"] == str(start)][:1]
    assert mark.attributes["title"] == title
    assert mark.attributes["data-value"] == title.split("\n")[0]
    assert mark.attributes["tabindex"] == "0"


def test_a_persons_mark_tells_the_age_and_party() -> None:
    text = "Sen. Jane Doe (D-Mass.), 61, spoke."
    person = newsfacts.Person.at(
        text, 0, 13, name="Jane Doe", title="Sen", age=61, party="Democrat"
    )
    page = Page(newsfacts.render(handmade(text, {"people": (person,)})))
    [mark] = page.marks()
    assert mark.attributes["title"] == "Jane Doe\ntitle: Sen\nage: 61\nparty: Democrat"


def test_each_quote_links_to_the_mention_of_its_speaker(seed: Result, seed_page: Page) -> None:
    links = seed_page.find("a", **{"class": "nf-said nf-h0"})
    assert [link.attributes["data-label"] for link in links] == [
        "Volodymyr Zelenskiy",
        "Institute for the Study of War",
        "Emmanuel Macron",
        "European leaders",
        "Keir Starmer",
    ]
    for link, quote in zip(links, seed.quotes, strict=True):
        mention = seed_page.one(id=link.attributes["href"].removeprefix("#"))
        start, end = quote.to_dict()["speaker_start"], quote.to_dict()["speaker_end"]
        assert (int(mention.attributes["data-start"]), int(mention.attributes["data-end"])) == (
            start,
            end,
        )
        assert mention.text == seed.article.text[start:end]
        assert link.text == ""  # the link shows its label by CSS: the text stays the article's


def test_the_side_list_links_each_fact_to_its_place(seed: Result, seed_page: Page) -> None:
    for field, facts in seed.facts.items():
        [section] = seed_page.find("section", data_field=field)
        links = [a for a in section.children[1].children if a.tag == "li"]
        assert len(links) == len(facts)
    ids = {m.attributes["id"] for m in seed_page.marks()}
    targets = {a.attributes["href"][1:] for a in seed_page.find("a") if "nf-go" in a.classes}
    assert targets == ids


def test_the_legend_has_a_switch_and_a_count_for_each_field(seed_page: Page) -> None:
    switches = seed_page.find("input")
    assert [s.attributes["data-field"] for s in switches] == [
        "dates",
        "numbers",
        "people",
        "organizations",
        "locations",
        "quotes",
    ]
    assert all(s.attributes["type"] == "checkbox" and "checked" in s.attributes for s in switches)
    labels = [label.text for label in seed_page.find("label")]
    assert labels[0] == "Dates 15"
    assert labels[4] == "Locations 34"


def test_built_in_fields_take_their_colours_from_one_table(seed: Result) -> None:
    page = newsfacts.render(seed)
    for field in BUILT_IN_FIELDS:
        assert f".nf-view .nf-f-{field.name}{{--nf-c:{field.color}}}" in page


def test_facts_crossing_each_other_are_both_kept_whole() -> None:
    text = "He flew to New York Times Square."
    paper = Tag.at(text, 11, 25, kind="newspaper")  # "New York Times"
    square = Tag.at(text, 20, 32, kind="place")  # "Times Square"
    page = Page(newsfacts.render(handmade(text, {"tags": (paper, square)})))
    [article] = page.find("article")
    assert article.text == text
    marks = page.marks()
    assert [(m.attributes["data-start"], m.attributes["data-end"]) for m in marks] == [
        ("11", "25"),
        ("20", "32"),
    ]
    assert marks[0].text == "New York Times"
    assert marks[1].text == "Times"  # cut where "New York Times" closes...
    [rest] = [m for m in page.find("mark") if "nf-cont" in m.classes]
    assert rest.text == " Square"  # ... and resumed after it, as the same fact
    assert rest.attributes["data-of"] == marks[1].attributes["id"]


def test_an_empty_fact_is_still_an_element() -> None:
    text = "Before after."
    page = Page(newsfacts.render(handmade(text, {"tags": (Tag.at(text, 6, 6, kind="gap"),)})))
    [mark] = page.marks()
    assert (mark.attributes["data-start"], mark.text) == ("6", "")


HOSTILE = (
    'Hackers posted <script>alert("owned")</script> &amp; &lt;b&gt; and a stray </mark> '
    '<img src=x onerror=alert(1)>\r\nin Kyiv\'s "news".'
)


def hostile_result() -> Result:
    script, stray = HOSTILE.index("<script>"), HOSTILE.index("</mark>")
    facts = (
        Tag.at(HOSTILE, script, HOSTILE.index("</script>") + 9, kind="<script>"),
        Tag.at(HOSTILE, stray, stray + 7, kind="</mark>"),
    )
    return handmade(
        HOSTILE,
        {"tags": facts},
        title="<b>Breaking</b> & </title>",
        url="javascript:alert(1)",
        id='"><script>x</script>',
    )


def test_markup_in_the_article_is_shown_as_text_never_run() -> None:
    result = hostile_result()
    page = Page(newsfacts.render(result))
    assert [e.tag for e in page.elements if e.tag in ("script", "img", "b")] == []
    [article] = page.find("article")
    assert article.text == HOSTILE
    assert [m.text for m in page.marks()] == ['<script>alert("owned")</script>', "</mark>"]
    assert [m.attributes["title"] for m in page.marks()] == ["kind: <script>", "kind: </mark>"]
    assert page.one("h1").text == "<b>Breaking</b> & </title>"
    assert not [a for a in page.find("a") if a.attributes.get("href", "").startswith("javascript")]


def test_escaping_keeps_carriage_returns() -> None:
    assert markup.text("a\r\nb <c> & d") == "a&#13;\nb &lt;c&gt; &amp; d"
    assert markup.attribute('say "hi"') == "say &quot;hi&quot;"


def test_a_third_party_field_is_shown_with_a_default_colour_and_its_attributes() -> None:
    text = "Sunny in Kyiv, 31 degrees."
    result = handmade(text, {"weather": (Weather.at(text, 0, 5, condition="sunny", celsius=31.0),)})
    html = newsfacts.render(result)
    page = Page(html)
    [mark] = page.marks()
    assert mark.attributes["data-field"] == "weather"
    assert mark.attributes["title"] == "condition: sunny\ncelsius: 31"
    assert page.one("label").text == "Weather 1"
    assert f".nf-view .nf-f-weather{{--nf-c:{default_color('weather')}}}" in html


@attrs.frozen
class HintedField(newsfacts.Field[Weather]):
    """A field as plugin API v2 declares it, with display hints."""

    label: str | None = None
    color: str | None = None


def hinted(label: str | None = None, color: str | None = None) -> HintedField:
    return HintedField("weather", Weather, "What the sky does.", label=label, color=color)


def test_a_field_may_bring_its_own_label_and_colour() -> None:
    text = "Sunny in Kyiv."
    result = handmade(text, {"weather": (Weather.at(text, 0, 5, condition="sunny"),)})
    html = newsfacts.render(result, fields=[hinted("Sky", "#123456")])
    assert Page(html).one("label").text == "Sky 1"
    assert Page(html).one("label").attributes["title"] == "What the sky does."
    assert ".nf-view .nf-f-weather{--nf-c:#123456}" in html


def test_a_colour_that_could_break_the_style_sheet_is_ignored() -> None:
    text = "Sunny in Kyiv."
    result = handmade(text, {"weather": (Weather.at(text, 0, 5, condition="sunny"),)})
    html = newsfacts.render(result, fields=[hinted(color="red}body{x:y")])
    assert "red}body" not in html
    assert f"--nf-c:{default_color('weather')}" in html


def test_plugin_errors_and_facts_off_the_text_are_reported_on_the_page() -> None:
    text = "Kyiv was hit."
    failure = PluginFailure("numbers", "ValueError", "bad number", "numbers")
    stray = Tag(text="Lviv", start=0, end=4, kind="city")  # offsets of "Kyiv", text of another
    result = Result(
        article=Article(text=text), facts={"tags": (stray,), "numbers": ()}, errors=(failure,)
    )
    page = Page(newsfacts.render(result))
    assert page.marks() == []
    [note] = page.find("div", role="note")
    assert [item.text for item in note.children[1].children] == [
        "numbers (numbers): ValueError: bad number",
        "1 fact(s) of 'tags' do not match the article text and are not shown",
    ]


def test_repr_html_gives_a_fragment_for_notebooks(seed: Result) -> None:
    fragment = repr_html(seed)
    assert fragment.startswith("<style>")
    assert "<html" not in fragment
    assert '<div class="nf-view"' in fragment


def test_marking_grows_linearly_with_the_number_of_facts() -> None:
    def seconds(count: int) -> float:
        text = "Kyiv and Lviv. " * count
        facts = tuple(Tag.at(text, 15 * n, 15 * n + 13, kind="x") for n in range(count)) + tuple(
            Tag.at(text, 15 * n + 9, 15 * n + 13, kind="y") for n in range(count)
        )
        spans = [markup.Span(f.start, f.end, "mark", "m") for f in facts]
        best = float("inf")
        for _ in range(3):
            began = time.process_time()  # CPU time: a busy machine's waits don't count
            markup.nest(text, spans)
            best = min(best, time.process_time() - began)
        return best

    small, large = seconds(500), seconds(5_000)
    assert large < 30 * small  # ten times the facts; quadratic work would take 100 times


def test_the_render_command_writes_a_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "seed.html"
    code = main(["render", str(SEED_PATH), "--published", "2025-07-10", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    page = Page(out.read_text(encoding="utf-8"))
    assert page.one("h1").text == "000_f00fe2d4c8c9df40"
    assert len(page.marks()) == 95


def test_the_render_command_shows_several_articles_on_one_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "two.json"
    articles.write_text(
        json.dumps([{"text": "Kyiv was hit on Thursday.", "id": "a"}, {"text": "Lviv too."}]),
        encoding="utf-8",
    )
    assert main(["render", str(articles), "--plugins", "locations"]) == 0
    page = Page(capsys.readouterr().out)
    assert [h.text for h in page.find("h1")] == ["a", "Article"]
    assert [m.text for m in page.marks()] == ["Kyiv", "Lviv"]


def test_the_render_command_says_when_there_is_nothing_to_render(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "none.json"
    empty.write_text("[]", encoding="utf-8")
    assert main(["render", str(empty)]) == 1
    assert capsys.readouterr().err == "newsfacts: error: no articles to render\n"


def test_the_examples_of_the_viewing_page_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "viewing.rst").read_text("utf-8")
    blocks = re.findall(r"\.\. code-block:: python\n\n((?:   .*\n|\n)+)", page)
    assert len(blocks) == 2
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").symlink_to(SEED_PATH.parent)
    assert main(["extract", str(SEED_PATH), "--format", "jsonl"]) == 0
    (tmp_path / "facts.jsonl").write_text(capsys.readouterr().out, encoding="utf-8")
    namespace: dict[str, Any] = {}
    for block in blocks:
        exec(textwrap.dedent(block), namespace)
    assert len(Page((tmp_path / "seed.html").read_text(encoding="utf-8")).marks()) == 95
    assert "1 article · 95 facts" in namespace["html"]


@given(
    text=st.text(alphabet="ab <&>\n\r", max_size=30),
    offsets=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8),
)
def test_any_spans_nest_without_losing_a_character(
    text: str, offsets: list[tuple[int, int]]
) -> None:
    inside = [(min(a, b), max(a, b)) for a, b in offsets if max(a, b) <= len(text)]
    spans = [
        markup.Span(start, end, "mark", "m", f' data-n="{n}"', f' data-of="{n}"')
        for n, (start, end) in enumerate(inside)
    ]
    page = Page(f"<div>{markup.nest(text, spans)}</div>")
    assert page.one("div").text == text
    for n, span in enumerate(spans):
        pieces = page.find("mark", data_n=str(n)) + page.find("mark", data_of=str(n))
        assert len(page.find("mark", data_n=str(n))) == 1
        assert "".join(piece.text for piece in pieces) == text[span.start : span.end]
