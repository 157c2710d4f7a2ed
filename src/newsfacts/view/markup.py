"""Escaping, and the text with its facts as nested elements that may overlap.

HTML elements nest, facts need not: a fact that starts inside another and ends after it is
cut where the outer one closes and resumed after it, like displaCy cuts spans at every
boundary, so no fact and no character of the text is ever lost. Each piece knows its
*height* (how many pieces nest inside it), which the style sheet turns into stacked
underlines: the innermost fact is underlined closest to the text.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

import attrs

#: Deeper nesting than this is drawn at this height (and still fully present in the page).
MAX_HEIGHT = 5
#: The pages may load nothing and run nothing: everything they need is inline.
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def text(value: object) -> str:
    """``value`` as HTML text: markup characters escaped, carriage returns kept."""
    return html.escape(str(value), quote=False).replace("\r", "&#13;")


def attribute(value: object) -> str:
    """``value`` escaped for a double-quoted attribute value."""
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


def attributes(pairs: Iterable[tuple[str, object]]) -> str:
    """`` name="value"`` for each pair whose value is not None (names are ours, not data)."""
    return "".join(f' {name}="{attribute(value)}"' for name, value in pairs if value is not None)


def html_page(title: str, style: str, body: str) -> str:
    """A whole page: ``title`` (text), ``style`` (CSS, ours) and ``body`` (HTML, escaped)."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="newsfacts"><title>{text(title)} · newsfacts</title>'
        f'<style>{style}</style></head><body class="nf-page">{body}</body></html>\n'
    )


@attrs.frozen
class Span:
    """An element to wrap around ``text[start:end]``.

    ``classes`` and ``attrs`` go on the element; a piece resumed after a cut gets
    ``classes`` plus ``nf-cont`` and ``resumed`` instead of ``attrs`` (so ids stay unique).
    Of spans opening at the same point, the lowest ``order`` is outermost, then the longest.
    """

    start: int
    end: int
    element: str
    classes: str
    attrs: str = ""
    resumed: str = ""
    order: int = 0


@attrs.define
class _Open:
    span: Span
    index: int  # where its opening tag goes in the output
    first: bool
    height: int = 0


def _opening(piece: _Open) -> str:
    span = piece.span
    height = min(piece.height, MAX_HEIGHT)
    if piece.first:
        return f'<{span.element} class="{span.classes} nf-h{height}"{span.attrs}>'
    return f'<{span.element} class="{span.classes} nf-cont nf-h{height}"{span.resumed}>'


def nest(source: str, spans: Sequence[Span]) -> str:
    """``source`` as escaped HTML with every span as an element, cut where spans cross.

    Every span must lie within ``source`` (``0 <= start <= end <= len(source)``).
    """
    for span in spans:
        if not 0 <= span.start <= span.end <= len(source):
            raise ValueError(f"span {span.start}..{span.end} outside a text of {len(source)}")
    # Among spans opening at one point the lowest order, then the longest, is outermost;
    # empty spans come first, so that they sit right after what closed there.
    ordered = sorted(spans, key=lambda s: (s.start, s.start != s.end, s.order, -s.end))
    points = sorted({s.start for s in ordered} | {s.end for s in ordered} | {len(source)})
    out: list[str] = []
    stack: list[_Open] = []

    def open_piece(span: Span, first: bool) -> None:
        stack.append(_Open(span, len(out), first))
        out.append("")  # filled in when the piece closes and its height is known

    def close_top() -> Span:
        piece = stack.pop()
        out[piece.index] = _opening(piece)
        out.append(f"</{piece.span.element}>")
        if stack:
            stack[-1].height = max(stack[-1].height, piece.height + 1)
        return piece.span

    position = 0
    following = 0
    for point in points:
        out.append(text(source[position:point]))
        position = point
        cut: list[Span] = []
        ending = [i for i, piece in enumerate(stack) if piece.span.end == point]
        if ending:
            while len(stack) > ending[0]:
                span = close_top()
                if span.end != point:  # crosses a span that ends here: resumed below
                    cut.append(span)
        starting: list[tuple[Span, bool]] = [(span, False) for span in cut]
        while following < len(ordered) and ordered[following].start == point:
            span = ordered[following]
            following += 1
            if span.end == span.start:
                open_piece(span, first=True)
                close_top()
            else:
                starting.append((span, True))
        for span, first in sorted(starting, key=lambda item: (item[0].order, -item[0].end)):
            open_piece(span, first)
    out.append(text(source[position:]))
    return "".join(out)
