"""Stories of a ledger (written by ``newsledger.corroborate``): the list, filtered, and one
story with its headline, reports (one per article), conflicts, revisions, denials and other
answers."""

from __future__ import annotations

import json
from typing import Any

import duckdb

from ..ontology import PLOVER_TYPES, STORY_STATUSES
from .actor_match import actor_clause, match_actor
from .connection import Ledger
from .filters import (
    AZ,
    LARGEST,
    NEWEST,
    QueryError,
    add_conditions,
    as_choice,
    as_date,
    as_text,
    check_page,
    sorts,
)


def _day(value: Any) -> str | None:
    """A date as YYYY-MM-DD (``stories.detail`` holds them so already), None for none."""
    if isinstance(value, str) or not value:
        return value or None
    return str(value.isoformat())


def _reports(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """One report per article (and kind) of a story, with every sentence it gives: the
    article is independent when any of its reports is, depends on what its dependent
    reports cite otherwise, and shows the best grade of the reports it counts by."""
    out: dict[tuple[str, str, str | None], dict[str, Any]] = {}
    grades: dict[tuple[str, str, str | None], list[tuple[bool, str]]] = {}
    for (doc, outlet, event, claim, grade, independent, depends, kind, text, date, title,
         url, sentence) in rows:
        key = (doc, kind, outlet)
        report = out.setdefault(key, {
            "doc_id": doc, "outlet": outlet, "date": _day(date), "title": title, "url": url,
            "event_id": event, "claim_id": claim, "sourcing_grade": grade,
            "independent": False, "depends_on": None, "kind": kind, "text": text,
            "sentences": []})
        report["independent"] |= bool(independent)
        if depends and report["depends_on"] is None:
            report["depends_on"] = depends
        if grade:
            grades.setdefault(key, []).append((bool(independent), grade))
        if text and all(s["text"] != text for s in report["sentences"]):
            report["sentences"].append({"event_id": event, "claim_id": claim, "text": text,
                                        "sentence": sentence})
    for key, report in out.items():
        if report["independent"]:
            report["depends_on"] = None
        counted = [g for ind, g in grades.get(key, []) if ind == report["independent"]]
        report["sourcing_grade"] = min(counted) if counted else report["sourcing_grade"]
    return list(out.values())


def _story_dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The stories of a cursor over ``STORY_SQL``, each with its reports, conflicts and
    answers from its ``detail`` column (store/story_detail.py): no more queries."""
    columns = [d[0] for d in cursor.description or []]
    out = []
    for row in cursor.fetchall():
        story = dict(zip(columns, row, strict=True))
        detail = json.loads(story.pop("detail") or "{}")
        out.append(_story_dict(story, detail.get("reports", []),
                               detail.get("conflicts", []), detail.get("answers", [])))
    return out


def _story_dict(story: dict[str, Any], reports: list[tuple[Any, ...]],
                conflicts: list[tuple[Any, ...]], answers: list[tuple[Any, ...]]
                ) -> dict[str, Any]:
    """A story as the CLI, API and pages show it: its headline, first report, one report
    per article with all its sentences (each with its index in the article, ``sentence``,
    as conflict and revision evidence), the independent asserting outlets, denials (who,
    when, evidence, and whether the denier is a party), other answers, conflicts and
    revisions. ``story`` is its ``STORY_SQL`` row; the lists are the rows of its
    ``detail`` (reports, conflicts, answers: store/story_detail.py)."""
    for key in ("source_countries", "target_countries"):
        story[key] = json.loads(story[key] or "[]")
    for key in ("date_start", "date_end"):
        story[key] = _day(story[key])
    story["reports"] = _reports(reports)
    asserting = [r for r in story["reports"] if r["kind"] == "report"]
    first = asserting[0] if asserting else None
    story["first_report"] = ({"outlet": first["outlet"], "date": first["date"],
                              "doc_id": first["doc_id"]} if first else None)
    best: dict[str, str | None] = {}
    for r in asserting:
        if r["independent"]:
            name = r["outlet"] or f"article {r['doc_id']}"
            grade = r["sourcing_grade"]
            if name not in best or (grade and (best[name] is None or grade < best[name])):
                best[name] = grade
    story["asserting_outlets"] = [{"outlet": o, "grade": g} for o, g in sorted(best.items())]
    found = [{"field": f, "values": v, "evidence": e} for f, v, e in conflicts]
    sentence_of = {f"{row[0]}:{row[2]}": row[-1] for row in reports}  # event_uid -> index
    sentence_of.update({f"{row[1]}:{row[3]}": row[-1] for row in answers})
    for conflict in found:  # their evidence links to its sentence (/articles/{doc}#s{n})
        for item in conflict["evidence"]:
            item["sentence"] = sentence_of.get(item.get("event_uid"))
    story["conflicts"] = [c for c in found if not c["field"].startswith("revision:")]
    story["revisions"] = [{**c, "field": c["field"].removeprefix("revision:")}
                          for c in found if c["field"].startswith("revision:")]
    parties = set(story["source_countries"]) | set(story["target_countries"])
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, d, o, ev, st, t, day, who, country, sentence in answers:
        answer = grouped.setdefault((d, kind), {
            "role": kind, "doc_id": d, "outlet": o, "event_id": ev, "status": st, "text": t,
            "date": _day(day), "by": who, "by_country": country,
            "involved": country in parties if country else None, "sentences": []})
        if t and all(x["text"] != t for x in answer["sentences"]):
            answer["sentences"].append({"event_id": ev, "text": t, "sentence": sentence})
    grouped_answers = list(grouped.values())  # one per article and role
    story["denials"] = [{**a, "actor": a["by"]} for a in grouped_answers
                        if a["role"] == "denial"]
    story["answers"] = [a for a in grouped_answers if a["role"] != "denial"]
    return story


STORY_SQL = """
SELECT s.story_id AS id, s.headline, s.plover_type, s.source_countries, s.target_countries,
       s.location_country, s.date_start, s.date_end, s.quantity, s.status,
       s.independent_sources, s.n_reports, s.n_articles, s.n_outlets, s.detail
FROM stories s
"""


STORY_SORTS = sorts(
    "sources", "s.story_id",
    sources=(("s.independent_sources", LARGEST), ("s.n_articles", LARGEST),
             ("s.date_start", NEWEST)),
    date=(("s.date_start", NEWEST),),
    articles=(("s.n_articles", LARGEST), ("s.date_start", NEWEST)),
    status=(("s.status", AZ), ("s.independent_sources", LARGEST)),
    type=(("s.plover_type", AZ), ("s.date_start", NEWEST)))


def stories(ledger: Ledger, status: str | None = None, actor: str | None = None,
            since: str | None = None, limit: int = 100, offset: int = 0, *,
            type: str | None = None, until: str | None = None, q: str | None = None,
            sort: str | None = None) -> list[dict[str, Any]]:
    """Stories with their reports, conflicts and denials, in the order ``sort``
    (``STORY_SORTS``; by default most independent sources first, then most articles):
    ``limit`` stories after the first ``offset`` (the next page), each as
    :func:`_story_dict` makes it. ``type`` is the story's PLOVER type; ``since``/``until``
    keep stories going on at or after / starting at or before a date; ``q`` a substring
    of the headline. One query for any page (two with ``actor``): the page's rows are
    picked on the stories' own columns, then only theirs read with their ``detail``. Raises
    :class:`QueryError` for an unknown status, type or sort, a bad date, an actor that
    matches nothing or several actors, or a negative limit or offset."""
    check_page(limit, offset)
    where, params = ["TRUE"], []
    text = as_text(q)
    add_conditions(
        where, params,
        (status, "s.status = ?", [as_choice(status, STORY_STATUSES, "status")]),
        (type, "s.plover_type = ?", [as_choice(type, PLOVER_TYPES, "type")]),
        (since, "s.date_end >= ?", [as_date(since, "since")]),
        (until, "s.date_start <= ?", [as_date(until, "until")]),
        (text, "contains(lower(s.headline), ?)", [(text or "").lower()]))
    if actor:
        event_params: list[Any] = []
        clause = actor_clause(match_actor(ledger, actor), event_params)
        where.append("s.story_id IN (SELECT r.story_id FROM story_reports r JOIN events "
                     f"USING (event_uid) WHERE {clause})")
        params.extend(event_params)
    params.extend([limit, offset])
    order = STORY_SORTS.sql(sort)
    return _story_dicts(ledger.con.execute(  # detail is read for the page's rows only
        f"{STORY_SQL} WHERE s.rowid IN (SELECT s.rowid FROM stories s WHERE "
        f"{' AND '.join(where)} ORDER BY {order} LIMIT ? OFFSET ?) ORDER BY {order}",
        params))


def story(ledger: Ledger, story_id: str) -> dict[str, Any]:
    """One story as :func:`_story_dict` makes it, by its id or a unique start of it.
    Raises :class:`QueryError` when no story, or more than one, has that id."""
    wanted = story_id.strip()
    found = _story_dicts(ledger.con.execute(f"{STORY_SQL} WHERE s.story_id = ?", [wanted]))
    if not found:
        found = _story_dicts(ledger.con.execute(
            f"{STORY_SQL} WHERE starts_with(s.story_id, ?) LIMIT 2", [wanted]))
    if len(found) != 1:
        raise QueryError(f"no story {story_id!r}" if not found
                         else f"{story_id!r} is the start of more than one story id")
    return found[0]
