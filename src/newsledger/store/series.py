"""Counts over time for the charts: events per month by quad class (the whole ledger, or
the events of a set of actors) and stories per month by status.

Months are ``"YYYY-MM"`` strings, oldest first and consecutive: a month with nothing in
it is there with zeros, so that a chart's axis is a true time axis. What has no date is
counted apart (``undated``). Every value from a user goes in as a query parameter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..ontology import QUAD_CLASSES, STORY_STATUSES
from .connection import Ledger
from .queries import happened


@dataclass(frozen=True)
class ActorSet:
    """The actors whose events are counted, as a SQL subquery selecting ``actor_id``
    (its text is one of our fixed strings, never input) and its parameters; ``None``
    in its place means every event of the ledger."""

    sql: str
    params: list[Any] = field(default_factory=list)

    def involves(self, alias: str = "") -> tuple[str, list[Any]]:
        """A condition: the event's source or target is in the set, with its params."""
        p = f"{alias}." if alias else ""
        return (f"({p}source_actor IN ({self.sql}) OR {p}target_actor IN ({self.sql}))",
                [*self.params, *self.params])


def month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (``"YYYY-MM"``), both included."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def fill_months(rows: dict[str, dict[str, Any]], keys: list[str],
                extra: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """``rows`` (month -> counts) as a list over every month between the first and the
    last, each ``{"month", *keys, "total", *extra}``: missing counts 0, a missing
    ``extra`` value None."""
    if not rows:
        return []
    out = []
    for month in month_range(min(rows), max(rows)):
        found = rows.get(month, {})
        counts = {k: int(found.get(k, 0)) for k in keys}
        out.append({"month": month, **counts, "total": sum(counts.values()),
                    **{k: found.get(k) for k in extra}})
    return out


def events_by_month(ledger: Ledger, actors: ActorSet | None = None,
                    all_statuses: bool = False) -> dict[str, Any]:
    """Events per month by quad class (``QUAD_CLASSES``: 1 verbal cooperation … 4
    material conflict), of the events that happened (occurred, ongoing) unless
    ``all_statuses``; of every event or of those with a source or target in ``actors``.
    ``{"months": [{"month", "verbal_cooperation", …, "total", "goldstein"}], "undated":
    n, "counted": n}``: ``goldstein`` the month's mean Goldstein value (None for an empty
    month), ``undated`` the events with no date or only a year ("this year" is stored as
    its 1 January, which is no month), ``counted`` the sum over months plus
    ``undated``."""
    where, params = [happened("status", all_statuses)], []
    if actors is not None:
        clause, extra = actors.involves()
        where.append(clause)
        params.extend(extra)
    keys = [key for key, _ in QUAD_CLASSES.values()]
    picks = ", ".join(f"count(*) FILTER (WHERE quad_class = {n}) AS {key}"
                      for n, (key, _) in QUAD_CLASSES.items())
    rows = ledger.con.execute(f"""
        SELECT CASE WHEN date_precision = 'year' THEN NULL  -- a year alone: no month
                    ELSE strftime(date_trunc('month', event_date), '%Y-%m') END AS month,
               {picks},
               round(avg(goldstein), 2) AS goldstein
        FROM events WHERE {' AND '.join(where)}
        GROUP BY 1 ORDER BY 1 NULLS LAST""", params).fetchall()
    by_month = {r[0]: dict(zip([*keys, "goldstein"], r[1:], strict=True))
                for r in rows if r[0]}
    undated = sum(sum(r[1:-1]) for r in rows if not r[0])
    months = fill_months(by_month, keys, ("goldstein",))
    return {"months": months, "undated": undated,
            "counted": sum(m["total"] for m in months) + undated}


def stories_by_month(ledger: Ledger) -> dict[str, Any]:
    """Stories per month of their first date (``date_start``) by status
    (``STORY_STATUSES``): ``{"months": [{"month", "corroborated", …, "total"}],
    "undated": n, "counted": n}``."""
    rows = ledger.con.execute("""
        SELECT strftime(date_trunc('month', date_start), '%Y-%m') AS month, status, count(*)
        FROM stories GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2""").fetchall()
    keys = list(STORY_STATUSES)
    by_month: dict[str, dict[str, int]] = {}
    undated = 0
    for month, status, n in rows:
        if month is None:
            undated += n
        else:
            by_month.setdefault(month, {})[status] = n
    months = fill_months(by_month, keys)
    return {"months": months, "undated": undated,
            "counted": sum(m["total"] for m in months) + undated}

