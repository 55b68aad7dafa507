"""One analysed article as rows of the ledger's tables (the dataclasses of
``newsledger.store.tables``), and the republication links of copies."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import Analysis, Document
from ..store.tables import (
    ActorRow,
    AttributionRow,
    ClaimRow,
    DocumentRow,
    DuplicateRow,
    EventParticipantRow,
    EventRow,
    FlagRow,
    MentionRow,
    OutletRow,
    Rows,
)

if TYPE_CHECKING:
    from ..resources import ActorEntry, Resources


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def body_of(doc: Document) -> str:
    """The text without its headline: a republication often changes only the headline."""
    if doc.title and doc.text.startswith(doc.title):
        return doc.text[len(doc.title):].lstrip()
    return doc.text


@dataclass
class Republication:
    """A republished copy, stored as a link to the original document."""

    content_hash: str
    original_id: str
    kind: str  # exact | near
    similarity: float
    document: Document

    def row(self, at: dt.datetime) -> DuplicateRow:
        d = self.document
        return DuplicateRow(content_hash=self.content_hash, original_id=self.original_id,
                            kind=self.kind, similarity=round(self.similarity, 4),
                            outlet=d.outlet or "", title=d.title, date=d.date, url=d.url,
                            path=d.path, detected_at=at)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def rows_of(analysis: Analysis, minhash: bytes | None, at: dt.datetime,
            aliases: Callable[[str], list[str]] | None = None,
            listed: Callable[[str], ActorEntry | None] | None = None) -> Rows:
    """Every row one analysis adds. ``aliases(actor_id)`` gives the names an actor is
    also known by (from the actor dictionaries); ``listed(actor_id)`` its dictionary entry,
    whose office and codes go into the ledger-wide actors table (an analysis dates a
    person's office by its article: that stays with the article's events)."""
    doc = analysis.document
    rows = Rows()
    rows.documents.append(DocumentRow(
        doc_id=doc.id, content_hash=content_hash(doc.text), title=doc.title, date=doc.date,
        outlet=doc.outlet, url=doc.url, path=doc.path, text=doc.text, n_chars=len(doc.text),
        ingested_at=at, analysis=_json(analysis.to_dict()), minhash=minhash,
        encoding=doc.encoding, encoding_how=doc.encoding_how, language=doc.language))
    if doc.outlet:
        rows.outlets.append(OutletRow(name=doc.outlet, first_seen=at))
    by_id = {a.id: a for a in analysis.actors}
    for actor in analysis.actors:
        entry = listed(actor.id) if listed else None
        undated = actor if entry is None else entry
        rows.actors.append(ActorRow(
            actor_id=actor.id, name=actor.name, kind=actor.kind, country=actor.country,
            sector=undated.sector, cameo_code=undated.cameo_code, office=undated.office,
            since=undated.since, source=actor.source,
            aliases=_json(aliases(actor.id) if aliases else [])))
        for m in actor.mentions:
            rows.mentions.append(MentionRow(
                doc_id=doc.id, actor_id=actor.id, start_char=m.start, end_char=m.end,
                text=m.text, sentence=m.sentence, why=m.why))
    claims = {c.id: c for c in analysis.claims}
    paragraphs = {s.index: s.paragraph for s in analysis.sentences}
    text = doc.text
    for e in analysis.events:
        uid = f"{doc.id}:{e.id}"
        source, target = by_id.get(e.source or ""), by_id.get(e.target or "")
        claim = claims.get(e.claim or "")
        loc = e.location
        rows.events.append(EventRow(
            event_uid=uid, doc_id=doc.id, event_id=e.id, plover_type=e.type,
            plover_mode=e.mode, cameo=e.cameo, cameo_name=e.cameo_name,
            goldstein=e.goldstein, quad_class=e.quad_class,
            source_actor=e.source, source_code=source.cameo_code if source else None,
            source_country=source.country if source else None,
            target_actor=e.target, target_code=target.cameo_code if target else None,
            target_country=target.country if target else None,
            status=e.status, negated=e.negated,
            location_name=loc.name if loc else None,
            location_country=loc.country if loc else None,
            lat=loc.lat if loc else None, lon=loc.lon if loc else None,
            event_date=e.date or doc.date, date_precision=e.date_precision,
            date_text=e.date_text,
            quantity=e.quantity.value if e.quantity else None,
            quantity_unit=e.quantity.unit if e.quantity else None,
            sentence=e.evidence.sentence, paragraph=paragraphs.get(e.evidence.sentence),
            evidence=text[e.evidence.start:e.evidence.end].strip(),
            evidence_start=e.evidence.start, evidence_end=e.evidence.end,
            trigger=e.evidence.trigger.text,
            claim_uid=f"{doc.id}:{claim.id}" if claim else None,
            sourcing_grade=claim.sourcing_grade if claim else None, why=_json(e.why)))
        for p in e.participants:
            rows.event_participants.append(EventParticipantRow(
                event_uid=uid, actor_id=p.actor, role=p.role, text=p.text, start_char=p.start,
                end_char=p.end, why=p.why))
    for c in analysis.claims:
        uid = f"{doc.id}:{c.id}"
        rows.claims.append(ClaimRow(
            claim_uid=uid, doc_id=doc.id, claim_id=c.id, text=c.text, start_char=c.start,
            end_char=c.end, sentence=c.sentence, sourcing_grade=c.sourcing_grade,
            opinion=c.opinion, hedged=bool(c.hedges), loaded=bool(c.loaded_language),
            events=_json([f"{doc.id}:{e}" for e in c.events]), why=_json(c.why)))
        a = c.attribution
        cited = analysis.actor(a.source_actor)
        rows.attributions.append(AttributionRow(
            claim_uid=uid, source_actor=a.source_actor, source_text=a.source_text, cue=a.cue,
            type=a.type, start_char=a.start, end_char=a.end,
            source_country=cited.country if cited else None))
        for category, flags in (("hedge", c.hedges), ("loaded", c.loaded_language)):
            for f in flags:
                rows.flags.append(FlagRow(
                    claim_uid=uid, doc_id=doc.id, category=category, text=f.text,
                    start_char=f.start, end_char=f.end, entry=f.entry))
    return rows


def alias_lookup(res: Resources) -> Callable[[str], list[str]]:
    """actor_id -> the other names the dictionaries know it by."""

    def aliases(actor_id: str) -> list[str]:
        entry = res.entry(actor_id)
        if entry is not None:
            return list(entry.aliases)
        country = res.countries.get(actor_id)
        return list(country.names) if country is not None else []

    return aliases
