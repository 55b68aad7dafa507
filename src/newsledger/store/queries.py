"""Questions to a ledger: events, actors, documents, dyads, one document,
counts and ingest errors. Claims are asked in ``claims_query.py``, stories in
``stories_query.py``, read-only SQL is run in ``sql.py``.

Every value from a user goes in as a query parameter, never into the SQL text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..ontology import HAPPENED_STATUSES
from .actor_match import actor_clause, match_actor
from .connection import Ledger
from .filters import EVENT_SORTS, EventFilter, QueryError, add_conditions, check_page
from .grades import add_reasons
from .lists import actor_list, articles
from .results import Table, table_of

EVENT_COLUMNS = ("e.event_date AS date", "e.plover_type AS type", "e.plover_mode AS mode",
                 "e.cameo", "e.goldstein", "e.status",
                 "coalesce(s.name, e.source_actor) AS source", "e.source_code",
                 "coalesce(t.name, e.target_actor) AS target", "e.target_code",
                 "e.location_name AS location", "e.quantity", "e.sourcing_grade AS grade",
                 "d.outlet", "e.doc_id", "e.event_id", "e.trigger", "e.evidence",
                 "e.sentence", "e.date_precision", "e.date_text")


def events(ledger: Ledger, flt: EventFilter | None = None, limit: int = 100,
           offset: int = 0) -> Table:
    """Events matching every filter of ``flt``, in its order (``EVENT_SORTS``): ``limit``
    rows after the first ``offset``, in one query (two with ``actor``). ``date`` is the
    event's own date, or the article's when ``date_precision`` is ``none`` (the text
    gives no date: the dateline fallback); ``sentence`` is the evidence's index (the
    article page's ``#s{n}``). Raises :class:`QueryError` for a negative limit or offset
    and for an actor that matches nothing or several actors (``match_actor``)."""
    flt = flt or EventFilter()
    check_page(limit, offset)
    where, params = ["TRUE"], []
    if flt.actor:
        where.append(actor_clause(match_actor(ledger, flt.actor), params))
    text = flt.q.lower() if flt.q else None
    add_conditions(
        where, params,
        (flt.country, "(e.source_country = ? OR e.target_country = ?)", [flt.country] * 2),
        (flt.type, "e.plover_type = ?", [flt.type]),
        (flt.status, "e.status = ?", [flt.status]),
        (flt.since, "e.event_date >= ?", [flt.since_date]),
        (flt.until, "e.event_date <= ?", [flt.until_date]),
        (flt.outlet, "lower(d.outlet) = lower(?)", [flt.outlet]),
        (flt.grade, "e.sourcing_grade = ?", [flt.grade]),
        (text, "(contains(lower(e.evidence), ?) OR contains(lower(e.trigger), ?) "
               "OR contains(lower(e.location_name), ?))", [text] * 3))
    order = EVENT_SORTS.sql(flt.order)
    named = " ".join([*where, order])  # the page first unless they name d, s or t
    sql = (EVENTS_SQL if re.search(r"\b[dst]\.", named) else EVENT_PAGE_SQL).format(
        columns=", ".join(EVENT_COLUMNS), where=" AND ".join(where), order=order)
    params.extend([limit, offset])
    return table_of(ledger.con.execute(sql, params))


EVENTS_SQL = """
SELECT {columns} FROM events e JOIN documents d USING (doc_id)
LEFT JOIN actors s ON s.actor_id = e.source_actor
LEFT JOIN actors t ON t.actor_id = e.target_actor
WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"""

# the same page when the filters and the order name the events' own columns only: the
# page's events first, then the outlets of their articles only (every event has its
# article: the ingest writes them together)
EVENT_PAGE_SQL = """
WITH e AS MATERIALIZED (SELECT * FROM events e WHERE {where} ORDER BY {order}
                        LIMIT ? OFFSET ?),
     d AS MATERIALIZED (SELECT doc_id, outlet FROM documents
                        WHERE doc_id IN (SELECT doc_id FROM e))
SELECT {columns} FROM e JOIN d USING (doc_id)
LEFT JOIN actors s ON s.actor_id = e.source_actor
LEFT JOIN actors t ON t.actor_id = e.target_actor
ORDER BY {order}"""


def actors(ledger: Ledger, country: str | None = None, top: int = 20) -> Table:
    """The ``top`` actors by how often they are mentioned, with their event counts (the
    first page of ``lists.actor_list``)."""
    return actor_list(ledger, country=country, limit=top)


def show(ledger: Ledger, doc_id: str) -> dict[str, Any]:
    """The stored analysis of one document (a unique id prefix is enough)."""
    rows = ledger.con.execute(
        "SELECT doc_id, analysis FROM documents WHERE starts_with(doc_id, ?) LIMIT 2",
        [doc_id.strip().lower()]).fetchall()
    if not rows:
        raise QueryError(f"no document {doc_id!r} in the ledger")
    if len(rows) > 1:
        raise QueryError(f"{doc_id!r} is the start of more than one document id")
    return json.loads(rows[0][1])


def stats(ledger: Ledger) -> dict[str, Any]:
    one = ledger.scalar
    first, last = ledger.con.execute(
        "SELECT min(date), max(date) FROM documents").fetchall()[0]
    outlets = ledger.con.execute(
        "SELECT coalesce(outlet, '(none)'), count(*) FROM documents GROUP BY 1 "
        "ORDER BY 2 DESC, 1").fetchall()
    by_type = ledger.con.execute(
        "SELECT plover_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
    return {
        "ledger": ledger.path,
        "schema_version": int(one("SELECT value FROM meta WHERE key = 'schema_version'")),
        "documents": one("SELECT count(*) FROM documents"),
        "republications": one("SELECT count(*) FROM duplicates"),
        "events": one("SELECT count(*) FROM events"),
        "claims": one("SELECT count(*) FROM claims"),
        "actors": one("SELECT count(*) FROM actors"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "ingest_errors": one("SELECT count(*) FROM ingest_errors WHERE kind = 'error'"),
        "ingest_skipped": one("SELECT count(*) FROM ingest_errors WHERE kind = 'skipped'"),
        "stories": one("SELECT count(*) FROM stories"),
        "stories_by_status": dict(ledger.con.execute(
            "SELECT status, count(*) FROM stories GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()),
        "date_range": [first.isoformat() if first else None,
                       last.isoformat() if last else None],
        "outlets": dict(outlets),
        "events_by_type": dict(by_type),
    }


def errors(ledger: Ledger, limit: int = 100, kind: str | None = None) -> Table:
    """Inputs not stored, with the reason: ``kind`` error (bad input) or skipped (not
    analysed on purpose: another language, no article, a headline only); both when None.
    Errors come first, then the newest."""
    return table_of(ledger.con.execute(
        "SELECT kind, path, reason, attempts, first_seen, last_seen FROM ingest_errors "
        "WHERE ? IS NULL OR kind = ? ORDER BY kind = 'skipped', last_seen DESC, path "
        "LIMIT ?", [kind, kind, limit]))


def documents(ledger: Ledger, limit: int = 50, offset: int = 0) -> Table:
    """Stored articles, newest first, with their event and claim counts (a page of
    ``lists.articles``)."""
    return articles(ledger, limit=limit, offset=offset)


def happened(column: str, all_statuses: bool) -> str:
    """A SQL condition: the event's status is one of ``HAPPENED_STATUSES`` (TRUE when
    ``all_statuses``); the statuses are our constants, not input."""
    if all_statuses:
        return "TRUE"
    return f"{column} IN ({', '.join(repr(s) for s in HAPPENED_STATUSES)})"


def dyads(ledger: Ledger, top: int = 10, all_statuses: bool = False) -> Table:
    """The most active source -> target pairs, counting events that happened (occurred,
    ongoing) unless ``all_statuses``."""
    return table_of(ledger.con.execute(f"""
        SELECT e.source_actor, coalesce(s.name, e.source_actor) AS source,
               e.target_actor, coalesce(t.name, e.target_actor) AS target,
               count(*) AS events, round(avg(e.goldstein), 2) AS goldstein
        FROM events e LEFT JOIN actors s ON s.actor_id = e.source_actor
        LEFT JOIN actors t ON t.actor_id = e.target_actor
        WHERE e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL
          AND {happened("e.status", all_statuses)}
        GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?""", [top]))


def claims_table(ledger: Ledger, sql: str, params: list[Any]) -> Table:
    """The rows of a claims query selecting ``why`` and ``origin_why`` (with
    ``grades.ORIGIN_JOIN``), with ``grade_reason`` and ``why`` as a list."""
    cursor = ledger.con.execute(sql, params)
    names = [d[0] for d in cursor.description or []]
    return Table(*add_reasons(names, cursor.fetchall()))
