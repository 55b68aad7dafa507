"""One actor: who it is, what it belongs to (its country, its sector) and what belongs to
it (the roll-up), its events, counterparts, statements and claims about it, newest first.

Belonging is read from the actors table (``docs/schema.md``, "actors"):
- a country actor (``kind`` country, e.g. ``PAK``) holds every other actor whose
  ``country`` is its country: its sectors (``PAKGOV``, ``PAKMIL``…) and named
  organisations and persons (``pak-army``, ``shehbaz-sharif``…);
- a code actor, whose id is its CAMEO code (a sector such as ``PAKMIL``, or an
  organisation such as ``IGOUNO``), holds every other actor whose code starts with it
  (``pak-army`` and ``asim-munir`` are ``PAKMIL``);
- any other actor holds nothing.
An actor's parents are its country actor and the longest code actor whose code begins its
own. Every value from a user goes in as a query parameter, never into the SQL text.
"""

from __future__ import annotations

import json
from typing import Any

from .connection import Ledger
from .filters import QueryError
from .grades import ORIGIN_JOIN, add_reasons
from .queries import happened
from .series import ActorSet, events_by_month
from .tables import ActorRow, columns, quoted

LIST_LIMIT = 50  # rows of each list on one page of an actor (events: a page, with offset)
COUNTERPARTS = 20

# The sets of actors an actor stands for (fixed SQL; the actor's id, country or code as
# the one parameter).
SELF = "SELECT ?"
COUNTRY_MEMBERS = "SELECT actor_id FROM actors WHERE country = ?"
CODE_MEMBERS = "SELECT actor_id FROM actors WHERE starts_with(cameo_code, ?)"


def rows(ledger: Ledger, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """The result of ``sql`` as a list of dicts."""
    cursor = ledger.con.execute(sql, params)
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def profile(ledger: Ledger, actor_id: str) -> dict[str, Any]:
    """The actor's row (``ActorRow`` columns, ``aliases`` as a list); an unknown id
    raises :class:`QueryError`."""
    keys = columns(ActorRow)
    found = ledger.con.execute(f"SELECT {quoted(keys)} FROM actors WHERE actor_id = ?",
                               [actor_id]).fetchall()
    if not found:
        raise QueryError(f"no actor {actor_id!r}")
    out: dict[str, Any] = dict(zip(keys, found[0], strict=True))
    out["aliases"] = json.loads(out["aliases"] or "[]")
    return out


def member_set(actor: dict[str, Any]) -> ActorSet | None:
    """The actors that belong to ``actor`` (itself included), or None when nothing can
    belong to it (see the module's rules)."""
    if actor["kind"] == "country" and actor["country"]:
        return ActorSet(COUNTRY_MEMBERS, [actor["country"]])
    if actor["cameo_code"] and actor["actor_id"] == actor["cameo_code"]:
        return ActorSet(CODE_MEMBERS, [actor["cameo_code"]])
    return None


def parents(ledger: Ledger, actor: dict[str, Any]) -> list[dict[str, Any]]:
    """What ``actor`` belongs to, widest first: ``[{actor_id, name, kind, relation}]``
    with relation ``country`` (its country actor) or ``code`` (the longest code actor
    whose code begins its own)."""
    out = []
    if actor["country"] and actor["kind"] != "country":
        out += rows(ledger, """
            SELECT actor_id, name, kind, 'country' AS relation FROM actors
            WHERE kind = 'country' AND country = ? ORDER BY actor_id LIMIT 1""",
                    [actor["country"]])
    if actor["cameo_code"]:
        out += rows(ledger, """
            SELECT actor_id, name, kind, 'code' AS relation FROM actors
            WHERE actor_id = cameo_code AND kind <> 'country' AND actor_id <> ?
              AND starts_with(?, cameo_code)
            ORDER BY length(cameo_code) DESC, actor_id LIMIT 1""",
                    [actor["actor_id"], actor["cameo_code"]])
    return out


def members(ledger: Ledger, actor_id: str, belong: ActorSet) -> list[dict[str, Any]]:
    """Each actor of ``belong`` but ``actor_id``, with the events it takes part in (as
    source or target; every status; an event counts once per actor), those that happened
    (occurred, ongoing), and its newest event date; most events first."""
    return rows(ledger, f"""
        WITH part AS (
            SELECT source_actor AS actor_id, event_uid, event_date, status FROM events
            WHERE source_actor IN ({belong.sql})
            UNION
            SELECT target_actor, event_uid, event_date, status FROM events
            WHERE target_actor IN ({belong.sql}))
        SELECT a.actor_id, a.name, a.kind, a.sector, a.cameo_code AS code,
               count(p.event_uid) AS events,
               count(p.event_uid) FILTER (WHERE {happened("p.status", False)})
                   AS happened,
               max(p.event_date) AS last
        FROM actors a LEFT JOIN part p USING (actor_id)
        WHERE a.actor_id IN ({belong.sql}) AND a.actor_id <> ?
        GROUP BY ALL ORDER BY events DESC, last DESC NULLS LAST, a.actor_id""",
                [*belong.params, *belong.params, *belong.params, actor_id])


def totals(ledger: Ledger, actor_id: str, belong: ActorSet | None,
           member_rows: list[dict[str, Any]]) -> dict[str, int]:
    """How the counts add up (every status): ``self`` (the actor's own events),
    ``members`` (the sum of its members' rows), ``between`` (events whose source and
    target are two different actors of the roll-up: counted on two rows) and ``rollup``
    (distinct events of the actor or any member) = self + members - between."""
    own = ledger.scalar("SELECT count(*) FROM events WHERE source_actor = ? OR "
                        "target_actor = ?", [actor_id, actor_id])
    if belong is None:
        return {"self": own, "members": 0, "between": 0, "rollup": own}
    clause, params = belong.involves()
    rollup = ledger.scalar(f"SELECT count(*) FROM events WHERE {clause}", params)
    between = ledger.scalar(f"""
        SELECT count(*) FROM events WHERE source_actor IN ({belong.sql})
          AND target_actor IN ({belong.sql}) AND source_actor <> target_actor""",
                            [*belong.params, *belong.params])
    return {"self": own, "members": sum(m["events"] for m in member_rows),
            "between": between, "rollup": rollup}


def event_page(ledger: Ledger, scope: ActorSet, limit: int, offset: int
               ) -> list[dict[str, Any]]:
    """The events of ``scope`` (every status), newest first; ties by the order they were
    stored in (``event_num``). Each with ``total``: how many there are in all."""
    clause, params = scope.involves("e")
    return rows(ledger, f"""
        SELECT e.event_date AS date, e.date_precision, e.plover_type AS type, e.status,
               e.quad_class, e.goldstein, e.source_actor,
               coalesce(s.name, e.source_actor) AS source, e.target_actor,
               coalesce(t.name, e.target_actor) AS target, e.doc_id, e.event_id,
               e.sentence, e.evidence, count(*) OVER () AS total
        FROM events e LEFT JOIN actors s ON s.actor_id = e.source_actor
             LEFT JOIN actors t ON t.actor_id = e.target_actor
        WHERE {clause}
        ORDER BY e.event_date DESC NULLS LAST, e.event_num DESC LIMIT ? OFFSET ?""",
                [*params, limit, offset])


def counterparts(ledger: Ledger, scope: ActorSet, all_statuses: bool
                 ) -> list[dict[str, Any]]:
    """The actors outside ``scope`` that its events involve (events that happened unless
    ``all_statuses``): most events first, then the newest, then the id; the first
    ``COUNTERPARTS``, each with ``total`` (how many counterparts in all)."""
    return rows(ledger, f"""
        WITH x AS (
            SELECT CASE WHEN source_actor IN ({scope.sql}) THEN target_actor
                        ELSE source_actor END AS other, goldstein, event_date
            FROM events
            WHERE (source_actor IN ({scope.sql}) OR target_actor IN ({scope.sql}))
              AND {happened("status", all_statuses)})
        SELECT other AS actor_id, coalesce(a.name, other) AS name, count(*) AS events,
               round(avg(goldstein), 2) AS goldstein, max(event_date) AS last,
               count(*) OVER () AS total
        FROM x LEFT JOIN actors a ON a.actor_id = x.other
        WHERE other IS NOT NULL AND other NOT IN ({scope.sql})
        GROUP BY 1, 2 ORDER BY events DESC, last DESC NULLS LAST, actor_id LIMIT ?""",
                [*scope.params * 4, COUNTERPARTS])


def claim_rows(ledger: Ledger, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Claim rows with ``why`` as a list and ``grade_reason`` (``grades.add_reasons``)."""
    cursor = ledger.con.execute(sql, params)
    names, found = add_reasons([d[0] for d in cursor.description or []], cursor.fetchall())
    return [dict(zip(names, row, strict=True)) for row in found]


CLAIM_COLUMNS = ("d.date, c.doc_id, c.claim_id, c.sentence, c.sourcing_grade AS grade, "
                 "c.text, c.why, o.why AS origin_why, count(*) OVER () AS total")
CLAIM_ORDER = "ORDER BY d.date DESC NULLS LAST, c.doc_id, c.sentence, c.claim_id LIMIT ?"


def statements(ledger: Ledger, scope: ActorSet) -> list[dict[str, Any]]:
    """Claims whose cited source is in ``scope``: the newest article first, then the
    article's id and the sentence; the first ``LIST_LIMIT``, each with ``total``."""
    return claim_rows(ledger, f"""
        SELECT {CLAIM_COLUMNS}
        FROM claims c JOIN attributions a USING (claim_uid) JOIN documents d USING (doc_id)
             {ORIGIN_JOIN}
        WHERE a.source_actor IN ({scope.sql}) {CLAIM_ORDER}""", [*scope.params, LIST_LIMIT])


def claims_about(ledger: Ledger, scope: ActorSet) -> list[dict[str, Any]]:
    """Claims with an event whose source or target is in ``scope``, ordered as
    :func:`statements`; the first ``LIST_LIMIT``, each with ``total``."""
    clause, params = scope.involves("e")
    return claim_rows(ledger, f"""
        SELECT {CLAIM_COLUMNS}
        FROM claims c JOIN documents d USING (doc_id) {ORIGIN_JOIN}
        WHERE c.claim_uid IN (SELECT e.claim_uid FROM events e WHERE {clause})
        {CLAIM_ORDER}""", [*params, LIST_LIMIT])


def actor(ledger: Ledger, actor_id: str, all_statuses: bool = False,
          rollup: bool | None = None, limit: int = LIST_LIMIT, offset: int = 0
          ) -> dict[str, Any]:
    """One actor's page as data.

    The actor's row (``ActorRow`` columns), then ``parents`` (:func:`parents`),
    ``members`` (:func:`members`, ``[]`` when nothing belongs to it), ``totals``
    (:func:`totals`), ``rollup`` (True when the lists and the timeline count the actor
    and its members, False for the actor alone; by default True when it has members),
    ``events`` (a page of ``limit`` after ``offset``, every status) and ``events_total``,
    ``monthly`` (``series.events_by_month`` of the scope: events that happened unless
    ``all_statuses``, with ``undated``), ``neighbours`` (counterparts outside the scope),
    ``statements`` and ``claims_about`` (claims, newest article first), each list with
    its ``*_total``. Raises :class:`QueryError` for an unknown actor or a negative
    limit or offset."""
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset must not be negative")
    out = profile(ledger, actor_id)
    belong = member_set(out)
    out["parents"] = parents(ledger, out)
    out["members"] = members(ledger, actor_id, belong) if belong else []
    out["totals"] = totals(ledger, actor_id, belong, out["members"])
    out["rollup"] = bool(out["members"]) if rollup is None else bool(rollup and belong)
    scope = belong if out["rollup"] and belong else ActorSet(SELF, [actor_id])
    page = event_page(ledger, scope, limit, offset)
    out["events_total"] = page[0]["total"] if page else out["totals"][
        "rollup" if out["rollup"] else "self"]
    out["events"] = [{k: v for k, v in e.items() if k != "total"} for e in page]
    out["limit"], out["offset"] = limit, offset
    series = events_by_month(ledger, scope, all_statuses)
    out["monthly"], out["monthly_undated"] = series["months"], series["undated"]
    for key, found in (("neighbours", counterparts(ledger, scope, all_statuses)),
                       ("statements", statements(ledger, scope)),
                       ("claims_about", claims_about(ledger, scope))):
        out[f"{key}_total"] = found[0]["total"] if found else 0
        out[key] = [{k: v for k, v in r.items() if k != "total"} for r in found]
    return out
