"""A story's one-line headline: who did what to whom, where, how many, when — said from
its best report (the best-graded independent one, else the first), e.g.
"Pakistan made a pledge (agreed): 5,000 troops, in PSE, 2026-03-10 — contested"."""

from __future__ import annotations

import datetime as dt

from ..store.tables import StoryRow
from .model import Report, Rules, Story

GRADE_ORDER = "ABCDE"


def best_report(story: Story) -> Report:
    """The report a headline is said from: best sourcing grade, then earliest."""
    pool = story.reports or story.answers
    return min(pool, key=lambda r: (GRADE_ORDER.find(r.sourcing_grade or "E") % 6,
                                    r.doc_date or r.day or dt.date.max, r.event_uid))


def _name(name: str | None, country: str | None) -> str | None:
    return name or country


def _quantity(value: float | None, unit: str | None) -> str | None:
    if value is None:
        return None
    number = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return f"{number} {unit}" if unit else number


def headline(story: Story, row: StoryRow, rules: Rules) -> str:
    """One line for a judged story (``row`` gives its quantity, place, dates and status).

    Shape: ``<source> <verb> <target> (<status>): <quantity>, in <ISO3>, <date(s)>``, with
    ``— <story status>`` at the end; the verb comes from the lexicon's ``headline_verbs``
    (one per PLOVER type, with and without a target).
    """
    best = best_report(story)
    with_target, without = rules.headline_verbs.get(best.plover_type, ("acted on", "acted"))
    who = _name(best.source_name, best.source_country) or "Someone"
    whom = _name(best.target_name, best.target_country)
    said = f"{who} {with_target} {whom}" if whom else f"{who} {without}"
    if best.status not in ("occurred", "ongoing"):
        said += f" ({best.status})"
    details = [d for d in (
        _quantity(row.quantity, best.quantity_unit if best.quantity == row.quantity
                  else None),
        f"in {row.location_country}" if row.location_country else None,
        _dates(row)) if d]
    line = said + (": " + ", ".join(details) if details else "")
    return f"{line} — {row.status}"


def _dates(row: StoryRow) -> str | None:
    if row.date_start is None:
        return None
    if row.date_end is None or row.date_end == row.date_start:
        return row.date_start.isoformat()
    return f"{row.date_start.isoformat()}…{row.date_end.isoformat()}"

