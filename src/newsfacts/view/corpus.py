"""The corpus report: what a whole set of extracted facts says, on one self-contained page."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Union

from newsfacts.view import charts, markup
from newsfacts.view.article import field_rules
from newsfacts.view.assets import stylesheet
from newsfacts.view.describe import count, number
from newsfacts.view.results import ViewedResult
from newsfacts.view.sources import read_corpus
from newsfacts.view.stats import EventTotal, FieldCount, Ranked, Summary, summarize
from newsfacts.view.style import FieldStyle, styles_for

if TYPE_CHECKING:
    from newsfacts.facts import Field

#: What :func:`report` reads: a path of a ``.jsonl``/``.parquet`` file, or a result.
FactsSource = Union[str, "os.PathLike[str]", ViewedResult]


def _card(title: str, body: str, *, wide: bool = False) -> str:
    classes = "nf-card nf-wide" if wide else "nf-card"
    return f'<section class="{classes}"><h2>{markup.text(title)}</h2>{body}</section>'


def _none(what: str) -> str:
    return f'<p class="nf-none">{markup.text(what)}</p>'


def _bars(ranked: Sequence[Ranked], style: FieldStyle, empty: str) -> str:
    if not ranked:
        return _none(empty)
    peak = max(item.mentions for item in ranked)
    rows = "".join(
        f'<li title="{count(item.mentions, "mention")} in {count(item.articles, "article")}">'
        f'<span class="nf-name">{markup.text(item.name)}</span>'
        f'<span class="nf-bar"><span style="width:{100 * item.mentions / peak:.1f}%"></span></span>'
        f'<span class="nf-n">{item.mentions}</span></li>'
        for item in ranked
    )
    return f'<ol class="nf-bars {style.css_class}">{rows}</ol>'


def _field_table(fields: Sequence[FieldCount], styles: dict[str, FieldStyle]) -> str:
    if not fields:
        return _none("No facts.")
    rows = "".join(
        f'<tr class="{styles[item.field].css_class}"><th scope="row"><span class="nf-swatch">'
        f"</span>{markup.text(styles[item.field].label)}</th><td>{item.facts:,}</td>"
        f"<td>{item.articles:,}</td></tr>"
        for item in fields
    )
    return (
        '<table class="nf-table"><thead><tr><th>field</th><th>facts</th><th>articles</th></tr>'
        f"</thead><tbody>{rows}</tbody></table>"
    )


def _event_table(events: Sequence[EventTotal]) -> str:
    if not events:
        return _none("No numbers with an event (killed, wounded, …).")
    rows = "".join(
        f"<tr><th scope='row'>{markup.text(item.event)}</th><td>{number(item.total)}</td>"
        f"<td>{number(item.largest_sum)}</td><td>{item.mentions:,}</td><td>{item.articles:,}</td></tr>"
        for item in events
    )
    return (
        '<table class="nf-table"><thead><tr><th>event</th><th>all figures added</th>'
        "<th>largest per article, added</th><th>figures</th><th>articles</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        '<p class="nf-note">A toll repeated in several articles (or twice in one) is added each '
        "time in the first sum; the second keeps one figure per article.</p>"
    )


def _timeline(summary: Summary, css_class: str) -> str:
    chart = charts.timeline(summary.dates)
    if not chart.bins:
        return _none("No resolved dates.")
    notes = [f"Mentions of resolved dates per {chart.unit}."]
    if chart.coarser:
        notes.append(f"{chart.coarser:,} less precise than a {chart.unit} not shown.")
    if chart.outside:
        notes.append(f"{chart.outside:,} far from the others not shown.")
    first, last = chart.bins[0][0], chart.bins[-1][0]
    notes.append(f"From {first} to {last}.")
    return charts.timeline_svg(chart, css_class) + f'<p class="nf-note">{" ".join(notes)}</p>'


def _scatter(summary: Summary, css_class: str) -> str:
    if not summary.located:
        return _none("No places with coordinates.")
    places = count(len(summary.located), "place")
    mentions = count(sum(place.mentions for place in summary.located), "mention")
    return charts.scatter_svg(summary.located, css_class) + (
        f'<p class="nf-note">{places}, {mentions}, at their '
        "longitude and latitude (a country at a central point); a circle grows with its "
        "mentions. Hover for names.</p>"
    )


def _header(summary: Summary, title: str) -> str:
    meta = [count(summary.articles, "article"), count(summary.facts, "fact")]
    if summary.published:
        first, last = summary.published
        meta.append(f"published {first}" + (f" to {last}" if last != first else ""))
    if summary.articles_with_errors:
        meta.append(f"{count(summary.articles_with_errors, 'article')} with plugin errors")
    return (
        f'<header class="nf-head"><h1 class="nf-title">{markup.text(title)}</h1>'
        f'<p class="nf-meta">{" · ".join(meta)}</p></header>'
    )


def report_html(summary: Summary, *, title: str, fields: Iterable[Field[Any]] | None = None) -> str:
    """The report page of a :class:`~newsfacts.view.stats.Summary`."""
    names = [item.field for item in summary.fields]
    names += [
        name
        for name in ("dates", "quotes", "people", "organizations", "locations")
        if name not in names
    ]
    styles = styles_for(names, fields)
    cards = [
        _card("Facts per field", _field_table(summary.fields, styles)),
        _card("Counted events", _event_table(summary.events)),
        _card("Dates mentioned", _timeline(summary, styles["dates"].css_class), wide=True),
        _card("Places mentioned", _scatter(summary, styles["locations"].css_class), wide=True),
        _card(
            "Most quoted", _bars(summary.speakers, styles["quotes"], "No quotes with a speaker.")
        ),
        _card("People most mentioned", _bars(summary.people, styles["people"], "No people.")),
        _card(
            "Organizations most mentioned",
            _bars(summary.organizations, styles["organizations"], "No organizations."),
        ),
        _card("Places most mentioned", _bars(summary.places, styles["locations"], "No places.")),
    ]
    style = f"{stylesheet('page.css')}\n{stylesheet('report.css')}\n{field_rules(styles.values())}"
    body = (
        f'<div class="nf-view nf-report">{_header(summary, title)}'
        f'<div class="nf-grid">{"".join(cards)}</div></div>'
    )
    return markup.html_page(title, style, body)


def report(
    facts: FactsSource | Iterable[FactsSource],
    *,
    title: str = "Facts of the corpus",
    top: int = 15,
    fields: Iterable[Field[Any]] | None = None,
) -> str:
    """A self-contained HTML report of the facts of a corpus.

    ``facts`` is a path (or several) of a JSON Lines file as ``newsfacts extract --format
    jsonl`` writes it, or of a facts table in Parquet; or :class:`~newsfacts.Result` objects.
    The report counts the facts of each field, ranks the most quoted speakers and the most
    mentioned people, organizations and places (``top`` of each), draws a timeline of the
    resolved dates and a scatter of the places' coordinates (inline SVG), and adds up the
    numbers of people killed, wounded... Raises :class:`~newsfacts.FactsFileError` for a
    file it cannot read.
    """
    if top < 0:
        raise ValueError(f"top must be 0 or more, not {top}")
    single = isinstance(facts, str | os.PathLike) or hasattr(facts, "article")
    sources = [facts] if single else list(facts)  # type: ignore[arg-type]
    return report_html(summarize(read_corpus(sources), top=top), title=title, fields=fields)
