"""Inline SVG charts of the corpus report: a timeline of dates and a map-less scatter of places.

Plain SVG written as text: no script, no tiles, no fonts to fetch. Every mark has a
``<title>`` so a hover tells its exact figure.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import attrs

from newsfacts.view.describe import count
from newsfacts.view.markup import text
from newsfacts.view.stats import Place

WIDTH = 1100
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 of a label


@attrs.frozen
class Timeline:
    """Date mentions counted per bin, and what the bins leave out (so nothing goes unsaid)."""

    unit: str  # "day", "month" or "year"
    bins: tuple[tuple[str, int], ...]
    coarser: int  # mentions less precise than a bin ("2025" in a chart by month)
    outside: int  # mentions far before or after most of the others


def _start(value: str) -> dt.date:
    year, month, day = [*value.split("-"), "1", "1"][:3]
    return dt.date(int(year), int(month), int(day))


def _quantile(points: Sequence[tuple[dt.date, int]], share: float) -> dt.date:
    total = sum(n for _, n in points)
    seen = 0
    for day, n in points:
        seen += n
        if seen >= share * total:
            return day
    return points[-1][0]


def _bin(day: dt.date, unit: str) -> str:
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _steps(first: dt.date, last: dt.date, unit: str) -> list[str]:
    if unit == "day":
        return [(first + dt.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
    if unit == "year":
        return [f"{year:04d}" for year in range(first.year, last.year + 1)]
    months = (last.year - first.year) * 12 + last.month - first.month
    return [
        f"{first.year + (first.month - 1 + n) // 12:04d}-{(first.month - 1 + n) % 12 + 1:02d}"
        for n in range(months + 1)
    ]


def timeline(dates: Mapping[str, int]) -> Timeline:
    """Bin date mentions (``{"2025-07-10": 3, "2025-07": 1, "2025": 2}``) by day, month or year.

    The unit follows the spread of the middle 96% of the mentions: days up to four months,
    months up to twelve years, years beyond; mentions outside that middle are counted apart,
    so one mention of 1945 does not squash a corpus about last week.
    """
    valid = []
    for value, n in dates.items():
        try:
            valid.append((_start(value), len(value), n))
        except ValueError:  # "2025-02-30": not a day of the calendar
            continue
    if not valid:
        return Timeline("day", (), 0, 0)
    points = sorted((day, n) for day, _, n in valid)
    first, last = _quantile(points, 0.02), _quantile(points, 0.98)
    span = (last - first).days
    unit = "day" if span <= 122 else "month" if span <= 12 * 366 else "year"
    precision = {"day": 10, "month": 7, "year": 4}[unit]
    counts: Counter[str] = Counter()
    coarser = outside = 0
    for day, length, n in valid:
        if length < precision:
            coarser += n
        elif not first <= day <= last and _bin(day, unit) not in (
            _bin(first, unit),
            _bin(last, unit),
        ):
            outside += n
        else:
            counts[_bin(day, unit)] += n
    bins = tuple((step, counts.get(step, 0)) for step in _steps(first, last, unit))
    return Timeline(unit, bins, coarser, outside)


def _ticks(labels: Sequence[str], most: int) -> list[int]:
    step = max(1, math.ceil(len(labels) / most))
    return list(range(0, len(labels), step))


def timeline_svg(chart: Timeline, css_class: str) -> str:
    """The timeline as bars: one per day, month or year, height the number of mentions.

    ``css_class`` is the class of the field whose colour the bars take (``nf-f-dates``).
    """
    if not chart.bins:
        return ""
    height, left, bottom, top = 180, 44, 26, 12
    inner_w, inner_h = WIDTH - left - 10, height - top - bottom
    peak = max(n for _, n in chart.bins) or 1
    slot = inner_w / len(chart.bins)
    bars = []
    for index, (label, n) in enumerate(chart.bins):
        if n:
            h = max(1.0, inner_h * n / peak)
            x = left + index * slot + slot * 0.1
            bars.append(
                f'<rect x="{x:.1f}" y="{top + inner_h - h:.1f}" width="{max(slot * 0.8, 0.8):.1f}"'
                f' height="{h:.1f}"><title>{text(label)}: {count(n, "mention")}</title></rect>'
            )
    ticks = [
        f'<text x="{left + (i + 0.5) * slot:.1f}" y="{height - 8}" text-anchor="middle">'
        f"{text(chart.bins[i][0])}</text>"
        for i in _ticks([label for label, _ in chart.bins], 7)
    ]
    axis = (
        f'<line x1="{left}" y1="{top + inner_h}" x2="{WIDTH - 10}" y2="{top + inner_h}"'
        ' class="nf-axis"/>'
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end">{peak}</text>'
        f'<text x="{left - 6}" y="{top + inner_h}" text-anchor="end">0</text>'
    )
    return (
        f'<svg class="nf-chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}"'
        ' role="img"'
        f' aria-label="Date mentions per {chart.unit}"><g class="nf-columns {css_class}">'
        f"{''.join(bars)}</g>{axis}{''.join(ticks)}</svg>"
    )


def _label_fits(box: Box, taken: Sequence[Box]) -> bool:
    x0, y0, x1, y1 = box
    return all(x1 < a or x0 > c or y1 < b or y0 > d for a, b, c, d in taken)


def _graticule(left: float, top: float, scale: float) -> Iterable[str]:
    bottom, right = top + 180 * scale, left + 360 * scale
    for lon in range(-180, 181, 30):
        x = left + (lon + 180) * scale
        kind = "nf-grid nf-major" if lon == 0 else "nf-grid"
        yield f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" class="{kind}"/>'
        yield f'<text x="{x:.1f}" y="{bottom + 14}" text-anchor="middle">{lon}°</text>'
    for lat in range(-90, 91, 30):
        y = top + (90 - lat) * scale
        kind = "nf-grid nf-major" if lat == 0 else "nf-grid"
        yield f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" class="{kind}"/>'
        yield f'<text x="{left - 5}" y="{y + 4:.1f}" text-anchor="end">{lat}°</text>'


def scatter_svg(places: Sequence[Place], css_class: str, *, labels: int = 20) -> str:
    """Places at their longitude and latitude, a circle's area growing with its mentions.

    ``css_class`` is the class of the field whose colour the circles take; the ``labels``
    most mentioned places are named where their name does not cover another's.
    """
    if not places:
        return ""
    scale, left, top = 2.0, 34.0, 8.0
    width, height = left + 360 * scale + 20, top + 180 * scale + 22
    circles: list[str] = []
    names: list[str] = []
    taken: list[Box] = []
    # Largest first in the list, drawn last, so small places stay visible under big ones.
    for rank, place in enumerate(places):
        x = left + (max(-180.0, min(180.0, place.longitude)) + 180) * scale
        y = top + (90 - max(-90.0, min(90.0, place.latitude))) * scale
        radius = min(14.0, 2.0 + 1.2 * math.sqrt(place.mentions))
        where = f"{place.name}" + (f", {place.country}" if place.country else "")
        circles.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}"><title>{text(where)}: '
            f"{count(place.mentions, 'mention')} in {count(place.articles, 'article')}</title>"
            "</circle>"
        )
        box = (x + radius + 2, y - 6, x + radius + 4 + 6.4 * len(place.name), y + 6)
        if rank < labels and _label_fits(box, taken):
            taken.append(box)
            names.append(f'<text x="{box[0]:.1f}" y="{y + 4:.1f}">{text(place.name)}</text>')
    return (
        f'<svg class="nf-chart nf-map" viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}"'
        f' height="{height:.0f}" role="img"'
        ' aria-label="Places by longitude and latitude">'
        f'<rect x="{left}" y="{top}" width="{360 * scale}" height="{180 * scale}"'
        ' class="nf-frame"/>'
        f"{''.join(_graticule(left, top, scale))}"
        f'<g class="nf-dots {css_class}">{"".join(reversed(circles))}</g>'
        f'<g class="nf-names">{"".join(names)}</g></svg>'
    )
