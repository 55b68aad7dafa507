"""The actor network as SVG, drawn on the server: actors as circles (area by the events
they take part in, colour by their mean Goldstein value), directed edges (width by the
events of the pair, colour by their mean Goldstein value), a legend for size, colour and
width, and the counts of each actor and pair on hover (``<title>``).

Labels never overlap each other or another actor's circle and never leave the picture:
each is tried at eight places around its circle, busiest actors first, then shortened;
an actor whose label fits nowhere keeps its name on hover only. Every text goes through
``html.escape`` (actor names come from articles).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from .charts import goldstein_colour, text_width

FONT = 11  # label size in px; a label's box is FONT + 2 high, from baseline - FONT + 1
GAP = 1.0  # px kept clear around a label
SHORT = 18  # characters a label keeps when its full name fits nowhere
LEGEND_H = 72  # the legend's band above the graph
SIZE_STEPS = (1, 5, 20)  # the event counts the size legend shows


@dataclass(frozen=True)
class Box:
    """A rectangle in SVG pixels: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Box) -> bool:
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)

    def inside(self, width: float, height: float, top: float = 0) -> bool:
        return self.x >= 1 and self.y >= top + 1 and self.x + self.w <= width - 1 \
            and self.y + self.h <= height - 1


def radius(events: int) -> float:
    """A circle's radius for an actor in ``events`` events (area grows with the count,
    capped at 60)."""
    return 4 + 2.4 * min(events, 60) ** 0.5


def label_box(x: float, baseline: float, text: str) -> Box:
    """The box a label takes when drawn from ``x`` (text-anchor start) on ``baseline``."""
    return Box(x, baseline - FONT + 1, text_width(text, FONT), FONT + 2)


def candidates(cx: float, cy: float, r: float, w: float) -> list[tuple[float, float]]:
    """(x, baseline) of a label of width ``w`` at eight places around a circle, each
    clear of the circle's bounding box: right, above, below, left, then above and below
    leaning right and left."""
    half, up, down = FONT / 2 - 1, cy - r - 4, cy + r + FONT + 1
    return [(cx + r + 4, cy + half), (cx - w / 2, up), (cx - w / 2, down),
            (cx - r - 4 - w, cy + half), (cx + r / 2, up), (cx - r / 2 - w, up),
            (cx + r / 2, down), (cx - r / 2 - w, down)]


def shorten(name: str) -> str:
    return name if len(name) <= SHORT else name[:SHORT - 1].rstrip() + "…"


def place_labels(nodes: list[dict[str, Any]], width: float, height: float, top: float = 0
                 ) -> dict[str, tuple[str, float, float]]:
    """node id -> (label text, x, baseline) for the labels that fit between ``top`` and
    ``height``, busiest first; a node is ``{"id", "name", "x", "y", "r", "events"}``."""
    circles = {n["id"]: Box(n["x"] - n["r"], n["y"] - n["r"], 2 * n["r"], 2 * n["r"])
               for n in nodes}
    taken: list[Box] = []
    out = {}
    for node in sorted(nodes, key=lambda n: (-n["events"], n["id"])):
        others = [b for key, b in circles.items() if key != node["id"]]
        for text in dict.fromkeys((node["name"], shorten(node["name"]))):
            w = text_width(text, FONT)
            spot = next(((x, y) for x, y in candidates(node["x"], node["y"], node["r"], w)
                         if fits(label_box(x, y, text), taken, others, width, height, top)),
                        None)
            if spot:
                taken.append(label_box(*spot, text))
                out[node["id"]] = (text, *spot)
                break
    return out


def fits(box: Box, taken: list[Box], circles: list[Box], width: float,
         height: float, top: float = 0) -> bool:
    """Inside the picture and clear of every label and circle by ``GAP`` px (so that
    the rounding of coordinates in the SVG cannot make them touch)."""
    wide = Box(box.x - GAP, box.y - GAP, box.w + 2 * GAP, box.h + 2 * GAP)
    return box.inside(width, height, top) and not any(wide.overlaps(b) for b in taken) and \
        not any(wide.overlaps(c) for c in circles)


def busiest(graph: Any, most: int) -> Any:
    """The subgraph of the ``most`` actors in the most events (ties by id)."""
    if graph.number_of_nodes() <= most:
        return graph
    keep = sorted(graph.nodes, key=lambda n: (-graph.degree(n, weight="weight"), n))[:most]
    return graph.subgraph(keep).copy()


def layout(graph: Any, width: float, height: float, top: float = 0, pad: float = 30
           ) -> dict[str, tuple[float, float]]:
    """Node positions in pixels inside ``width`` x ``height`` below ``top``, less
    ``pad``: a spring layout (fixed seed: the same ledger, the same picture)."""
    import networkx as nx

    pos = nx.spring_layout(graph, seed=7, k=2.2 / max(graph.number_of_nodes(), 1) ** 0.5)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: (pad + (x - min(xs)) / span_x * (width - 2 * pad),
                top + pad + (y - min(ys)) / span_y * (height - top - 2 * pad))
            for n, (x, y) in pos.items()}


def node_stats(graph: Any, node: str) -> dict[str, Any]:
    """An actor's events as source and as target and their mean Goldstein value."""
    out_edges = [d for _, _, d in graph.out_edges(node, data=True)]
    in_edges = [d for _, _, d in graph.in_edges(node, data=True)]
    edges = out_edges + in_edges
    total = sum(d.get("weight", 1) for d in edges)
    mean = sum(d.get("goldstein", 0) * d.get("weight", 1) for d in edges) / (total or 1)
    return {"events": total, "as_source": sum(d.get("weight", 1) for d in out_edges),
            "as_target": sum(d.get("weight", 1) for d in in_edges), "goldstein": mean}


def network_svg(graph: Any, width: int = 1280, height: int = 700) -> str:
    """The graph of ``export.actor_network`` (nodes with ``label``; edges with
    ``weight`` and ``goldstein``) as SVG; each actor links to its page."""
    if graph.number_of_nodes() == 0:
        return '<p class="empty">No events with both a source and a target.</p>'
    pos = layout(graph, width, height, LEGEND_H)
    nodes = []
    for node, data in graph.nodes(data=True):
        stats = node_stats(graph, node)
        nodes.append({"id": node, "name": str(data.get("label") or node), "x": pos[node][0],
                      "y": pos[node][1], "r": radius(stats["events"]), **stats})
    by_id = {n["id"]: n for n in nodes}
    labels = place_labels(nodes, width, height, LEGEND_H)
    hidden = len(nodes) - len(labels)
    out = [f'<svg class="network" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="network-title network-desc" '
           f'xmlns="http://www.w3.org/2000/svg">',
           '<title id="network-title">Actor network</title>',
           f'<desc id="network-desc">{len(nodes)} actors and {graph.number_of_edges()} '
           f'directed pairs; {hidden} names shown on hover only.</desc>',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" '
           'markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" '
           'orient="auto-start-reverse">'
           '<path d="M 0 0 L 10 5 L 0 10 z" fill="#6b7280"/></marker></defs>']
    for source, target, data in graph.edges(data=True):
        out.append(edge(by_id[source], by_id[target], data))
    for n in sorted(nodes, key=lambda n: -n["r"]):  # small circles on top of large ones
        href = "/actors/" + escape(n["id"], quote=True)
        out.append(f'<a href="{href}" class="node" data-actor="{escape(n["id"], quote=True)}">'
                   f'<circle cx="{n["x"]:.1f}" cy="{n["y"]:.1f}" r="{n["r"]:.1f}" '
                   f'fill="{goldstein_colour(n["goldstein"])}" stroke="#111827">'
                   f'<title>{escape(n["name"])}: {n["events"]} events ({n["as_source"]} as '
                   f'source, {n["as_target"]} as target), mean Goldstein '
                   f'{n["goldstein"]:.1f}</title></circle></a>')
    for node_id, (text, x, y) in labels.items():
        href = "/actors/" + escape(node_id, quote=True)
        out.append(f'<a href="{href}" class="node-label"><text class="label" x="{x:.1f}" '
                   f'y="{y:.1f}" font-size="{FONT}" stroke="#ffffff" stroke-width="3" '
                   f'paint-order="stroke"><title>{escape(by_id[node_id]["name"])}</title>'
                   f'{escape(text)}</text></a>')
    out += legend(0, width)
    out.append("</svg>")
    return "".join(out)


def edge(a: dict[str, Any], b: dict[str, Any], data: dict[str, Any]) -> str:
    """One directed edge from circle edge to circle edge, its counts on hover."""
    dx, dy = b["x"] - a["x"], b["y"] - a["y"]
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    x1, y1 = a["x"] + ux * a["r"], a["y"] + uy * a["r"]
    x2, y2 = b["x"] - ux * (b["r"] + 2), b["y"] - uy * (b["r"] + 2)
    weight = int(data.get("weight", 1))
    goldstein = float(data.get("goldstein") or 0.0)
    types = str(data.get("types") or "").replace(",", ", ")
    title = (f"{a['name']} → {b['name']}: {weight} event{'s' if weight != 1 else ''}, "
             f"mean Goldstein {goldstein:.1f}" + (f" ({types})" if types else ""))
    return (f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{goldstein_colour(goldstein)}" stroke-width="{edge_width(weight):.1f}" '
            f'marker-end="url(#arrow)" opacity="0.8"><title>{escape(title)}</title></line>')


def edge_width(weight: int) -> float:
    return 1 + min(weight, 10) * 0.5


def legend(y0: float, width: float) -> list[str]:
    """The legend band: circle size per event count, colour per mean Goldstein, line
    width per pair's events."""
    out = [f'<g class="legend"><line x1="0" y1="{y0 + LEGEND_H - 4}" x2="{width}" '
           f'y2="{y0 + LEGEND_H - 4}" '
           f'stroke="#e5e7eb"/>',
           f'<text x="8" y="{y0 + 14}" font-size="11" font-weight="bold">Size: events</text>']
    x, mid = 8.0, y0 + 38
    for n in SIZE_STEPS:
        r = radius(n)
        out.append(f'<circle cx="{x + r:.1f}" cy="{mid:.1f}" r="{r:.1f}" fill="#e5e7eb" '
                   f'stroke="#111827"/><text x="{x + 2 * r + 4:.1f}" y="{mid + 4:.1f}" '
                   f'font-size="11">{n}</text>')
        x += 2 * r + 4 + text_width(str(n), 11) + 12
    x += 24
    out.append(f'<text x="{x:.1f}" y="{y0 + 14}" font-size="11" font-weight="bold">Colour: '
               f'mean Goldstein (nodes and lines)</text>')
    for i, value in enumerate((-10, -5, 0, 5, 10)):
        sx = x + i * 52
        out.append(f'<rect x="{sx:.1f}" y="{mid - 7:.1f}" width="14" height="14" '
                   f'fill="{goldstein_colour(value)}" stroke="#9ca3af"/><text '
                   f'x="{sx + 18:.1f}" y="{mid + 4:.1f}" font-size="11">{value:+d}</text>')
    out.append(f'<text x="{x:.1f}" y="{mid + 22:.1f}" font-size="10" fill="#6b7280">'
               f'conflict ← → cooperation</text>')
    x += 5 * 52 + 28
    out.append(f'<text x="{x:.1f}" y="{y0 + 14}" font-size="11" font-weight="bold">Line: '
               f'source → target, width by events</text>')
    for i, n in enumerate((1, 3, 10)):
        sx = x + i * 70
        out.append(f'<line x1="{sx:.1f}" y1="{mid:.1f}" x2="{sx + 36:.1f}" y2="{mid:.1f}" '
                   f'stroke="#6b7280" stroke-width="{edge_width(n):.1f}" '
                   f'marker-end="url(#arrow)"/><text x="{sx + 42:.1f}" y="{mid + 4:.1f}" '
                   f'font-size="11">{n}</text>')
    out.append("</g>")
    return out
