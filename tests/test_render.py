"""The article view: every fact marked once at its offsets, its value told, the text intact.

These tests read the page with Python's HTML parser; tests/test_browser.py opens the same
pages in a real browser.
"""

from __future__ import annotations

import time
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsfacts
from newsfacts import Article, Fact, PluginFailure, Result
from newsfacts.fields import BUILT_IN_FIELDS
from newsfacts.view import markup, repr_html
from newsfacts.view.style import default_color
from page_checks import SEED_PATH, Page


@attrs.frozen(kw_only=True)
class Tag(Fact):
    """A stand-in for a third-party field's fact: one attribute of its own."""

    kind: str


@attrs.frozen(kw_only=True)
class Weather(Fact):
    condition: str
    celsius: float | None = None


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


def test_a_date_inside_a_quote_is_nested_and_underlined_closer_to_the_text(
    seed_page: Page,
) -> None:
    outer = seed_page.one("mark", data_start="914", data_end="1061")
    inner = seed_page.one("mark", data_start="986", data_end="997")
    assert outer.text.startswith("This is a clear escalation")
    assert inner.text == "every night"
    assert inner in outer.children
    assert "nf-h1" in outer.classes
    assert "nf-h0" in inner.classes


@pytest.mark.parametrize(
    ("start", "title"),
    [
        (95, "≥ 2\ncounted: people\nevent: killed\nkind: count"),  # "at least two people"
        (960, "100–1,000\ncounted: Shahed drones\nkind: count"),  # "hundreds of Shahed drones"
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
