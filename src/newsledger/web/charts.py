"""Charts drawn on the server as SVG (no JavaScript library, nothing from a CDN). Every
label goes through ``html.escape``: actor names come from articles."""

from __future__ import annotations

from html import escape
from typing import Any


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


def timeline_svg(monthly: list[dict[str, Any]], width: int = 720, height: int = 220) -> str:
    """Events per month: cooperation above the axis, conflict below."""
    if not monthly:
        return '<p class="empty">No dated events.</p>'
    top = max(max(m["verbal_cooperation"] + m["material_cooperation"],
                  m["verbal_conflict"] + m["material_conflict"]) for m in monthly) or 1
    mid, pad = height / 2, 28
    step = (width - 2 * pad) / len(monthly)
    bar = max(step * 0.6, 2)
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Events per month: cooperation above, conflict below" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{pad}" y1="{mid}" x2="{width - pad}" y2="{mid}" stroke="#6b7280"/>']
    scale = (mid - pad) / top
    for i, m in enumerate(monthly):
        x = pad + i * step + (step - bar) / 2
        coop = m["verbal_cooperation"] + m["material_cooperation"]
        conflict = m["verbal_conflict"] + m["material_conflict"]
        title = escape(f"{m['month']}: {coop} cooperative, {conflict} conflictual, "
                       f"mean Goldstein {m['goldstein']}")
        if coop:
            parts.append(f'<rect class="coop" x="{x:.1f}" y="{mid - coop * scale:.1f}" '
                         f'width="{bar:.1f}" height="{coop * scale:.1f}" fill="#16a34a">'
                         f'<title>{title}</title></rect>')
        if conflict:
            parts.append(f'<rect class="conflict" x="{x:.1f}" y="{mid:.1f}" width="{bar:.1f}" '
                         f'height="{conflict * scale:.1f}" fill="#dc2626">'
                         f'<title>{title}</title></rect>')
        if len(monthly) <= 24 or i % max(len(monthly) // 12, 1) == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - 6}" font-size="10" '
                         f'text-anchor="middle">{escape(str(m["month"]))}</text>')
    parts.append(f'<text x="{pad}" y="14" font-size="11">cooperation ↑</text>'
                 f'<text x="{pad}" y="{height - 18}" font-size="11">conflict ↓</text></svg>')
    return "".join(parts)


def network_svg(graph: Any, width: int = 900, height: int = 640) -> str:
    """Actors as nodes (size by events, colour by mean Goldstein), directed edges weighted
    by event counts; each node links to its actor page."""
    import networkx as nx

    if graph.number_of_nodes() == 0:
        return '<p class="empty">No events with both a source and a target.</p>'
    pos = nx.spring_layout(graph, seed=7, k=1.8 / max(graph.number_of_nodes(), 1) ** 0.5)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad = 60

    def place(node: str) -> tuple[float, float]:
        x, y = pos[node]
        span_x = (max(xs) - min(xs)) or 1.0
        span_y = (max(ys) - min(ys)) or 1.0
        return (pad + (x - min(xs)) / span_x * (width - 2 * pad),
                pad + (y - min(ys)) / span_y * (height - 2 * pad))

    parts = [f'<svg class="network" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Actor network" xmlns="http://www.w3.org/2000/svg">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" '
             'markerWidth="6" markerHeight="6" orient="auto-start-reverse">'
             '<path d="M 0 0 L 10 5 L 0 10 z" fill="#6b7280"/></marker></defs>']
    for source, target, data in graph.edges(data=True):
        (x1, y1), (x2, y2) = place(source), place(target)
        weight = data.get("weight", 1)
        title = escape(f"{graph.nodes[source].get('label', source)} → "
                       f"{graph.nodes[target].get('label', target)}: {weight} events, "
                       f"mean Goldstein {data.get('goldstein', 0):.1f}")
        parts.append(f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" '
                     f'y2="{y2:.1f}" stroke="{goldstein_colour(data.get("goldstein"))}" '
                     f'stroke-width="{min(1 + weight, 8)}" marker-end="url(#arrow)" '
                     f'opacity="0.75"><title>{title}</title></line>')
    for node, data in graph.nodes(data=True):
        x, y = place(node)
        edges = [d for _, _, d in graph.in_edges(node, data=True)] + \
                [d for _, _, d in graph.out_edges(node, data=True)]
        total = sum(d.get("weight", 1) for d in edges) or 1
        mean = sum(d.get("goldstein", 0) * d.get("weight", 1) for d in edges) / total
        radius = 5 + min(total, 30) ** 0.5 * 2.5
        label = escape(str(data.get("label") or node))
        href = "/actors/" + escape(node, quote=True)
        parts.append(f'<a href="{href}" class="node" data-actor="{escape(node, quote=True)}">'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" '
                     f'fill="{goldstein_colour(mean)}" stroke="#111827">'
                     f'<title>{label}: {total} events, mean Goldstein {mean:.1f}</title></circle>'
                     f'<text x="{x:.1f}" y="{y - radius - 3:.1f}" font-size="11" '
                     f'text-anchor="middle">{label}</text></a>')
    parts.append("</svg>")
    return "".join(parts)
