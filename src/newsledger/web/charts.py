"""Charts drawn on the server as SVG: counts per month as stacked bars, with a dated x
axis, a y axis of counts, a legend, and each bar's numbers on hover (``<title>``). The
actor network is drawn in ``network_chart.py``.

Why by hand and not with a charting library: the pages' Content-Security-Policy allows no
inline style (``style-src 'self'``) and no inline script, and both libraries that render
SVG offline need them (matplotlib 3.11 writes a ``style`` attribute on every shape,
pygal 3.1 a ``<style>`` element and a ``<script>``); neither puts a ``<title>`` on each
bar. Measured on this machine (24 months x 4 classes): matplotlib 125 ms a chart after a
560 ms import (35 MB installed), pygal 14 ms; these functions take well under 1 ms.

Every text goes through ``html.escape``; colours are presentation attributes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from ..ontology import QUAD_CLASSES, STORY_STATUSES

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
CHAR_WIDTH = 0.62  # a character's width in em, a little over the average of a sans font


@dataclass(frozen=True)
class Part:
    """One series of a stacked bar: the key of its count in each row, its name, colour."""

    key: str
    label: str
    colour: str


QUAD_COLOURS = {1: "#86c98e", 2: "#1f7a3a", 3: "#f0a33a", 4: "#c0392b"}
QUAD_PARTS = tuple(Part(key, label, QUAD_COLOURS[n]) for n, (key, label) in
                   QUAD_CLASSES.items())
STORY_COLOURS = {"corroborated": "#1f7a3a", "single-source": "#7b8fa6",
                 "contested": "#f0a33a", "contradicted": "#c0392b", "unasserted": "#cfd4da"}
STORY_PARTS = tuple(Part(s, s, STORY_COLOURS.get(s, "#9ca3af")) for s in STORY_STATUSES)


def goldstein_colour(value: float | None) -> str:
    """Grey for neutral, shading to red for conflict (-10) and green for cooperation
    (+10)."""
    grey, red, green = (156, 163, 175), (220, 38, 38), (22, 163, 74)
    if value is None:
        return _hex(grey)
    v = max(-10.0, min(10.0, value)) / 10.0
    end = red if v < 0 else green
    mix = [round(g + (e - g) * abs(v)) for g, e in zip(grey, end, strict=True)]
    return _hex(tuple(mix))


def _hex(rgb: tuple[int, ...]) -> str:
    return "#" + "".join(f"{c:02x}" for c in rgb)


def text_width(text: str, size: float) -> float:
    """The width in pixels a text of ``size`` px takes (an estimate on the wide side)."""
    return len(text) * size * CHAR_WIDTH


def nice_ticks(top: int, most: int = 5) -> list[int]:
    """Round y-axis values from 0 to at least ``top``: steps of 1, 2 or 5 times a power
    of ten, at most ``most`` steps."""
    top = max(top, 1)
    step = 1
    while True:
        for factor in (1, 2, 5):
            candidate = step * factor
            if math.ceil(top / candidate) <= most:
                return list(range(0, candidate * math.ceil(top / candidate) + 1, candidate))
        step *= 10


def month_name(month: str) -> str:
    """``"2025-10"`` as ``"Oct 2025"``."""
    return f"{MONTHS[int(month[5:7]) - 1]} {month[:4]}"


def summary(rows: Sequence[dict[str, Any]], parts: Sequence[Part], noun: str) -> str:
    """One sentence a screen reader gives for the chart: the span, the totals of each
    part and the busiest month."""
    totals = {p.key: sum(r[p.key] for r in rows) for p in parts}
    busiest = max(rows, key=lambda r: r["total"])
    by_part = ", ".join(f"{p.label} {totals[p.key]}" for p in parts)
    return (f"{noun} per month from {month_name(rows[0]['month'])} to "
            f"{month_name(rows[-1]['month'])}, {sum(totals.values())} in all: {by_part}; "
            f"the most, {busiest['total']}, in {month_name(busiest['month'])}.")


def legend(parts: Sequence[Part], totals: dict[str, int], x0: float, y: float,
           right: float) -> tuple[list[str], float]:
    """The legend's swatches and names (with their totals) in rows from ``(x0, y)``,
    wrapped before ``right``: ``(svg parts, y below the last row)``."""
    out, x = [], x0
    for p in parts:
        name = f"{p.label} ({totals[p.key]})"
        width = 16 + text_width(name, 11) + 14
        if x > x0 and x + width > right:
            x, y = x0, y + 16
        out.append(f'<g class="legend-item"><rect x="{x:.1f}" y="{y - 9:.1f}" width="11" '
                   f'height="11" fill="{p.colour}"/><text x="{x + 16:.1f}" y="{y:.1f}" '
                   f'font-size="11">{escape(name)}</text></g>')
        x += width
    return out, y + 14


def stacked_bars_svg(rows: Sequence[dict[str, Any]], parts: Sequence[Part], noun: str,
                     chart_id: str, width: int = 760, height: int = 270) -> str:
    """Stacked bars, one per month of ``rows`` (``series.events_by_month`` or
    ``stories_by_month``: consecutive months, each with a count per part and ``total``),
    a part per ``parts``; ``noun`` names what is counted ("Events"). A paragraph saying
    there is nothing when ``rows`` is empty."""
    if not rows:
        return f'<p class="empty">No dated {escape(noun.lower())}.</p>'
    totals = {p.key: sum(r[p.key] for r in rows) for p in parts}
    left, right, bottom = 44, 12, 36
    items, top = legend(parts, totals, left, 14, width - right)
    top += 8
    ticks = nice_ticks(max(r["total"] for r in rows))
    plot_h = height - top - bottom
    scale = plot_h / ticks[-1]
    base = top + plot_h
    step = (width - left - right) / len(rows)
    bar = max(min(step * 0.72, 48), 1.5)
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    out = [f'<svg class="chart" id="{escape(chart_id, quote=True)}" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="{title_id} {desc_id}" '
           f'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{title_id}">{escape(noun)} per month</title>',
           f'<desc id="{desc_id}">{escape(summary(rows, parts, noun))}</desc>', *items]
    for tick in ticks:  # the y axis: gridlines and counts
        y = base - tick * scale
        out.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{width - right}" '
                   f'y2="{y:.1f}" stroke="#e5e7eb"/><text class="y-label" x="{left - 6}" '
                   f'y="{y + 4:.1f}" font-size="10" text-anchor="end">{tick}</text>')
    out.append(f'<text x="4" y="{top - 8}" font-size="10" fill="#6b7280">'
               f'{escape(noun.lower())}</text>')
    every = max(1, math.ceil(50 / step))  # a label needs about 50 px
    last_year = ""
    for i, row in enumerate(rows):
        x = left + i * step + (step - bar) / 2
        y = base
        breakdown = ", ".join(f"{p.label} {row[p.key]}" for p in parts if row[p.key])
        out.append(f'<g class="bar" data-month="{escape(row["month"], quote=True)}" '
                   f'data-total="{row["total"]}"><title>{escape(month_name(row["month"]))}: '
                   f'{row["total"]} {escape(noun.lower())}'
                   f'{" — " + escape(breakdown) if breakdown else ""}</title>')
        for p in parts:
            if row[p.key]:
                h = row[p.key] * scale
                y -= h
                out.append(f'<rect class="seg" data-part="{escape(p.key, quote=True)}" '
                           f'x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                           f'fill="{p.colour}"><title>{escape(month_name(row["month"]))}: '
                           f'{escape(p.label)} {row[p.key]} of {row["total"]}</title></rect>')
        out.append("</g>")
        if i % every == 0:  # the month's name; the year under the first of each year
            name, year = MONTHS[int(row["month"][5:7]) - 1], row["month"][:4]
            show_year, last_year = year != last_year, year
            out.append(f'<text class="x-label" x="{x + bar / 2:.1f}" y="{base + 14}" '
                       f'font-size="10" text-anchor="middle">{name}</text>')
            if show_year:
                out.append(f'<text class="x-label year" x="{x + bar / 2:.1f}" '
                           f'y="{base + 27}" font-size="10" text-anchor="middle" '
                           f'fill="#6b7280">{year}</text>')
    out.append(f'<line class="axis" x1="{left}" y1="{base}" x2="{width - right}" '
               f'y2="{base}" stroke="#374151"/><line class="axis" x1="{left}" y1="{top}" '
               f'x2="{left}" y2="{base}" stroke="#374151"/></svg>')
    return "".join(out)


def timeline_svg(monthly: Sequence[dict[str, Any]], chart_id: str = "events-chart",
                 width: int = 760) -> str:
    """Events per month stacked by quad class (``series.events_by_month``'s months),
    ``width`` px wide at most."""
    return stacked_bars_svg(monthly, QUAD_PARTS, "Events", chart_id, width)


def stories_svg(monthly: Sequence[dict[str, Any]], chart_id: str = "stories-chart",
                width: int = 760) -> str:
    """Stories per month of their first date, stacked by status
    (``series.stories_by_month``'s months), ``width`` px wide at most."""
    return stacked_bars_svg(monthly, STORY_PARTS, "Stories", chart_id, width)
