"""Stories of a ledger (written by ``newsledger.corroborate``): the list, filtered, and one
story with its reports, conflicts and denials."""

from __future__ import annotations

import json
from typing import Any

from ..ontology import STORY_STATUSES
from .connection import Ledger
from .filters import QueryError, as_choice, as_date
from .queries import actor_clause, resolve_actor


def _story_dict(ledger: Ledger, row: tuple[Any, ...], columns: list[str]) -> dict[str, Any]:
    story = dict(zip(columns, row, strict=True))
    story_id = story["id"]
    for key in ("source_countries", "target_countries"):
        story[key] = json.loads(story[key] or "[]")
    for key in ("date_start", "date_end"):
        story[key] = story[key].isoformat() if story[key] else None
    reports = ledger.con.execute("""
        SELECT r.doc_id, r.outlet, e.event_id, a.claim_id, r.sourcing_grade, r.independent,
               r.depends_on, r.kind, coalesce(e.evidence, '') AS text
        FROM story_reports r LEFT JOIN events e USING (event_uid)
        LEFT JOIN claims a ON a.claim_uid = r.claim_uid
        WHERE r.story_id = ? AND r.kind <> 'denial'
        ORDER BY r.kind, r.outlet NULLS LAST, r.doc_id, e.event_num""", [story_id]).fetchall()
    story["reports"] = [
        {"doc_id": d, "outlet": o, "event_id": ev, "claim_id": c, "sourcing_grade": g,
         "independent": bool(i), "depends_on": dep, "kind": k, "text": t}
        for d, o, ev, c, g, i, dep, k, t in reports]
    conflicts = ledger.con.execute(
        'SELECT field, "values", evidence FROM story_conflicts WHERE story_id = ? '
        "ORDER BY field", [story_id]).fetchall()
    story["conflicts"] = [{"field": f, "values": json.loads(v), "evidence": json.loads(e)}
                          for f, v, e in conflicts]
    denials = ledger.con.execute("""
        SELECT r.doc_id, e.event_id, coalesce(s.name, e.source_actor), e.evidence, r.outlet
        FROM story_reports r JOIN events e USING (event_uid)
        LEFT JOIN actors s ON s.actor_id = e.source_actor
        WHERE r.story_id = ? AND r.kind = 'denial' ORDER BY r.doc_id""",
                                 [story_id]).fetchall()
    story["denials"] = [{"doc_id": d, "event_id": ev, "actor": a, "text": t, "outlet": o}
                        for d, ev, a, t, o in denials]
    return story


STORY_SQL = """
SELECT s.story_id AS id, s.plover_type, s.source_countries, s.target_countries,
       s.location_country, s.date_start, s.date_end, s.quantity, s.status,
       s.independent_sources, s.n_reports, s.n_articles, s.n_outlets
FROM stories s
"""


def stories(ledger: Ledger, status: str | None = None, actor: str | None = None,
            since: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Stories with their reports, conflicts and denials, most reported first."""
    where, params = ["TRUE"], []
    if status:
        where.append("s.status = ?")
        params.append(as_choice(status, STORY_STATUSES, "status"))
    if since:
        where.append("s.date_end >= ?")
        params.append(as_date(since, "--since"))
    if actor:
        match = resolve_actor(ledger, actor)
        if not match:
            return []
        event_params: list[Any] = []
        clause = actor_clause(match, event_params)
        where.append("s.story_id IN (SELECT r.story_id FROM story_reports r JOIN events "
                     f"USING (event_uid) WHERE {clause})")
        params.extend(event_params)
    params.append(limit)
    cursor = ledger.con.execute(
        f"{STORY_SQL} WHERE {' AND '.join(where)} ORDER BY s.independent_sources DESC, "
        "s.n_articles DESC, s.date_start DESC NULLS LAST, s.story_id LIMIT ?", params)
    columns = [d[0] for d in cursor.description or []]
    return [_story_dict(ledger, row, columns) for row in cursor.fetchall()]


def story(ledger: Ledger, story_id: str) -> dict[str, Any]:
    wanted = story_id.strip()
    exact = ledger.con.execute(f"{STORY_SQL} WHERE s.story_id = ?", [wanted])
    columns = [d[0] for d in exact.description or []]
    rows = exact.fetchall()
    if rows:
        return _story_dict(ledger, rows[0], columns)
    cursor = ledger.con.execute(f"{STORY_SQL} WHERE starts_with(s.story_id, ?) LIMIT 2",
                                [wanted])
    columns = [d[0] for d in cursor.description or []]
    rows = cursor.fetchall()
    if len(rows) != 1:
        raise QueryError(f"no story {story_id!r}" if not rows
                         else f"{story_id!r} is the start of more than one story id")
    return _story_dict(ledger, rows[0], columns)
