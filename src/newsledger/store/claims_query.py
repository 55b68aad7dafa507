"""Claims of a ledger, filtered, sorted and paged, each with its attribution, grade, the
reason for that grade (``grades.grade_reason``), its ``why`` and the status of its stories.

Every value from a user goes in as a query parameter, never into the SQL text.
"""

from __future__ import annotations

import re
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
from .grades import ORIGIN_ON
from .queries import Table, claims_table

# a claim takes the gravest status of the stories its events belong to
STATUS_SQL = """
SELECT r.claim_uid, CASE min(CASE s.status WHEN 'contested' THEN 1
    WHEN 'contradicted' THEN 2 WHEN 'corroborated' THEN 3
    WHEN 'single-source' THEN 4 ELSE 5 END)
    WHEN 1 THEN 'contested' WHEN 2 THEN 'contradicted'
    WHEN 3 THEN 'corroborated' WHEN 4 THEN 'single-source'
    ELSE 'unasserted' END AS status
FROM story_reports r JOIN stories s USING (story_id)
WHERE r.claim_uid IS NOT NULL AND r.event_uid IS NOT NULL {only}
GROUP BY r.claim_uid"""

# 1. the page's claim ids: filters, sort, limit and offset, joining only what they need
PAGE_SQL = """
SELECT c.claim_uid FROM claims c {joins}
WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"""

# 2. those claims' rows: each table read for the page's ids only (small CTEs, never a
# join over a whole table), their status from their own reports only, the claim a
# carried-over claim carries over from among its article's claims
ROWS_SQL = """
WITH c AS MATERIALIZED (SELECT * FROM claims WHERE claim_uid IN ({ids})),
     a AS MATERIALIZED (SELECT * FROM attributions WHERE claim_uid IN ({ids})),
     d AS MATERIALIZED (SELECT doc_id, outlet, date FROM documents
                        WHERE doc_id IN (SELECT doc_id FROM c)),
     o AS MATERIALIZED (SELECT doc_id, sentence, why FROM claims WHERE doc_id IN (
                        SELECT doc_id FROM c WHERE contains(why, 'carry-over'))),
     cs AS ({status})
SELECT c.doc_id, c.claim_id, c.sourcing_grade AS grade, a.type, a.source_text AS source,
       cs.status, c.hedged, c.loaded, c.opinion, d.outlet, d.date, c.sentence, c.text,
       c.why, o.why AS origin_why
FROM c JOIN a USING (claim_uid) JOIN d USING (doc_id) LEFT JOIN cs USING (claim_uid)
LEFT JOIN o ON {origin}
ORDER BY {order}"""

# the cited source's id, code and country (as its article resolved it, else the actor's)
SOURCE_SIDE = (("a.source_actor", "sa.cameo_code",
                "coalesce(a.source_country, sa.country)"),)

# the claims whose cited source or one of whose events is the actor (``{source}`` over
# ``a`` and ``sa``, ``{events}`` over events): a CTE of the page's statement
ACTOR_CTE = """m AS (SELECT a.claim_uid FROM attributions a
    LEFT JOIN actors sa ON sa.actor_id = a.source_actor WHERE {source}
    UNION ALL SELECT claim_uid FROM events WHERE {events})"""

# the newest documents a date-ordered page is first looked for in (see ``page_ids``)
WINDOW_CTE = """w AS MATERIALIZED (SELECT doc_id FROM documents WHERE date >= (
    SELECT min(date) FROM (SELECT date FROM documents WHERE date IS NOT NULL
                           ORDER BY date DESC LIMIT ?)))"""
WINDOW_CLAIMS = 24  # documents in that window per claim of offset + limit


CLAIM_SORTS = sorts(
    "date", "c.doc_id, c.sentence, c.claim_uid",
    aliases={"type": "attribution"},  # its old name (``type`` filters by PLOVER type)
    date=(("d.date", NEWEST),),
    grade=(("c.sourcing_grade", AZ), ("d.date", NEWEST)),
    status=(("cs.status", AZ), ("d.date", NEWEST)),
    outlet=(("lower(d.outlet)", AZ), ("d.date", NEWEST)),
    source=(("lower(a.source_text)", AZ), ("d.date", NEWEST)),
    attribution=(("a.type", AZ), ("d.date", NEWEST)))


def claims(ledger: Ledger, grade: str | None = None, actor: str | None = None,
           hedged: bool | None = None, loaded: bool | None = None, limit: int = 100,
           status: str | None = None, offset: int = 0, *, outlet: str | None = None,
           type: str | None = None, since: str | None = None, until: str | None = None,
           q: str | None = None, sort: str | None = None) -> Table:
    """Claims in the order ``sort`` (``CLAIM_SORTS``; newest article first by default):
    ``limit`` rows after the first ``offset``. Two queries (three with ``actor``; one
    more when the newest documents do not fill a date-ordered page): the page's claim ids
    (:func:`page_ids`), then their rows, each with the status of its own stories only.

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
    actor_sql: tuple[str, list[Any]] | None = None
    if actor:  # the cited source as the events' actors: by id, code, country or prefix
        match = match_actor(ledger, actor)
        actor_params: list[Any] = []
        source = actor_clause(match, actor_params, SOURCE_SIDE)
        actor_sql = (ACTOR_CTE.replace("{source}", source).replace(
            "{events}", actor_clause(match, actor_params)), actor_params)
        where.append("c.claim_uid IN (SELECT claim_uid FROM m)")
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
    order = CLAIM_SORTS.sql(sort)
    uids = page_ids(ledger, where, params, order, CLAIM_SORTS.check(sort) == "date",
                    limit, offset, actor_sql)
    uids = uids or [""]  # no claim has it: the page's columns and no row
    marks = ", ".join("?" for _ in uids)
    sql = ROWS_SQL.format(ids=marks, status=STATUS_SQL.format(
        only=f"AND r.claim_uid IN ({marks})"), origin=ORIGIN_ON, order=order)
    return claims_table(ledger, sql, [*uids, *uids, *uids])


def page_ids(ledger: Ledger, where: list[str], params: list[Any], order: str,
             newest_first: bool, limit: int, offset: int,
             actor: tuple[str, list[Any]] | None = None) -> list[str]:
    """The claim_uids of the page: ``limit`` after the first ``offset`` of the claims
    matching ``where`` (SQL over ``c``, ``a``, ``d``, ``sa``: the cited source's actor
    row, ``cs``, and ``m``: the claims of ``actor``, an ``ACTOR_CTE`` with its
    parameters) in ``order``. Only the tables the conditions and the order name are
    joined (every claim has its attribution and its document: the ingest writes them
    together).

    Newest first (``newest_first``: the order starts with the article's date,
    descending), the page is looked for among the claims of the newest
    ``WINDOW_CLAIMS * (offset + limit)`` documents (and every document of the oldest
    date among them) first: when that yields a full page, the window held at least
    ``offset + limit`` matching claims, all newer than any outside it, so the page is
    the same as over every claim; otherwise every claim is searched. The window is a
    semi-join on the claims' doc_id (cheap: a CTE of the window's doc_ids)."""
    text = " ".join([*where, order])
    joins = " ".join(join for alias, join in (
        ("a", "JOIN attributions a USING (claim_uid)"),
        ("d", "JOIN documents d USING (doc_id)"),
        ("sa", "LEFT JOIN actors sa ON sa.actor_id = a.source_actor"),
        ("cs", f"LEFT JOIN ({STATUS_SQL.format(only='')}) cs USING (claim_uid)"))
        if re.search(rf"\b{alias}\.", text))
    actor_sql, actor_params = actor or ("", [])

    def run(window: int | None) -> list[str]:
        ctes, conditions, values = [], list(where), []
        if window is not None:
            ctes.append(WINDOW_CTE)
            conditions.append("c.doc_id IN (SELECT doc_id FROM w)")
            values.append(window)
        if actor:
            ctes.append(actor_sql)
            values.extend(actor_params)
        sql = PAGE_SQL.format(joins=joins, where=" AND ".join(conditions), order=order)
        sql = f"WITH {', '.join(ctes)} {sql}" if ctes else sql
        rows = ledger.con.execute(sql, [*values, *params, limit, offset]).fetchall()
        return [row[0] for row in rows]

    if newest_first and limit:
        found = run(WINDOW_CLAIMS * (offset + limit))
        if len(found) == limit:
            return found
    return run(None)
