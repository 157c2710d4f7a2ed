"""The article view: the text with every fact highlighted, a legend, and facts by field.

One self-contained page (inline CSS, no script, nothing fetched): it works offline, can be
mailed, and shows itself in Jupyter through :func:`repr_html`. Fields are switched on and off
by the legend's checkboxes with CSS alone (``:has()``), so the page runs no code at all and
carries a Content-Security-Policy that forbids any.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from newsfacts.view import markup
from newsfacts.view.assets import stylesheet
from newsfacts.view.describe import count, describe
from newsfacts.view.markup import Span, attributes
from newsfacts.view.results import ViewedResult
from newsfacts.view.style import FieldStyle, styles_for

if TYPE_CHECKING:
    from newsfacts.facts import Field


@attrs.frozen
class _Shown:
    """One fact as the page shows it."""

    field: str
    id: str
    start: int
    end: int
    text: str
    lines: tuple[str, ...]
    data: Mapping[str, Any]
    tip: str  # everything the fact means, escaped: its title and tooltip
    value: str  # the normalized value alone (the tip's first line), escaped


def _anchor_prefix(result: ViewedResult) -> str:
    # Ids must not clash when several articles share a page or a notebook; the same article
    # always gets the same ids, so pages stay byte-for-byte reproducible.
    key = f"{result.article.id}\x00{result.article.text}".encode()
    return f"nf{zlib.crc32(key):08x}"


def _shown_facts(result: ViewedResult, prefix: str) -> tuple[dict[str, list[_Shown]], list[str]]:
    """The facts that fit the text, by field, and a note for each field with facts that don't."""
    text = result.article.text
    shown: dict[str, list[_Shown]] = {}
    problems = []
    for number, (field, facts) in enumerate(result.facts.items()):
        kept = shown[field] = []
        for index, fact in enumerate(facts):
            start, end = fact.start, fact.end
            if not (0 <= start <= end <= len(text) and text[start:end] == fact.text):
                continue
            data = fact.to_dict()
            lines = describe(field, data)
            tip, value = markup.attribute("\n".join(lines)), markup.attribute(lines[0])
            anchor = f"{prefix}-{number}-{index}"
            kept.append(_Shown(field, anchor, start, end, fact.text, lines, data, tip, value))
        if len(kept) < len(facts):
            problems.append(
                f"{len(facts) - len(kept)} fact(s) of {field!r} do not match the article text "
                "and are not shown"
            )
    return shown, problems


def _speaker_offsets(fact: _Shown, text_length: int) -> tuple[int, int] | None:
    start, end = fact.data.get("speaker_start"), fact.data.get("speaker_end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= text_length:
        return start, end
    return None


def _mark(fact: _Shown, style: FieldStyle, speaker: tuple[int, int] | None) -> Span:
    """The mark of one fact, its attributes written out by hand: a page has hundreds of marks
    and this is where rendering spends its time."""
    tip, field, label = fact.tip, markup.attribute(fact.field), markup.attribute(style.label)
    said = f' data-speaker-start="{speaker[0]}" data-speaker-end="{speaker[1]}"' if speaker else ""
    head = (
        f' id="{fact.id}" data-field="{field}" title="{tip}" data-start="{fact.start}"'
        f' data-end="{fact.end}" data-value="{fact.value}" data-label="{label}"{said}'
        ' tabindex="0"'
    )
    rest = f' data-field="{field}" title="{tip}" data-of="{fact.id}"'
    return Span(fact.start, fact.end, "mark", f"nf-fact {style.css_class}", head, rest)


def _speaker_spans(prefix: str, quotes: Iterable[_Shown], text_length: int) -> list[Span]:
    """An anchor around each speaker mention, and after each quote a link to it."""
    spans: dict[tuple[int, int], Span] = {}
    links = []
    for quote in quotes:
        offsets = _speaker_offsets(quote, text_length)
        if offsets is None:
            continue
        anchor = f"{prefix}-at-{offsets[0]}-{offsets[1]}"
        who = str(quote.data.get("speaker") or "the speaker")
        spans[offsets] = Span(
            *offsets,
            "span",
            "nf-speaker",
            attributes((("id", anchor), ("data-start", offsets[0]), ("data-end", offsets[1]))),
            order=1,
        )
        links.append(
            Span(
                quote.end,
                quote.end,
                "a",
                "nf-said",
                attributes(
                    (
                        ("href", f"#{anchor}"),
                        ("data-quote", quote.id),
                        ("data-label", who),
                        ("title", f"said by {who}: go to the mention"),
                        ("aria-label", f"said by {who}"),
                    )
                ),
            )
        )
    return [*spans.values(), *links]


def _paragraphs(text: str) -> list[Span]:
    """A block for each line of the text, its line break included (so nothing is added)."""
    spans = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        blank = end - start == 1 and text[start] == "\n"
        spans.append(Span(start, end, "span", "nf-blank" if blank else "nf-para", order=-1))
        start = end
    return spans


def _body(
    result: ViewedResult,
    prefix: str,
    shown: Mapping[str, list[_Shown]],
    styles: Mapping[str, FieldStyle],
) -> str:
    text = result.article.text
    spans = _paragraphs(text)
    for field, facts in shown.items():
        speakers = field == "quotes"
        spans += [
            _mark(fact, styles[field], _speaker_offsets(fact, len(text)) if speakers else None)
            for fact in facts
        ]
    spans += _speaker_spans(prefix, shown.get("quotes", ()), len(text))
    language = attributes((("lang", result.article.language),))
    return f'<article class="nf-text"{language}>{markup.nest(text, spans)}</article>'


def _legend(shown: Mapping[str, list[_Shown]], styles: Mapping[str, FieldStyle]) -> str:
    keys = []
    for field, facts in shown.items():
        style = styles[field]
        hint = attributes((("title", style.description),))
        keys.append(
            f'<label class="nf-key {style.css_class}"{hint}>'
            f'<input type="checkbox" class="nf-toggle {style.css_class}" checked'
            f"{attributes((('data-field', field),))}>"
            f'<span class="nf-swatch"></span>{markup.text(style.label)}'
            f' <span class="nf-count">{len(facts)}</span></label>'
        )
    return f'<fieldset class="nf-legend"><legend>Show</legend>{"".join(keys)}</fieldset>'


def _entry(fact: _Shown, prefix: str, text_length: int) -> str:
    link = f'<a class="nf-go" href="#{fact.id}">{markup.text(fact.text)}</a>'
    value = fact.value
    speaker = _speaker_offsets(fact, text_length) if fact.field == "quotes" else None
    if speaker is not None:
        anchor = f"#{prefix}-at-{speaker[0]}-{speaker[1]}"
        value = f'<a class="nf-val" href="{anchor}">{value}</a>'
    else:
        value = f'<span class="nf-val">{value}</span>'
    return f"<li>{link}{value}</li>"


def _side(
    result: ViewedResult,
    prefix: str,
    shown: Mapping[str, list[_Shown]],
    styles: Mapping[str, FieldStyle],
) -> str:
    sections = []
    for field, facts in shown.items():
        style = styles[field]
        entries = "".join(_entry(fact, prefix, len(result.article.text)) for fact in facts)
        sections.append(
            f'<section class="nf-list {style.css_class}"{attributes((("data-field", field),))}>'
            f'<h2><span class="nf-swatch"></span>{markup.text(style.label)}'
            f' <span class="nf-count">{len(facts)}</span></h2>'
            f"{f'<ol>{entries}</ol>' if entries else '<p class=nf-none>none found</p>'}</section>"
        )
    return f'<nav class="nf-side" aria-label="Facts by field">{"".join(sections)}</nav>'


def _header(result: ViewedResult, shown: Mapping[str, list[_Shown]]) -> str:
    article = result.article
    title = article.title or article.id or "Article"
    meta = []
    if article.published is not None:
        meta.append(f"published {markup.text(article.published.isoformat())}")
    if article.source:
        meta.append(markup.text(article.source))
    if article.url:
        url = markup.text(article.url)
        # Only web links become links: a javascript: or data: address stays text.
        if article.url.lower().startswith(("https://", "http://")):
            url = f'<a href="{markup.attribute(article.url)}" rel="noreferrer">{url}</a>'
        meta.append(url)
    total = sum(len(facts) for facts in shown.values())
    meta.append(f"{count(total, 'fact')} in {count(len(shown), 'field')}")
    return (
        f'<header class="nf-head"><h1 class="nf-title">{markup.text(title)}</h1>'
        f'<p class="nf-meta">{" · ".join(meta)}</p></header>'
    )


def _problems(result: ViewedResult, notes: Sequence[str]) -> str:
    items = [
        f"{error.plugin}"
        + (f" ({error.field})" if error.field else "")
        + f": {error.error_type}: {error.message}"
        for error in result.errors
    ]
    items += notes
    if not items:
        return ""
    listed = "".join(f"<li>{markup.text(item)}</li>" for item in items)
    return (
        '<div class="nf-errors" role="note"><strong>Not everything could be extracted or '
        f"shown</strong><ul>{listed}</ul></div>"
    )


def field_rules(styles: Iterable[FieldStyle]) -> str:
    """The CSS of each field: its colour, and what switching it off hides."""
    rules = []
    for style in styles:
        cls = style.css_class
        off = f".nf-view:has(input.nf-toggle.{cls}:not(:checked))"
        rules.append(
            f".nf-view .{cls}{{--nf-c:{style.color}}}"
            f"{off} mark.{cls}{{background:none;border-bottom-color:transparent}}"
            f"{off} mark.{cls}:focus::after{{display:none}}"
            f"{off} .nf-list.{cls}{{display:none}}"
        )
    return "\n".join(rules)


def fragment(
    result: ViewedResult, fields: Iterable[Field[Any]] | None = None, *, with_style: bool = True
) -> str:
    """The view of one article as an HTML fragment (a ``div``), with its style sheet first."""
    prefix = _anchor_prefix(result)
    shown, notes = _shown_facts(result, prefix)
    styles = styles_for(shown, fields)
    view = (
        f'<div class="nf-view" id="{prefix}">'
        f"{_header(result, shown)}{_problems(result, notes)}{_legend(shown, styles)}"
        f'<div class="nf-body">{_body(result, prefix, shown, styles)}'
        f"{_side(result, prefix, shown, styles)}</div></div>"
    )
    if not with_style:
        return view
    return f"<style>{stylesheet('article.css')}\n{field_rules(styles.values())}</style>{view}"


def page(
    results: Sequence[ViewedResult],
    fields: Iterable[Field[Any]] | None = None,
    *,
    title: str | None = None,
) -> str:
    """One page showing each result in turn (what ``newsfacts render`` writes)."""
    fields = tuple(fields) if fields is not None else None
    names = dict.fromkeys(name for result in results for name in result.facts)
    css = field_rules(styles_for(names, fields).values())
    views = "".join(fragment(result, fields, with_style=False) for result in results)
    if title is None:
        first = results[0].article if len(results) == 1 else None
        title = (first.title or first.id) if first else None
    style = f"{stylesheet('page.css')}\n{stylesheet('article.css')}\n{css}"
    return markup.html_page(title or count(len(results), "article"), style, views)


def render(result: ViewedResult, *, fields: Iterable[Field[Any]] | None = None) -> str:
    """A self-contained HTML page showing ``result``'s article with its facts highlighted.

    Each fact is a ``<mark>`` in its field's colour, with its normalized value on hover and
    on keyboard focus; a legend switches fields on and off, a side list gives the facts by
    field, and each quote links to the mention of its speaker. ``fields`` (for example an
    :attr:`Extractor.fields <newsfacts.Extractor.fields>`) lends their descriptions and
    display hints (``label``, ``color``); any field is shown, with or without them.
    """
    return page([result], fields)


def repr_html(result: ViewedResult) -> str:
    """The view of ``result`` as an HTML fragment, for ``Result._repr_html_`` (Jupyter)."""
    return fragment(result)
