"""Judging a story: its independent sources, the facts they disagree on, and its status —
contested (an actor involved denies it), contradicted (independent reports disagree),
corroborated (two or more independent sources) or single-source."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..store.tables import StoryConflictRow, StoryReportRow, StoryRow
from .independence import Sources
from .model import Report, Rules, Story

Conflict = tuple[str, list[Any], list[dict[str, Any]]]  # field, values, evidence


@dataclass
class Judgement:
    """A story's rows: the story, its reports (copies and denials too), its conflicts."""

    story: StoryRow
    reports: list[StoryReportRow]
    conflicts: list[StoryConflictRow]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class Judge:
    def __init__(self, rules: Rules, sources: Sources):
        self.rules = rules
        self.sources = sources

    def summarise(self, story: Story, at: dt.datetime) -> Judgement:
        """The rows of a story whose ``story_id`` is set, stamped ``at``."""
        assert story.story_id is not None
        story_id = story.story_id
        docs = {r.doc_id for r in story.members()}
        cited = {d: self.sources.cited_outlet(d, next(r.outlet for r in story.members()
                                                       if r.doc_id == d)) for d in docs}
        copies = self.sources.copies({r.doc_id for r in story.reports})
        reports, independent = [], []
        for r in story.reports:
            depends = cited[r.doc_id]
            if depends is None:
                independent.append(r)
            reports.append(StoryReportRow(
                story_id=story_id, event_uid=r.event_uid, doc_id=r.doc_id, outlet=r.outlet,
                kind="report", independent=depends is None, depends_on=depends,
                claim_uid=r.claim_uid, sourcing_grade=r.sourcing_grade))
        seen_copies: set[tuple[str, str]] = set()
        for r in story.reports:
            for outlet, kind in copies.get(r.doc_id, []):
                if (r.doc_id, outlet) in seen_copies:
                    continue
                seen_copies.add((r.doc_id, outlet))
                reports.append(StoryReportRow(
                    story_id=story_id, event_uid=None, doc_id=r.doc_id, outlet=outlet or None,
                    kind=f"copy-{kind}", independent=False,
                    depends_on=r.outlet or f"article {r.doc_id}", claim_uid=r.claim_uid,
                    sourcing_grade=r.sourcing_grade))
        for r in story.denials:
            reports.append(StoryReportRow(
                story_id=story_id, event_uid=r.event_uid, doc_id=r.doc_id, outlet=r.outlet,
                kind="denial", independent=None, depends_on=cited[r.doc_id],
                claim_uid=r.claim_uid, sourcing_grade=r.sourcing_grade))
        sources = {r.source_label for r in independent}
        conflicts = self.conflicts(independent)
        if story.denials:
            status = "contested"
        elif conflicts:
            status = "contradicted"
        elif len(sources) >= 2:
            status = "corroborated"
        else:
            status = "single-source"
        types = Counter(r.plover_type for r in story.reports or story.denials)
        quantities = Counter(r.quantity for r in story.reports if r.quantity is not None)
        places = Counter(r.location_country for r in story.members() if r.location_country)
        days = story.days()
        row = StoryRow(
            story_id=story_id, plover_type=types.most_common(1)[0][0],
            types=json.dumps(sorted(types)),
            source_countries=json.dumps(sorted(story.countries("source_country"))),
            target_countries=json.dumps(sorted(story.countries("target_country"))),
            location_country=places.most_common(1)[0][0] if places else None,
            date_start=min(days) if days else None, date_end=max(days) if days else None,
            quantity=quantities.most_common(1)[0][0] if quantities else None,
            status=status, independent_sources=len(sources),
            n_reports=len([x for x in reports if x.kind != "denial"]),
            n_articles=len({r.doc_id for r in story.reports}) + len(seen_copies),
            n_outlets=len({r.source_label for r in story.reports}
                          | {o for _, o in seen_copies}),
            updated_at=at)
        return Judgement(row, reports, [
            StoryConflictRow(story_id=story_id, field=name, values=json.dumps(values),
                             evidence=json.dumps(evidence, default=str))
            for name, values, evidence in conflicts])

    def conflicts(self, reports: list[Report]) -> list[Conflict]:
        """Checked facts on which independent articles disagree (same type compared)."""
        out: list[Conflict] = []
        by_type: dict[str, list[Report]] = {}
        for r in reports:
            by_type.setdefault(r.plover_type, []).append(r)
        checks = {
            "quantity": lambda r: r.quantity,
            "status": lambda r: self.rules.status_group.get(r.status, r.status),
            "location": lambda r: r.location_country,
            "date": lambda r: r.event_date if r.date_text else None,
        }
        for name, value_of in checks.items():
            for rs in by_type.values():  # reports of one type are compared with each other
                values: dict[Any, list[Report]] = {}
                per_doc: dict[str, set[Any]] = {}
                for r in rs:
                    v = value_of(r)
                    if v is None:
                        continue
                    values.setdefault(v, []).append(r)
                    per_doc.setdefault(r.doc_id, set()).add(v)
                if len(per_doc) < 2 or not self._disagree(name, list(per_doc.values())):
                    continue
                shown = sorted(values, key=str)
                evidence = [{"value": _plain(v), "doc_id": r.doc_id, "outlet": r.outlet,
                             "event_uid": r.event_uid, "status": r.status,
                             "text": r.evidence} for v in shown for r in values[v]]
                if name == "status":
                    shown = sorted({r.status for v in shown for r in values[v]})
                out.append((name, [_plain(v) for v in shown], evidence))
                break  # one conflict per field is enough to show
        return out

    def _disagree(self, name: str, sets: list[set[Any]]) -> bool:
        for i, a in enumerate(sets):
            for b in sets[i + 1:]:
                if a & b:
                    continue
                if name == "quantity" and any(
                        abs(x - y) <= self.rules.tolerance * max(abs(x), abs(y))
                        for x in a for y in b):
                    continue
                return True
        return False
