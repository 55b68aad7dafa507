"""Judging a story: its independent sources, the facts they disagree on, the revisions an
outlet made, and its status —
contested (someone denies it, whatever the count), unasserted (nothing asserts it: only
speculation, demands, refusals or negations), contradicted (independent reports disagree,
or a negation or refusal stands against the reports), corroborated (two or more
independent asserting outlets) or single-source (one, or all traced to one origin)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..store.tables import StoryConflictRow, StoryReportRow, StoryRow
from .headline import headline
from .independence import Sources
from .model import Report, Rules, Story

Conflict = tuple[str, list[Any], list[dict[str, Any]]]  # field, values, evidence
UNNAMED_MEDIA = "unnamed media"


@dataclass
class Judgement:
    """A story's rows: the story, its reports (copies and answers too), its conflicts and
    revisions."""

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
            depends = self.depends_on(r, cited[r.doc_id])
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
        for r in story.answers:
            reports.append(StoryReportRow(
                story_id=story_id, event_uid=r.event_uid, doc_id=r.doc_id, outlet=r.outlet,
                kind=r.role, independent=None, depends_on=cited[r.doc_id],
                claim_uid=r.claim_uid, sourcing_grade=r.sourcing_grade))
        latest, revisions = self.revisions(independent)
        sources = {r.source_label for r in latest}
        conflicts = self.conflicts(latest) + self.answered(story)
        if story.denials:
            status = "contested"
        elif not story.reports:
            status = "unasserted"
        elif conflicts:
            status = "contradicted"
        elif len(sources) >= 2:
            status = "corroborated"
        else:
            status = "single-source"
        types = Counter(r.plover_type for r in story.reports or story.answers)
        quantities = Counter(r.quantity for r in (latest or story.reports)
                             if r.quantity is not None)
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
            n_reports=len({(x.doc_id, x.outlet) for x in reports
                           if x.kind == "report" or x.kind.startswith("copy")}),
            n_articles=len({r.doc_id for r in story.reports}) + len(seen_copies),
            n_outlets=len({r.source_label for r in story.reports}
                          | {o for _, o in seen_copies}),
            updated_at=at)
        row.headline = headline(story, row, self.rules)
        return Judgement(row, reports, [
            StoryConflictRow(story_id=story_id, field=name, values=json.dumps(values),
                             evidence=json.dumps(evidence, default=str))
            for name, values, evidence in conflicts + revisions])

    def depends_on(self, report: Report, cited: str | None) -> str | None:
        """Whom a report relies on: an outlet its sentence cites ("Pelican Herald reported
        that…", "as reported by…"), else what its article cites or credits (``cited``:
        "according to…", "Reporting by…", "… contributed to this report"), else "unnamed
        media" for a vague media source (grade D with a word of the lexicon's
        ``unnamed_media_words``: "media reports said", "reportedly"); None when it is its
        own source."""
        text = (report.cited_text or "").lower()
        if text:
            own = (report.outlet or "").lower()
            for outlet in self.sources.outlets:  # whole words: "AP" is not in "Japanese"
                name = outlet.lower()
                if name != own and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                    return outlet
        if cited:
            return cited
        if report.sourcing_grade == "D" and set(re.findall(r"[a-z]+", text)) \
                & self.rules.media_words:
            return UNNAMED_MEDIA
        return None

    def revisions(self, reports: list[Report]) -> tuple[list[Report], list[Conflict]]:
        """The latest version of each outlet's (or URL's) reports, and what an outlet
        changed between its versions ("UPDATE 1-…" raising a toll from 5 to 9) as
        ``revision:<field>`` records — a revision is not a conflict between sources."""
        by_outlet: dict[str, list[Report]] = {}
        for r in reports:
            by_outlet.setdefault((r.outlet or r.url or r.doc_id).lower(), []).append(r)
        latest: list[Report] = []
        revisions: list[Conflict] = []
        for rs in by_outlet.values():
            versions: dict[str, tuple[Any, ...]] = {}
            for r in rs:
                versions[r.doc_id] = min(versions.get(r.doc_id, r.version), r.version)
            docs = sorted(versions, key=lambda d: versions[d])
            latest.extend(r for r in rs if r.doc_id == docs[-1])
            if len(docs) < 2:
                continue
            firsts = [next(r for r in rs if r.doc_id == d and r.quantity is not None)
                      for d in docs if any(r.doc_id == d and r.quantity is not None
                                           for r in rs)]
            values = list(dict.fromkeys(r.quantity for r in firsts))
            if len(values) > 1:
                revisions.append(("revision:quantity", values, [
                    {"value": r.quantity, "doc_id": r.doc_id, "outlet": r.outlet,
                     "date": _plain(r.doc_date), "title": r.title, "event_uid": r.event_uid,
                     "text": r.evidence} for r in firsts]))
        return latest, revisions

    def answered(self, story: Story) -> list[Conflict]:
        """A negation or refusal next to reports that assert the happening."""
        against = [r for r in story.answers if r.role in ("negation", "refusal")]
        if not story.reports or not against:
            return []
        both = story.reports[:1] + against
        return [("status", sorted({r.status for r in both}), [
            {"value": r.status, "doc_id": r.doc_id, "outlet": r.outlet,
             "event_uid": r.event_uid, "status": r.status, "text": r.evidence}
            for r in both])]

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
