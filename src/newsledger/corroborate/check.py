"""``check``: an analysed article against the ledger's stories, without storing it — for each
claim that carries events, who else says it, who denied it, and a verdict. The fact-checker's
daily question: "who else says this, and has anyone denied it?" (issue 15)

The article's events become reports (as ingest would make them) and are placed by the same
rules as corroboration (``Grouper.fits``) among the stories near their dates. A claim's
verdict is the gravest status among its stories — contested, contradicted, corroborated,
single-source, unasserted — or ``contested`` when the article itself denies a story,
``contradicted`` when it negates or refuses one others assert, or ``new`` when no story in
the ledger matches (always, for an article without a date).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model import Analysis, Event
from ..store.connection import Ledger
from ..store.stories_query import story as story_dict
from .grouping import Grouper, as_of_story
from .model import Report, Rules, Story
from .persistence import StoryStore
from .similarity import Similarity

VERDICTS = ("contested", "contradicted", "corroborated", "single-source", "unasserted", "new")


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def reports_of(analysis: Analysis, rules: Rules) -> list[Report]:
    """The article's events as reports (doc_id ``check``), as the ledger would hold them."""
    doc = analysis.document
    doc_date = _date(doc.date)
    claims = {c.id: c for c in analysis.claims}
    out = []
    for event in analysis.events:
        source, target = analysis.actor(event.source), analysis.actor(event.target)
        claim = claims.get(event.claim or "")
        day, event_date = rules.dates(  # the date as ingest stores it (ingest/rows.py)
            event.status, _date(event.date) or doc_date, doc_date, event.date_precision)
        out.append(Report(
            event_uid=f"check:{event.id}", doc_id="check", outlet=doc.outlet,
            plover_type=event.type, source_country=source.country if source else None,
            target_country=target.country if target else None, status=event.status,
            day=day, event_date=event_date, date_text=event.date_text,
            location_country=event.location.country if event.location else None,
            quantity=event.quantity.value if event.quantity else None,
            evidence=_evidence(analysis, event), claim_uid=event.claim,
            sourcing_grade=claim.sourcing_grade if claim else None,
            source_actor=event.source, event_id=event.id, doc_date=doc_date, url=doc.url,
            cited_text=(claim.attribution.source_text or claim.attribution.cue)
            if claim else None,
            source_name=source.name if source else None,
            target_name=target.name if target else None,
            quantity_unit=event.quantity.unit if event.quantity else None,
            role=rules.role(event.status), title=doc.title))
    return out


def _evidence(analysis: Analysis, event: Event) -> str:
    return analysis.document.text[event.evidence.start:event.evidence.end].strip()


def matching_stories(ledger: Ledger, reports: list[Report], rules: Rules
                     ) -> dict[str, str | None]:
    """event_uid -> the id of the ledger story each report fits best (None: none). A
    report without a day (an undated article) matches nothing: without a date any story
    of any year would do."""
    dated = [r for r in reports if r.day is not None]
    out: dict[str, str | None] = {r.event_uid: None for r in reports}
    if not dated:
        return out
    stories = [s for s in StoryStore(ledger, rules).nearby(dated) if s.story_id]
    sim = Similarity([r.evidence for r in reports]
                     + [m.evidence for s in stories for m in s.members()], rules.stopwords)
    grouper = Grouper(rules)
    for report in dated:
        answer = report.role != "report"
        scored = []
        for story in stories:
            widened = Story(reports=story.members())
            probe = as_of_story(report, widened) if answer else report
            score = grouper.fits(probe, widened, sim)
            if score is not None:  # as in Grouper.assign: an answer prefers asserted stories
                bonus = 1.0 if answer and story.reports else 0.0
                scored.append((score + bonus, story.story_id or ""))
        out[report.event_uid] = max(scored)[1] if scored else None
    return out


def check(ledger: Ledger, analysis: Analysis, rules: Rules | None = None) -> dict[str, Any]:
    """``{"document": {...}, "claims": [{"text", "grade", "verdict", "verdict_reason",
    "independent_sources", "first_report", "denials", "conflicts", "stories"}]}`` for the
    claims of ``analysis`` that carry events; the ledger is only read."""
    rules = rules or Rules()
    reports = reports_of(analysis, rules)
    by_event = {r.event_id: r for r in reports}
    matched = matching_stories(ledger, reports, rules)
    cache: dict[str, dict[str, Any]] = {}
    claims = []
    for claim in analysis.claims:
        if not claim.events:
            continue
        own = [by_event[e] for e in claim.events if e in by_event]
        ids = sorted({sid for r in own if (sid := matched[r.event_uid])})
        for sid in ids:  # each story read once, however many claims it serves
            if sid not in cache:
                cache[sid] = story_dict(ledger, sid)
        found = [cache[sid] for sid in ids]
        verdict = min((s["status"] for s in found), key=VERDICTS.index, default="new")
        reason = "the ledger's stories say so" if found else "no story of the ledger tells it"
        if found and any(r.role == "denial" for r in own):
            verdict = "contested"  # the article itself denies what the ledger holds
            reason = "this article denies what the ledger holds"
        elif verdict in ("corroborated", "single-source") and any(
                r.role in ("negation", "refusal") for r in own):
            verdict = "contradicted"  # it says the happening did not happen, or was refused
            reason = "this article says it did not happen, or was refused"
        firsts = [s["first_report"] for s in found if s["first_report"]]
        claims.append({
            "text": claim.text, "grade": claim.sourcing_grade,
            "source": claim.attribution.source_text, "verdict": verdict,
            "verdict_reason": reason,
            "events": [f"{r.plover_type} {r.status}" for r in own],
            "independent_sources": max((s["independent_sources"] for s in found), default=0),
            "first_report": min(firsts, key=lambda f: f["date"] or "9999") if firsts else None,
            "denials": [{"by": d["by"], "by_country": d["by_country"],
                         "involved": d["involved"], "outlet": d["outlet"], "date": d["date"],
                         "text": d["text"], "story": s["id"]}
                        for s in found for d in s["denials"]],
            "conflicts": [{"field": c["field"], "values": c["values"], "story": s["id"]}
                          for s in found for c in s["conflicts"]],
            "stories": [{"id": s["id"], "headline": s["headline"], "status": s["status"]}
                        for s in found]})
    doc = analysis.document
    return {"document": {"title": doc.title, "date": doc.date, "outlet": doc.outlet,
                         "url": doc.url, "claims": len(analysis.claims),
                         "claims_with_events": len(claims)},
            "claims": claims}
