"""Claims of a ledger, filtered and paged, each with its attribution, grade, the reason for
that grade (``grades.grade_reason``), its ``why`` and the status of its stories.

Every value from a user goes in as a query parameter, never into the SQL text.
"""

from __future__ import annotations

from typing import Any

from ..ontology import GRADES, STORY_STATUSES
from .connection import Ledger
from .filters import QueryError, as_choice
from .grades import ORIGIN_JOIN
from .queries import Table, actor_clause, claims_table, resolve_actor

# a claim takes the gravest status of the stories its events belong to
CLAIMS_SQL = """
WITH cs AS (
    SELECT r.claim_uid, CASE min(CASE s.status WHEN 'contested' THEN 1
        WHEN 'contradicted' THEN 2 WHEN 'corroborated' THEN 3
        WHEN 'single-source' THEN 4 ELSE 5 END)
        WHEN 1 THEN 'contested' WHEN 2 THEN 'contradicted'
        WHEN 3 THEN 'corroborated' WHEN 4 THEN 'single-source'
        ELSE 'unasserted' END AS status
    FROM story_reports r JOIN stories s USING (story_id)
    WHERE r.claim_uid IS NOT NULL AND r.event_uid IS NOT NULL
    GROUP BY r.claim_uid)
SELECT c.doc_id, c.claim_id, c.sourcing_grade AS grade, a.type, a.source_text AS source,
       cs.status, c.hedged, c.loaded, c.opinion, d.outlet, c.text, c.why,
       o.why AS origin_why
FROM claims c JOIN attributions a USING (claim_uid) JOIN documents d USING (doc_id)
LEFT JOIN cs USING (claim_uid)
{origin}
WHERE {where}
ORDER BY d.date DESC NULLS LAST, c.doc_id, c.sentence LIMIT ? OFFSET ?"""


def claims(ledger: Ledger, grade: str | None = None, actor: str | None = None,
           hedged: bool | None = None, loaded: bool | None = None, limit: int = 100,
           status: str | None = None, offset: int = 0) -> Table:
    """Claims, newest article first: ``limit`` rows after the first ``offset``.

    Columns: doc_id, claim_id, grade (A–E), grade_reason (which rule gave the grade, in
    words, or None), type (of attribution), source (as written), status (the gravest of
    its stories', or None), hedged, loaded, opinion, outlet, text, why (the rule ids, a
    list). ``actor`` matches the cited source or an actor of the claim's events; ``status``
    a story status. Raises :class:`QueryError` for an unknown grade or status, or a
    negative limit or offset."""
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset must not be negative")
    where, params = ["TRUE"], []
    if grade:
        where.append("c.sourcing_grade = ?")
        params.append(as_choice(grade.upper(), GRADES, "grade"))
    if hedged is not None:
        where.append("c.hedged = ?")
        params.append(hedged)
    if loaded is not None:
        where.append("c.loaded = ?")
        params.append(loaded)
    if actor:
        match = resolve_actor(ledger, actor)
        if not match:
            where.append("FALSE")  # no such actor: no rows, the same columns
        else:
            ids = sorted(match.ids) or [""]
            marks = ", ".join("?" for _ in ids)
            event_params: list[Any] = []
            clause = actor_clause(match, event_params)
            where.append(f"(a.source_actor IN ({marks}) OR c.claim_uid IN "
                         f"(SELECT claim_uid FROM events WHERE {clause}))")
            params.extend(ids + event_params)
    if status:
        where.append("cs.status = ?")
        params.append(as_choice(status, STORY_STATUSES, "status"))
    params.extend([limit, offset])
    return claims_table(ledger, CLAIMS_SQL.format(origin=ORIGIN_JOIN,
                                                  where=" AND ".join(where)), params)
