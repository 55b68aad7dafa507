"""One analysed article as rows of the ledger's tables (in the column order of schema.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..model import Analysis, Document

Row = tuple[Any, ...]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class DuplicateRow:
    """A republished copy, stored as a link to the original document."""

    content_hash: str
    original_id: str
    kind: str  # exact | near
    similarity: float
    document: Document

    def row(self, at: dt.datetime) -> Row:
        d = self.document
        return (self.content_hash, self.original_id, self.kind, round(self.similarity, 4),
                d.outlet or "", d.title, d.date, d.url, d.path, at)


@dataclass
class Rows:
    documents: list[Row] = field(default_factory=list)
    outlets: list[Row] = field(default_factory=list)
    actors: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    event_participants: list[Row] = field(default_factory=list)
    claims: list[Row] = field(default_factory=list)
    attributions: list[Row] = field(default_factory=list)
    flags: list[Row] = field(default_factory=list)

    def extend(self, other: Rows) -> None:
        for name in self.__dataclass_fields__:
            getattr(self, name).extend(getattr(other, name))


def _jsonl(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def rows_of(analysis: Analysis, minhash: bytes | None, at: dt.datetime,
            aliases: Callable[[str], list[str]] | None = None) -> Rows:
    """Every row one analysis adds. ``aliases(actor_id)`` gives the names an actor is
    also known by (from the actor dictionaries)."""
    doc = analysis.document
    rows = Rows()
    rows.documents.append((
        doc.id, content_hash(doc.text), doc.title, doc.date, doc.outlet, doc.url, doc.path,
        doc.text, len(doc.text), at, _jsonl(analysis.to_dict()), minhash,
    ))
    if doc.outlet:
        rows.outlets.append((doc.outlet, at))
    by_id = {a.id: a for a in analysis.actors}
    for actor in analysis.actors:
        rows.actors.append((
            actor.id, actor.name, actor.kind, actor.country, actor.sector, actor.cameo_code,
            actor.office, actor.since, actor.source,
            _jsonl(aliases(actor.id) if aliases else []),
        ))
        for m in actor.mentions:
            rows.mentions.append((doc.id, actor.id, m.start, m.end, m.text, m.sentence, m.why))
    claims = {c.id: c for c in analysis.claims}
    paragraphs = {s.index: s.paragraph for s in analysis.sentences}
    text = doc.text
    for e in analysis.events:
        uid = f"{doc.id}:{e.id}"
        source, target = by_id.get(e.source or ""), by_id.get(e.target or "")
        claim = claims.get(e.claim or "")
        loc = e.location
        rows.events.append((
            uid, doc.id, e.id, e.type, e.mode, e.cameo, e.cameo_name, e.goldstein,
            e.quad_class,
            e.source, source.cameo_code if source else None, source.country if source else None,
            e.target, target.cameo_code if target else None, target.country if target else None,
            e.status, e.negated,
            loc.name if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None,
            e.date or doc.date, e.date_precision, e.date_text,
            e.quantity.value if e.quantity else None, e.quantity.unit if e.quantity else None,
            e.evidence.sentence, paragraphs.get(e.evidence.sentence),
            text[e.evidence.start:e.evidence.end].strip(), e.evidence.start, e.evidence.end,
            e.evidence.trigger.text,
            f"{doc.id}:{claim.id}" if claim else None,
            claim.sourcing_grade if claim else None, _jsonl(e.why),
        ))
        for p in e.participants:
            rows.event_participants.append((uid, p.actor, p.role, p.text, p.start, p.end,
                                            p.why))
    for c in analysis.claims:
        uid = f"{doc.id}:{c.id}"
        rows.claims.append((
            uid, doc.id, c.id, c.text, c.start, c.end, c.sentence, c.sourcing_grade,
            c.opinion, bool(c.hedges), bool(c.loaded_language),
            _jsonl([f"{doc.id}:{e}" for e in c.events]), _jsonl(c.why),
        ))
        a = c.attribution
        rows.attributions.append((uid, a.source_actor, a.source_text, a.cue, a.type, a.start,
                                  a.end))
        for category, flags in (("hedge", c.hedges), ("loaded", c.loaded_language)):
            for f in flags:
                rows.flags.append((uid, doc.id, category, f.text, f.start, f.end, f.entry))
    return rows
