"""Questions to a ledger: events, actors, documents, dyads, one actor, one document,
counts and ingest errors. Claims are asked in ``claims_query.py``, stories in
``stories_query.py``, read-only SQL is run in ``sql.py``.

Every value from a user goes in as a query parameter, never into the SQL text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import duckdb

from ..ontology import HAPPENED_STATUSES
from .connection import Ledger
from .filters import EventFilter, QueryError
from .grades import ORIGIN_JOIN, add_reasons
from .tables import ActorRow, columns, quoted

CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")


@dataclass
class Table:
    """A query result: column names and rows (the CLI prints it, the web serves it)."""

    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass
class ActorMatch:
    """What an --actor value stands for: actor ids, codes, or whole countries."""

    ids: set[str]
    codes: set[str]
    countries: set[str]
    prefixes: set[str]

    def __bool__(self) -> bool:
        return bool(self.ids or self.codes or self.countries or self.prefixes)


def table_of(cursor: duckdb.DuckDBPyConnection) -> Table:
    """The rest of a cursor's result as a Table."""
    names = [d[0] for d in cursor.description or []]
    return Table(names, cursor.fetchall())


def resolve_actor(ledger: Ledger, value: str) -> ActorMatch:
    """Names and aliases match case-insensitively ("Pakistan Army", "pakistani army");
    a code matches itself and longer codes ("PAK" = every Pakistani actor)."""
    match = ActorMatch(set(), set(), set(), set())
    wanted = value.strip().lower()
    if CODE.match(value.strip()):
        match.prefixes.add(value.strip())
    rows = ledger.con.execute(
        "SELECT actor_id, name, kind, country, cameo_code, aliases FROM actors").fetchall()
    for actor_id, name, kind, country, code, aliases in rows:
        names = {actor_id.lower(), (name or "").lower()}
        names.update(a.lower() for a in json.loads(aliases or "[]"))
        if wanted not in names:
            continue
        if kind == "country" and country:
            match.countries.add(country)
        else:
            match.ids.add(actor_id)
            if code:
                match.codes.add(code)
    return match


def actor_clause(match: ActorMatch, params: list[Any]) -> str:
    parts = []
    if match.ids:
        marks = ", ".join("?" for _ in match.ids)
        parts.append(f"source_actor IN ({marks}) OR target_actor IN ({marks})")
        params.extend(sorted(match.ids) * 2)
    if match.codes:
        marks = ", ".join("?" for _ in match.codes)
        parts.append(f"source_code IN ({marks}) OR target_code IN ({marks})")
        params.extend(sorted(match.codes) * 2)
    if match.countries:
        marks = ", ".join("?" for _ in match.countries)
        parts.append(f"source_country IN ({marks}) OR target_country IN ({marks})")
        params.extend(sorted(match.countries) * 2)
    for prefix in sorted(match.prefixes):
        parts.append("starts_with(source_code, ?) OR starts_with(target_code, ?)")
        params.extend([prefix, prefix])
    return "(" + " OR ".join(parts) + ")"


EVENT_COLUMNS = ("e.event_date AS date", "e.plover_type AS type", "e.plover_mode AS mode",
                 "e.cameo", "e.goldstein", "e.status",
                 "coalesce(s.name, e.source_actor) AS source", "e.source_code",
                 "coalesce(t.name, e.target_actor) AS target", "e.target_code",
                 "e.location_name AS location", "e.quantity", "e.sourcing_grade AS grade",
                 "d.outlet", "e.doc_id", "e.event_id", "e.trigger", "e.evidence")


def events(ledger: Ledger, flt: EventFilter | None = None, limit: int = 100,
           offset: int = 0) -> Table:
    """Events matching every filter of ``flt``, newest first (or most significant first)."""
    flt = flt or EventFilter()
    where, params = ["TRUE"], []
    if flt.actor:
        match = resolve_actor(ledger, flt.actor)
        if not match:
            return Table([c.split(" AS ")[-1].split(".")[-1] for c in EVENT_COLUMNS], [])
        where.append(actor_clause(match, params))
    for value, clause, args in (
            (flt.country, "(e.source_country = ? OR e.target_country = ?)", [flt.country] * 2),
            (flt.type, "e.plover_type = ?", [flt.type]),
            (flt.status, "e.status = ?", [flt.status]),
            (flt.since, "e.event_date >= ?", [flt.since_date]),
            (flt.until, "e.event_date <= ?", [flt.until_date]),
            (flt.outlet, "lower(d.outlet) = lower(?)", [flt.outlet])):
        if value:
            where.append(clause)
            params.extend(args)
    ordering = {"date": "e.event_date DESC NULLS LAST, e.event_num",
                "significance": "abs(e.goldstein) DESC NULLS LAST, e.quad_class DESC, "
                                "e.event_date DESC NULLS LAST, e.event_num"}[flt.order]
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset must not be negative")
    sql = (f"SELECT {', '.join(EVENT_COLUMNS)} FROM events e "
           "JOIN documents d USING (doc_id) "
           "LEFT JOIN actors s ON s.actor_id = e.source_actor "
           "LEFT JOIN actors t ON t.actor_id = e.target_actor "
           f"WHERE {' AND '.join(where)} ORDER BY {ordering} LIMIT ? OFFSET ?")
    params.extend([limit, offset])
    return table_of(ledger.con.execute(sql, params))


def actors(ledger: Ledger, country: str | None = None, top: int = 20) -> Table:
    """Actors by how often they are mentioned, with their event counts."""
    params: list[Any] = []
    where = "TRUE"
    if country:
        where = "a.country = ?"
        params.append(country.upper())
    params.append(top)
    sql = f"""
        WITH m AS (SELECT actor_id, count(*) AS mentions, count(DISTINCT doc_id) AS documents
                   FROM mentions GROUP BY actor_id),
             s AS (SELECT source_actor AS actor_id, count(*) AS n FROM events
                   GROUP BY source_actor),
             t AS (SELECT target_actor AS actor_id, count(*) AS n FROM events
                   GROUP BY target_actor)
        SELECT a.actor_id, a.name, a.kind, a.country, a.cameo_code AS code,
               coalesce(m.mentions, 0) AS mentions, coalesce(m.documents, 0) AS documents,
               coalesce(s.n, 0) AS as_source, coalesce(t.n, 0) AS as_target
        FROM actors a LEFT JOIN m USING (actor_id) LEFT JOIN s USING (actor_id)
             LEFT JOIN t USING (actor_id)
        WHERE {where}
        ORDER BY mentions DESC, as_source + as_target DESC, a.actor_id LIMIT ?"""
    return table_of(ledger.con.execute(sql, params))


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
    """Stored articles, newest first, with their event and claim counts."""
    return table_of(ledger.con.execute("""
        SELECT d.doc_id, d.title, d.date, d.outlet, d.url,
               (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS events,
               (SELECT count(*) FROM claims c WHERE c.doc_id = d.doc_id) AS claims
        FROM documents d ORDER BY d.date DESC NULLS LAST, d.ingested_at DESC, d.doc_id
        LIMIT ? OFFSET ?""", [limit, offset]))


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


def actor(ledger: Ledger, actor_id: str, all_statuses: bool = False) -> dict[str, Any]:
    """One actor: its events as source and target (every status), monthly Goldstein and
    quad-class counts and its counterparts (events that happened, unless
    ``all_statuses``), claims about it and its own statements."""
    done = happened("status", all_statuses)
    keys = columns(ActorRow)
    row = ledger.con.execute(f"SELECT {quoted(keys)} FROM actors WHERE actor_id = ?",
                             [actor_id]).fetchall()
    row = row[0] if row else None
    if row is None:
        raise QueryError(f"no actor {actor_id!r}")
    out: dict[str, Any] = dict(zip(keys, row, strict=True))
    out["aliases"] = json.loads(out["aliases"] or "[]")
    events_sql = """
        SELECT e.event_date AS date, e.plover_type AS type, e.status, e.goldstein,
               e.source_actor, e.target_actor, coalesce(o.name, {other}) AS counterpart,
               e.doc_id, e.event_id, e.evidence
        FROM events e LEFT JOIN actors o ON o.actor_id = {other}
        WHERE {mine} = ? ORDER BY e.event_date DESC NULLS LAST, e.event_num LIMIT 200"""
    for role, mine, other in (("as_source", "e.source_actor", "e.target_actor"),
                              ("as_target", "e.target_actor", "e.source_actor")):
        out[role] = table_of(ledger.con.execute(
            events_sql.format(mine=mine, other=other), [actor_id])).records()
    out["monthly"] = table_of(ledger.con.execute("""
        SELECT strftime(date_trunc('month', event_date), '%Y-%m') AS month,
               count(*) AS events, round(avg(goldstein), 2) AS goldstein,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
               count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict
        FROM events WHERE (source_actor = ? OR target_actor = ?) AND event_date IS NOT NULL
          AND """ + done + """
        GROUP BY 1 ORDER BY 1""", [actor_id, actor_id])).records()
    out["neighbours"] = table_of(ledger.con.execute("""
        SELECT other AS actor_id, coalesce(a.name, other) AS name, count(*) AS events,
               round(avg(goldstein), 2) AS goldstein
        FROM (SELECT CASE WHEN source_actor = ? THEN target_actor ELSE source_actor END
                     AS other, goldstein
              FROM events WHERE (source_actor = ? OR target_actor = ?) AND """ + done + """) x
        LEFT JOIN actors a ON a.actor_id = x.other
        WHERE other IS NOT NULL AND other <> ?
        GROUP BY 1, 2 ORDER BY events DESC, name LIMIT 20""",
        [actor_id, actor_id, actor_id, actor_id])).records()
    out["statements"] = claims_table(ledger, f"""
        SELECT c.doc_id, c.claim_id, c.sourcing_grade AS grade, c.text, c.why,
               o.why AS origin_why
        FROM claims c JOIN attributions a USING (claim_uid) {ORIGIN_JOIN}
        WHERE a.source_actor = ? ORDER BY c.doc_id, c.sentence LIMIT 50""", [actor_id]).records()
    out["claims_about"] = claims_table(ledger, f"""
        SELECT DISTINCT c.doc_id, c.claim_id, c.sourcing_grade AS grade, c.text, c.sentence,
               c.why, o.why AS origin_why
        FROM claims c JOIN events e ON e.claim_uid = c.claim_uid {ORIGIN_JOIN}
        WHERE e.source_actor = ? OR e.target_actor = ?
        ORDER BY c.doc_id, c.sentence LIMIT 50""", [actor_id, actor_id]).records()
    return out


def claims_table(ledger: Ledger, sql: str, params: list[Any]) -> Table:
    """The rows of a claims query selecting ``why`` and ``origin_why`` (with
    ``grades.ORIGIN_JOIN``), with ``grade_reason`` and ``why`` as a list."""
    cursor = ledger.con.execute(sql, params)
    names = [d[0] for d in cursor.description or []]
    return Table(*add_reasons(names, cursor.fetchall()))
