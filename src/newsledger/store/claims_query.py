"""Claims of a ledger, filtered, sorted and paged, each with its attribution, grade, the
reason for that grade (``grades.grade_reason``), its ``why`` and the status of its stories.

Every value from a user goes in as a query parameter, never into the SQL text.
"""

from __future__ import annotations

from typing import Any

from ..ontology import PLOVER_TYPES, STORY_STATUSES
from .actor_match import actor_clause, match_actor
from .connection import Ledger
from .filters import (
    AZ,
    NEWEST,
    add_conditions,
    as_choice,
    as_date,
    as_grade,
    as_text,
    check_page,
    sorts,
)
from .grades import ORIGIN_JOIN
from .queries import Table, claims_table

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
       cs.status, c.hedged, c.loaded, c.opinion, d.outlet, d.date, c.sentence, c.text,
       c.why, o.why AS origin_why
FROM claims c JOIN attributions a USING (claim_uid) JOIN documents d USING (doc_id)
LEFT JOIN cs USING (claim_uid)
{origin}
WHERE {where}
ORDER BY {order} LIMIT ? OFFSET ?"""

CLAIM_SORTS = sorts(
    "date", "c.doc_id, c.sentence, c.claim_uid",
    date=(("d.date", NEWEST),),
    grade=(("c.sourcing_grade", AZ), ("d.date", NEWEST)),
    status=(("cs.status", AZ), ("d.date", NEWEST)),
    outlet=(("lower(d.outlet)", AZ), ("d.date", NEWEST)),
    source=(("lower(a.source_text)", AZ), ("d.date", NEWEST)),
    type=(("a.type", AZ), ("d.date", NEWEST)))


def claims(ledger: Ledger, grade: str | None = None, actor: str | None = None,
           hedged: bool | None = None, loaded: bool | None = None, limit: int = 100,
           status: str | None = None, offset: int = 0, *, outlet: str | None = None,
           type: str | None = None, since: str | None = None, until: str | None = None,
           q: str | None = None, sort: str | None = None) -> Table:
    """Claims in the order ``sort`` (``CLAIM_SORTS``; newest article first by default):
    ``limit`` rows after the first ``offset``, in one query (two with ``actor``).

    Columns: doc_id, claim_id, grade (A–E), grade_reason (which rule gave the grade, in
    words, or None), type (of attribution), source (as written), status (the gravest of
    its stories', or None), hedged, loaded, opinion, outlet, date (the article's),
    sentence (its index: the article page's ``#s{n}``), text, why (the rule ids, a list).
    ``actor`` matches the cited source or an actor of the claim's events (see
    ``actor_match.match_actor``); ``status`` a story status; ``type`` a PLOVER type of
    one of its events; ``outlet`` the article's outlet (case-insensitive);
    ``since``/``until`` the article's date (inclusive); ``q`` a substring of its text or
    source (case-insensitive). Raises :class:`QueryError` for an unknown grade, status,
    type or sort, a bad date, an actor that matches nothing or several actors, or a
    negative limit or offset."""
    check_page(limit, offset)
    where, params = ["TRUE"], []
    if hedged is not None:
        where.append("c.hedged = ?")
        params.append(hedged)
    if loaded is not None:
        where.append("c.loaded = ?")
        params.append(loaded)
    if actor:
        match = match_actor(ledger, actor)
        ids = sorted(match.ids) or [""]
        marks = ", ".join("?" for _ in ids)
        event_params: list[Any] = []
        clause = actor_clause(match, event_params)
        where.append(f"(a.source_actor IN ({marks}) OR c.claim_uid IN "
                     f"(SELECT claim_uid FROM events WHERE {clause}))")
        params.extend(ids + event_params)
    text = as_text(q)
    add_conditions(
        where, params,
        (grade, "c.sourcing_grade = ?", [as_grade(grade)]),
        (status, "cs.status = ?", [as_choice(status, STORY_STATUSES, "status")]),
        (outlet, "lower(d.outlet) = lower(?)", [outlet]),
        (type, "c.claim_uid IN (SELECT claim_uid FROM events WHERE plover_type = ?)",
         [as_choice(type, PLOVER_TYPES, "type")]),
        (since, "d.date >= ?", [as_date(since, "since")]),
        (until, "d.date <= ?", [as_date(until, "until")]),
        (text, "(contains(lower(c.text), ?) OR contains(lower(a.source_text), ?))",
         [(text or "").lower()] * 2))
    params.extend([limit, offset])
    return claims_table(ledger, CLAIMS_SQL.format(
        origin=ORIGIN_JOIN, where=" AND ".join(where), order=CLAIM_SORTS.sql(sort)), params)
