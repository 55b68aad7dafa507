"""One standalone HTML page: the article with actors, event triggers, attributions and
loaded language highlighted, and a side panel with the codes and the ``why`` of each.

All article text goes through Jinja2's autoescaping; nothing from the article is inserted
unescaped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape

from ..model import Analysis


@dataclass
class Piece:
    text: str
    classes: str = ""
    ref: str = ""
    title: str = ""


def _marks(analysis: Analysis) -> list[tuple[int, int, str, str, str]]:
    marks: list[tuple[int, int, str, str, str]] = []
    for actor in analysis.actors:
        for m in actor.mentions:
            marks.append((m.start, m.end, "actor", actor.id,
                          f"{actor.name} · {actor.cameo_code or '?'} · {m.why}"))
    for e in analysis.events:
        t = e.evidence.trigger
        marks.append((t.start, t.end, "trigger", e.id, f"{e.id} {e.type} {e.cameo} {e.status}"))
    for c in analysis.claims:
        a = c.attribution
        if a.start is not None and a.end is not None and a.type != "unattributed":
            marks.append((a.start, a.end, "attribution", c.id,
                          f"{c.id} grade {c.sourcing_grade} · {a.type}"))
        for f in c.loaded_language:
            marks.append((f.start, f.end, "loaded", c.id, f"loaded: {f.category}"))
        for f in c.hedges:
            marks.append((f.start, f.end, "hedge", c.id, f"hedge: {f.category}"))
    return marks


def pieces(analysis: Analysis) -> list[list[Piece]]:
    """Paragraphs of text pieces, each carrying the classes of the marks covering it."""
    text = analysis.document.text
    marks = _marks(analysis)
    cuts = sorted({0, len(text), *[m[0] for m in marks], *[m[1] for m in marks]})
    paragraphs: list[list[Piece]] = [[]]
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in marks if m[0] <= lo and hi <= m[1]]
        chunk = text[lo:hi]
        parts = chunk.split("\n\n")
        for j, part in enumerate(parts):
            if j:
                paragraphs.append([])
            if not part:
                continue
            classes = " ".join(sorted({m[2] for m in covering}))
            ref = covering[-1][3] if covering else ""
            title = " | ".join(m[4] for m in covering)
            paragraphs[-1].append(Piece(part, classes, ref, title))
    return [p for p in paragraphs if p]


def render_html(analysis: Analysis) -> str:
    env = Environment(loader=PackageLoader("newsledger", "templates"),
                      autoescape=select_autoescape(["html"]))
    template = env.get_template("analysis.html")
    data = analysis.to_dict()
    return template.render(
        analysis=analysis, paragraphs=pieces(analysis),
        actors={a.id: a for a in analysis.actors},
        data_json=json.dumps(data, ensure_ascii=True).replace("<", "\\u003c"),
    )
