"""The article and actor lists: filtered, sorted from a fixed whitelist and paged, each
page in one query (its counts come from grouped subqueries joined once, never a query per
row). The events, claims and stories lists are ``queries.events``,
``claims_query.claims`` and ``stories_query.stories``; all five take the same filter
names where a filter applies (``outlet``, ``grade``, ``status``, ``type``, ``since``,
``until``, ``actor``, ``country``, ``kind``, ``q``) and ``sort``, ``limit``, ``offset``.

Every value from a user goes in as a query parameter, never into the SQL text.
"""

from __future__ import annotations

import re
from typing import Any

from .connection import Ledger
from .filters import (
    AZ,
    LARGEST,
    NEWEST,
    QueryError,
    add_conditions,
    as_date,
    as_text,
    check_page,
    sorts,
)
from .results import Table, table_of

ACTOR_KINDS = ("country", "organization", "group", "person")

ARTICLE_SORTS = sorts(
    "date", "d.doc_id",
    date=(("d.date", NEWEST), ("d.ingested_at", NEWEST)),
    title=(("lower(d.title)", AZ),),
    outlet=(("lower(d.outlet)", AZ), ("d.date", NEWEST)),
    events=(("coalesce(e.n, 0)", LARGEST), ("d.date", NEWEST)),
    claims=(("coalesce(c.n, 0)", LARGEST), ("d.date", NEWEST)))

ARTICLES_SQL = """
WITH e AS (SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id),
     c AS (SELECT doc_id, count(*) AS n FROM claims GROUP BY doc_id)
SELECT d.doc_id, d.title, d.date, d.outlet, d.url, coalesce(e.n, 0) AS events,
       coalesce(c.n, 0) AS claims
FROM documents d LEFT JOIN e USING (doc_id) LEFT JOIN c USING (doc_id)
WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"""

# the same page when the order names no count: the page's articles first, then the
# events and claims of those articles only
ARTICLE_PAGE_SQL = """
WITH d AS (SELECT d.doc_id, d.title, d.date, d.outlet, d.url, d.ingested_at
           FROM documents d WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?),
     e AS (SELECT doc_id, count(*) AS n FROM events
           WHERE doc_id IN (SELECT doc_id FROM d) GROUP BY doc_id),
     c AS (SELECT doc_id, count(*) AS n FROM claims
           WHERE doc_id IN (SELECT doc_id FROM d) GROUP BY doc_id)
SELECT d.doc_id, d.title, d.date, d.outlet, d.url, coalesce(e.n, 0) AS events,
       coalesce(c.n, 0) AS claims
FROM d LEFT JOIN e USING (doc_id) LEFT JOIN c USING (doc_id)
ORDER BY {order}"""


def articles(ledger: Ledger, *, outlet: str | None = None, since: str | None = None,
             until: str | None = None, q: str | None = None, sort: str | None = None,
             limit: int = 50, offset: int = 0) -> Table:
    """Stored articles in the order ``sort`` (``ARTICLE_SORTS``: ``date`` newest first
    by default, ``title``, ``outlet``, ``events``, ``claims``; ``-name`` reversed):
    ``limit`` rows after the first ``offset``, in one query.

    Columns: doc_id, title, date, outlet, url, events, claims (counts). ``outlet`` is
    matched case-insensitively; ``since``/``until`` are the article's date (inclusive);
    ``q`` a substring of its title or URL (case-insensitive). Raises :class:`QueryError`
    for a bad date or sort, or a negative limit or offset."""
    check_page(limit, offset)
    where, params = ["TRUE"], []
    text = as_text(q)
    add_conditions(
        where, params,
        (outlet, "lower(d.outlet) = lower(?)", [outlet]),
        (since, "d.date >= ?", [as_date(since, "since")]),
        (until, "d.date <= ?", [as_date(until, "until")]),
        (text, "(contains(lower(d.title), ?) OR contains(lower(d.url), ?))",
         [(text or "").lower()] * 2))
    params.extend([limit, offset])
    order = ARTICLE_SORTS.sql(sort)
    sql = ARTICLES_SQL if counted(order) else ARTICLE_PAGE_SQL
    return table_of(ledger.con.execute(sql.format(where=" AND ".join(where), order=order),
                                       params))


def counted(order: str) -> bool:
    """Whether an ORDER BY text sorts by a count (``e.``, ``c.``, ``m.``, ``s.``, ``t.``
    columns): then every row's counts are needed before the page is known."""
    return re.search(r"\b[ecmst]\.", order) is not None


ACTOR_SORTS = sorts(
    "mentions", "a.actor_id",
    mentions=(("coalesce(m.mentions, 0)", LARGEST),
              ("coalesce(s.n, 0) + coalesce(t.n, 0)", LARGEST)),
    events=(("coalesce(s.n, 0) + coalesce(t.n, 0)", LARGEST),
            ("coalesce(m.mentions, 0)", LARGEST)),
    documents=(("coalesce(m.documents, 0)", LARGEST), ("coalesce(m.mentions, 0)", LARGEST)),
    name=(("lower(a.name)", AZ),),
    code=(("a.cameo_code", AZ),),
    kind=(("a.kind", AZ), ("coalesce(m.mentions, 0)", LARGEST)),
    country=(("a.country", AZ), ("coalesce(m.mentions, 0)", LARGEST)))

ACTORS_SQL = """
WITH m AS (SELECT actor_id, count(*) AS mentions, count(DISTINCT doc_id) AS documents
           FROM mentions GROUP BY actor_id),
     s AS (SELECT source_actor AS actor_id, count(*) AS n FROM events GROUP BY 1),
     t AS (SELECT target_actor AS actor_id, count(*) AS n FROM events GROUP BY 1)
SELECT a.actor_id, a.name, a.kind, a.country, a.cameo_code AS code,
       coalesce(m.mentions, 0) AS mentions, coalesce(m.documents, 0) AS documents,
       coalesce(s.n, 0) + coalesce(t.n, 0) AS events,
       coalesce(s.n, 0) AS as_source, coalesce(t.n, 0) AS as_target
FROM actors a LEFT JOIN m USING (actor_id) LEFT JOIN s USING (actor_id)
     LEFT JOIN t USING (actor_id)
WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"""


# the same page when the order names no count of articles: the counts of mentions and
# events of every actor (cheap), the page, then the articles of the page's actors only
ACTOR_PAGE_SQL = """
WITH m AS (SELECT actor_id, count(*) AS mentions FROM mentions GROUP BY actor_id),
     s AS (SELECT source_actor AS actor_id, count(*) AS n FROM events GROUP BY 1),
     t AS (SELECT target_actor AS actor_id, count(*) AS n FROM events GROUP BY 1),
     page AS (
        SELECT a.actor_id, a.name, a.kind, a.country, a.cameo_code,
               coalesce(m.mentions, 0) AS mentions, coalesce(s.n, 0) AS as_source,
               coalesce(t.n, 0) AS as_target
        FROM actors a LEFT JOIN m USING (actor_id) LEFT JOIN s USING (actor_id)
             LEFT JOIN t USING (actor_id)
        WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?),
     docs AS (SELECT actor_id, count(DISTINCT doc_id) AS n FROM mentions
              WHERE actor_id IN (SELECT actor_id FROM page) GROUP BY actor_id)
SELECT a.actor_id, a.name, a.kind, a.country, a.cameo_code AS code, a.mentions,
       coalesce(docs.n, 0) AS documents, a.as_source + a.as_target AS events,
       a.as_source, a.as_target
FROM page a LEFT JOIN docs USING (actor_id)
ORDER BY {page_order}"""


def actor_list(ledger: Ledger, *, country: str | None = None, kind: str | None = None,
               q: str | None = None, sort: str | None = None, limit: int = 50,
               offset: int = 0) -> Table:
    """Actors in the order ``sort`` (``ACTOR_SORTS``: ``mentions`` most first by default,
    ``events``, ``documents``, ``name``, ``code``, ``kind``, ``country``; ``-name``
    reversed): ``limit`` rows after the first ``offset``, in one query.

    Columns: actor_id, name, kind, country, code, mentions, documents (articles that
    mention it), events (as source or target), as_source, as_target. ``country`` is an
    ISO3 code (either case); ``kind`` one of ``ACTOR_KINDS``; ``q`` a substring of its
    name, id, code or an alias (case-insensitive). Raises :class:`QueryError` for an
    unknown kind or sort, or a negative limit or offset."""
    check_page(limit, offset)
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    if kind and kind.lower() not in ACTOR_KINDS:
        raise QueryError(f"kind {kind!r} is not one of {', '.join(ACTOR_KINDS)}")
    text = as_text(q)
    add_conditions(
        where, params,
        (country, "a.country = ?", [(country or "").strip().upper()]),
        (kind, "a.kind = ?", [(kind or "").lower()]),
        (text, "(contains(lower(a.name), ?) OR contains(lower(a.actor_id), ?) OR "
               "contains(lower(a.cameo_code), ?) OR contains(lower(CAST(a.aliases AS "
               "VARCHAR)), ?))", [(text or "").lower()] * 4))
    params.extend([limit, offset])
    order = ACTOR_SORTS.sql(sort)
    if "m.documents" in order:
        return table_of(ledger.con.execute(ACTORS_SQL.format(
            where=" AND ".join(where), order=order), params))
    page_order = (order.replace("coalesce(m.mentions, 0)", "a.mentions")
                  .replace("coalesce(s.n, 0) + coalesce(t.n, 0)", "a.as_source + a.as_target"))
    return table_of(ledger.con.execute(ACTOR_PAGE_SQL.format(
        where=" AND ".join(where), order=order, page_order=page_order), params))
