"""Rich tables of actors, events and claims."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..model import Analysis


def _name(analysis: Analysis, actor_id: str | None) -> str:
    actor = analysis.actor(actor_id)
    if actor is None:
        return "—"
    return f"{actor.name} [dim]({actor.cameo_code or '?'})[/dim]"


def render_tables(analysis: Analysis, console: Console) -> None:
    doc = analysis.document
    console.rule(f"[bold]{doc.title or doc.path or doc.id}[/bold]  {doc.date or ''}")
    actors = Table(title="Actors", show_lines=False)
    for col in ("id", "name", "kind", "country", "sector", "code", "mentions"):
        actors.add_column(col)
    for a in analysis.actors:
        actors.add_row(a.id, a.name, a.kind, a.country or "", a.sector or "",
                       a.cameo_code or "", str(len(a.mentions)))
    console.print(actors)
    events = Table(title="Events", show_lines=False)
    for col in ("id", "type", "cameo", "gold.", "source", "target", "status", "where",
                "when", "how many", "trigger"):
        events.add_column(col, overflow="fold")
    for e in analysis.events:
        qty = f"{e.quantity.value:,.0f} {e.quantity.unit or ''}" if e.quantity else ""
        where = f"{e.location.name} ({e.location.country})" if e.location else ""
        events.add_row(e.id, f"{e.type}{'/' + e.mode if e.mode else ''}", e.cameo,
                       f"{e.goldstein:+.1f}" if e.goldstein is not None else "",
                       _name(analysis, e.source), _name(analysis, e.target), e.status,
                       where, e.date or "", qty, f"s{e.evidence.sentence}: "
                       f"{e.evidence.trigger.text}")
    console.print(events)
    claims = Table(title="Claims", show_lines=False)
    for col in ("id", "grade", "attribution", "source", "flags", "text"):
        claims.add_column(col, overflow="fold")
    for c in analysis.claims:
        flags = [f"hedge:{h.text}" for h in c.hedges]
        flags += [f"loaded:{f.text}" for f in c.loaded_language]
        if c.opinion:
            flags.append("opinion")
        text = c.text if len(c.text) < 120 else c.text[:117] + "…"
        claims.add_row(c.id, c.sourcing_grade, c.attribution.type,
                       c.attribution.source_text or "", ", ".join(flags), text)
    console.print(claims)
