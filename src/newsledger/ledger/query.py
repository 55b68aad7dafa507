"""Questions to a ledger: events, actors, claims, one document, counts, and read-only SQL.

Every value from a user goes in as a query parameter, never into the SQL text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import duckdb

from ..ontology import GRADES, STORY_STATUSES
from ..store.filters import EventFilter, QueryError, as_choice, as_date
from .store import Ledger, LedgerError

CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")


@dataclass
class Table:
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


def _table(cursor: duckdb.DuckDBPyConnection) -> Table:
    columns = [d[0] for d in cursor.description or []]
    return Table(columns, cursor.fetchall())


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


def _actor_clause(match: ActorMatch, params: list[Any]) -> str:
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
        where.append(_actor_clause(match, params))
    if flt.country:
        where.append("(e.source_country = ? OR e.target_country = ?)")
        params.extend([flt.country, flt.country])
    if flt.type:
        where.append("e.plover_type = ?")
        params.append(flt.type)
    if flt.status:
        where.append("e.status = ?")
        params.append(flt.status)
    if flt.since:
        where.append("e.event_date >= ?")
        params.append(flt.since_date)
    if flt.until:
        where.append("e.event_date <= ?")
        params.append(flt.until_date)
    if flt.outlet:
        where.append("lower(d.outlet) = lower(?)")
        params.append(flt.outlet)
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
    return _table(ledger.con.execute(sql, params))


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
    return _table(ledger.con.execute(sql, params))


def claims(ledger: Ledger, grade: str | None = None, actor: str | None = None,
           hedged: bool | None = None, loaded: bool | None = None, limit: int = 100,
           status: str | None = None) -> Table:
    """Claims with their attribution and grade; ``actor`` matches the cited source or an
    actor of the claim's events."""
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
            return Table(["doc_id", "claim_id", "grade", "type", "source", "text"], [])
        ids = sorted(match.ids) or [""]
        marks = ", ".join("?" for _ in ids)
        event_params: list[Any] = []
        clause = _actor_clause(match, event_params)
        where.append(f"(a.source_actor IN ({marks}) OR c.claim_uid IN "
                     f"(SELECT claim_uid FROM events WHERE {clause}))")
        params.extend(ids + event_params)
    if status:
        where.append("cs.status = ?")
        params.append(as_choice(status, STORY_STATUSES, "status"))
    params.append(limit)
    # a claim takes the gravest status of the stories its events belong to
    sql = f"""
        WITH cs AS (
            SELECT r.claim_uid, CASE min(CASE s.status WHEN 'contested' THEN 1
                WHEN 'contradicted' THEN 2 WHEN 'corroborated' THEN 3 ELSE 4 END)
                WHEN 1 THEN 'contested' WHEN 2 THEN 'contradicted'
                WHEN 3 THEN 'corroborated' ELSE 'single-source' END AS status
            FROM story_reports r JOIN stories s USING (story_id)
            WHERE r.claim_uid IS NOT NULL AND r.kind = 'report' GROUP BY r.claim_uid)
        SELECT c.doc_id, c.claim_id, c.sourcing_grade AS grade, a.type,
               a.source_text AS source, cs.status, c.hedged, c.loaded, c.opinion, d.outlet,
               c.text
        FROM claims c JOIN attributions a USING (claim_uid) JOIN documents d USING (doc_id)
        LEFT JOIN cs USING (claim_uid)
        WHERE {' AND '.join(where)}
        ORDER BY d.date DESC NULLS LAST, c.doc_id, c.sentence LIMIT ?"""
    return _table(ledger.con.execute(sql, params))


def show(ledger: Ledger, doc_id: str) -> dict[str, Any]:
    """The stored analysis of one document (a unique id prefix is enough)."""
    rows = ledger.con.execute(
        "SELECT doc_id, analysis FROM documents WHERE starts_with(doc_id, ?) LIMIT 2",
        [doc_id.strip().lower()]).fetchall()
    if not rows:
        raise QueryError(f"no document {doc_id!r} in {ledger.path}")
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
        "ingest_errors": one("SELECT count(*) FROM ingest_errors"),
        "stories": one("SELECT count(*) FROM stories"),
        "stories_by_status": dict(ledger.con.execute(
            "SELECT status, count(*) FROM stories GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()),
        "date_range": [first.isoformat() if first else None,
                       last.isoformat() if last else None],
        "outlets": dict(outlets),
        "events_by_type": dict(by_type),
    }


def errors(ledger: Ledger, limit: int = 100) -> Table:
    return _table(ledger.con.execute(
        "SELECT path, reason, attempts, first_seen, last_seen FROM ingest_errors "
        "ORDER BY last_seen DESC, path LIMIT ?", [limit]))


def run_sql(path: str, query: str) -> Table:
    """Run one statement on a connection that cannot write: the file is opened read-only
    and access to other files is switched off."""
    Ledger(path, read_only=True).close()  # a ledger, and migrated if it was old
    con = duckdb.connect(":memory:")
    try:
        literal = "'" + str(path).replace("'", "''") + "'"
        con.execute(f"ATTACH {literal} AS ledger (READ_ONLY)")
        con.execute("USE ledger")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        try:
            return _table(con.execute(query))
        except duckdb.Error as exc:
            raise QueryError(str(exc).splitlines()[0]) from None
    finally:
        con.close()






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
        clause = _actor_clause(match, event_params)
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



def documents(ledger: Ledger, limit: int = 50, offset: int = 0) -> Table:
    """Stored articles, newest first, with their event and claim counts."""
    return _table(ledger.con.execute("""
        SELECT d.doc_id, d.title, d.date, d.outlet, d.url,
               (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS events,
               (SELECT count(*) FROM claims c WHERE c.doc_id = d.doc_id) AS claims
        FROM documents d ORDER BY d.date DESC NULLS LAST, d.ingested_at DESC, d.doc_id
        LIMIT ? OFFSET ?""", [limit, offset]))


def dyads(ledger: Ledger, top: int = 10) -> Table:
    """The most active source -> target pairs."""
    return _table(ledger.con.execute("""
        SELECT e.source_actor, coalesce(s.name, e.source_actor) AS source,
               e.target_actor, coalesce(t.name, e.target_actor) AS target,
               count(*) AS events, round(avg(e.goldstein), 2) AS goldstein
        FROM events e LEFT JOIN actors s ON s.actor_id = e.source_actor
        LEFT JOIN actors t ON t.actor_id = e.target_actor
        WHERE e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL
        GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?""", [top]))


def actor(ledger: Ledger, actor_id: str) -> dict[str, Any]:
    """One actor: its events as source and target, monthly Goldstein and quad-class
    counts, its counterparts, claims about it and its own statements."""
    row = ledger.con.execute(
        "SELECT actor_id, name, kind, country, sector, cameo_code, office, since, source, "
        "aliases FROM actors WHERE actor_id = ?", [actor_id]).fetchall()
    row = row[0] if row else None
    if row is None:
        raise QueryError(f"no actor {actor_id!r}")
    keys = ("actor_id", "name", "kind", "country", "sector", "cameo_code", "office", "since",
            "source", "aliases")
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
        out[role] = _table(ledger.con.execute(
            events_sql.format(mine=mine, other=other), [actor_id])).records()
    out["monthly"] = _table(ledger.con.execute("""
        SELECT strftime(date_trunc('month', event_date), '%Y-%m') AS month,
               count(*) AS events, round(avg(goldstein), 2) AS goldstein,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
               count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict
        FROM events WHERE (source_actor = ? OR target_actor = ?) AND event_date IS NOT NULL
        GROUP BY 1 ORDER BY 1""", [actor_id, actor_id])).records()
    out["neighbours"] = _table(ledger.con.execute("""
        SELECT other AS actor_id, coalesce(a.name, other) AS name, count(*) AS events,
               round(avg(goldstein), 2) AS goldstein
        FROM (SELECT CASE WHEN source_actor = ? THEN target_actor ELSE source_actor END
                     AS other, goldstein
              FROM events WHERE (source_actor = ? OR target_actor = ?)) x
        LEFT JOIN actors a ON a.actor_id = x.other
        WHERE other IS NOT NULL AND other <> ?
        GROUP BY 1, 2 ORDER BY events DESC, name LIMIT 20""",
        [actor_id, actor_id, actor_id, actor_id])).records()
    out["statements"] = _table(ledger.con.execute("""
        SELECT c.doc_id, c.claim_id, c.sourcing_grade AS grade, c.text
        FROM claims c JOIN attributions a USING (claim_uid) WHERE a.source_actor = ?
        ORDER BY c.doc_id, c.sentence LIMIT 50""", [actor_id])).records()
    out["claims_about"] = _table(ledger.con.execute("""
        SELECT DISTINCT c.doc_id, c.claim_id, c.sourcing_grade AS grade, c.text, c.sentence
        FROM claims c JOIN events e ON e.claim_uid = c.claim_uid
        WHERE e.source_actor = ? OR e.target_actor = ?
        ORDER BY c.doc_id, c.sentence LIMIT 50""", [actor_id, actor_id])).records()
    return out


__all__ = ["ActorMatch", "LedgerError", "QueryError", "Table", "actor", "actors", "as_choice",
           "as_date", "claims", "documents", "dyads", "errors", "events", "resolve_actor",
           "run_sql", "show", "stats", "stories", "story"]
