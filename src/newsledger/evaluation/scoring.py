"""Compare an analysis with a gold item, and sum item results into a report.

The measures are defined in docs/eval.md: events are matched one-to-one on dyad + type,
best match first; status, quantity, cameo and location are checked on matched pairs;
actors by the mention that overlaps the gold text; claims by the claim containing the gold
snippet.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..events.merges import told_in
from ..model import Actor, Analysis, Claim, Event
from .counts import Counts, Tally, type_counts
from .gold import GoldActor, GoldClaim, GoldEvent, GoldItem
from .misses import MISS_CLASSES, classify

if TYPE_CHECKING:
    from ..analyzer import Analyzer

NONE = "—"  # the confusion table's "no event" row and column
EVENT_FIELDS = ("status", "quantity", "cameo", "location")
CLAIM_FIELDS = ("grade", "type", "source")


def actor_code(analysis: Analysis, actor_id: str | None) -> str:
    """The CAMEO-style code we gave an actor ('' when there is none)."""
    actor = analysis.actor(actor_id)
    if actor is None:
        return ""
    return actor.cameo_code or actor.country or ""


def code_fits(code: str, gold: str | None) -> bool:
    """A gold code matches at its own granularity: ``PAK`` any Pakistani actor."""
    return not gold or code.startswith(gold)


def event_fits(analysis: Analysis, event: Event, gold: GoldEvent) -> bool:
    """Dyad and type: what counts as an event match."""
    return (event.type == gold.plover
            and code_fits(actor_code(analysis, event.source), gold.source)
            and code_fits(actor_code(analysis, event.target), gold.target))


def field_checks(event: Event, gold: GoldEvent) -> dict[str, tuple[Any, Any, bool]]:
    """``field -> (expected, got, right)`` for the gold event's scored fields."""
    checks: dict[str, tuple[Any, Any, bool]] = {}
    if gold.status:
        checks["status"] = (gold.status, event.status, event.status == gold.status)
    if gold.quantity is not None:
        got = event.quantity.value if event.quantity else None
        checks["quantity"] = (gold.quantity, got, got is not None and got == gold.quantity)
    if gold.cameo:
        got = event.cameo or ""
        checks["cameo"] = (gold.cameo, got or None, got[: len(gold.cameo)] == gold.cameo)
    if gold.location_country:
        got = event.location.country if event.location else None
        checks["location"] = (gold.location_country, got, got == gold.location_country)
    return checks


def match_events(analysis: Analysis, golds: list[GoldEvent]
                 ) -> tuple[list[tuple[GoldEvent, Event]], list[GoldEvent], list[Event]]:
    """One-to-one matches, best first; returns ``(pairs, missed gold, spurious events)``."""
    candidates = []
    for g, gold in enumerate(golds):
        for p, event in enumerate(analysis.events):
            if event_fits(analysis, event, gold):
                agree = sum(ok for _, _, ok in field_checks(event, gold).values())
                candidates.append((-agree, g, p))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    pairs.sort()
    return ([(golds[g], analysis.events[p]) for g, p in pairs],
            [gold for g, gold in enumerate(golds) if g not in used_gold],
            [event for p, event in enumerate(analysis.events) if p not in used_pred])


def describe_event(analysis: Analysis, event: Event) -> str:
    parts = [event.type, f"{actor_code(analysis, event.source) or '?'}"
                         f"→{actor_code(analysis, event.target) or '?'}", event.status]
    if event.quantity:
        parts.append(f"n={event.quantity.value:g}")
    return " ".join(parts)


def _find(text: str, needle: str, start: int = 0) -> tuple[int, int] | None:
    """Where a gold text first occurs from ``start``: as written and as a whole word
    first, then as a whole word in any case, then anywhere in any case (the gold actor "UN"
    is not the "un" of "launch" earlier in the sentence)."""
    word = re.escape(needle)
    for pattern, flags in ((rf"(?<!\w){word}(?!\w)", 0),
                           (rf"(?<!\w){word}(?!\w)", re.IGNORECASE), (word, re.IGNORECASE)):
        found = re.compile(pattern, flags).search(text, start)
        if found:
            return found.start(), found.end()
    return None


def in_item(item: GoldItem, analysis: Analysis) -> Analysis:
    """The part of an analysis that belongs to the item's own text.

    An item with ``context`` and ``after`` is analysed as context + text + after (so
    pronouns, carried-over attribution, the document's speaker and a quotation's closing
    speaker are what a reader saw); only events and claims whose sentence starts within the
    item's text are scored. An event told again in the item's text is the item's too ("I
    condemn the abduction…" after a sentence that first told it: one happening, one event,
    ``merges.told_in``).
    """
    offset, end = len(item.context), len(item.context) + len(item.text)
    if not offset and not item.after:
        return analysis
    here = {s.index for s in analysis.sentences if offset <= s.start < end}
    return replace(analysis,
                   events=[e for e in analysis.events
                           if offset <= e.evidence.start < end or told_in(e) & here],
                   claims=[c for c in analysis.claims if offset <= c.start < end])


def resolve_actor(analysis: Analysis, gold: GoldActor, start: int = 0) -> Actor | None:
    """Our actor whose mention overlaps the gold text most (first occurrence after start)."""
    span = _find(analysis.document.text, gold.text, start)
    if span is None:
        return None
    best, best_overlap = None, 0
    for actor in analysis.actors:
        for mention in actor.mentions:
            overlap = min(span[1], mention.end) - max(span[0], mention.start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
    return best


def actor_right(actor: Actor | None, gold: GoldActor) -> bool:
    if actor is None:
        return False
    code = actor.cameo_code or actor.country or ""
    if gold.country in ("IGO", "NGO"):
        return code.startswith(gold.country) and code_fits(code, gold.sector and
                                                           gold.country + gold.sector)
    if gold.country and actor.country != gold.country:
        return False
    return not gold.sector or actor.sector == gold.sector or code.startswith(
        (gold.country or "") + gold.sector)


def _norm(text: str | None) -> str:
    text = (text or "").lower().strip(" .,'\"‘’“”")
    return text[4:] if text.startswith("the ") else text


def source_right(analysis: Analysis, claim: Claim, gold_source: str) -> bool:
    gold = _norm(gold_source)
    actor = analysis.actor(claim.attribution.source_actor)
    for ours in (claim.attribution.source_text, actor.name if actor else None):
        ours = _norm(ours)
        if ours and gold and (gold in ours or ours in gold):
            return True
    return False


def claim_checks(analysis: Analysis, gold: GoldClaim) -> dict[str, tuple[Any, Any, bool]]:
    claim = next((c for c in analysis.claims if gold.text_contains in c.text), None)
    checks: dict[str, tuple[Any, Any, bool]] = {}
    if gold.grade:
        got = claim.sourcing_grade if claim else None
        checks["grade"] = (gold.grade, got, got == gold.grade)
    if gold.type:
        got = claim.attribution.type if claim else None
        checks["type"] = (gold.type, got, got == gold.type)
    if gold.source:
        got = claim.attribution.source_text if claim else None
        checks["source"] = (gold.source, got,
                            claim is not None and source_right(analysis, claim, gold.source))
    return checks


@dataclass
class ItemResult:
    """How one item went: matched, missed and spurious events and every field checked."""

    item: GoldItem
    analysis: Analysis
    matches: list[tuple[GoldEvent, Event]] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)
    event_checks: list[tuple[GoldEvent, str, Any, Any, bool]] = field(default_factory=list)
    actor_checks: list[tuple[GoldActor, str | None, bool]] = field(default_factory=list)
    claim_checks: list[tuple[GoldClaim, str, Any, Any, bool]] = field(default_factory=list)
    confusion: list[tuple[str, str]] = field(default_factory=list)
    misses: list[tuple[str, str]] = field(default_factory=list)  # (class, what): misses.py

    @property
    def errors(self) -> int:
        wrong = sum(not c[-1] for c in self.event_checks + self.claim_checks)
        return (len(self.missed) + len(self.spurious) + wrong
                + sum(not ok for _, _, ok in self.actor_checks))


def score_item(item: GoldItem, analysis: Analysis) -> ItemResult:
    analysis = in_item(item, analysis)
    result = ItemResult(item, analysis)
    if item.events is not None:
        result.matches, result.missed, result.spurious = match_events(analysis, item.events)
        for gold, event in result.matches:
            result.confusion.append((gold.plover, event.type))
            for name, (expected, got, ok) in field_checks(event, gold).items():
                result.event_checks.append((gold, name, expected, got, ok))
        leftover = list(result.spurious)
        for gold in result.missed:  # a wrong type on the right dyad is a confusion
            same_dyad = next((e for e in leftover if event_fits(
                analysis, e, GoldEvent(e.type, gold.source, gold.target))), None)
            if same_dyad is not None:
                leftover.remove(same_dyad)
            result.confusion.append((gold.plover, same_dyad.type if same_dyad else NONE))
        result.confusion.extend((NONE, e.type) for e in leftover)
        result.misses = classify(result.missed, result.spurious, result.matches,
                                 lambda actor_id: actor_code(analysis, actor_id), code_fits)
    for gold_actor in item.actors:
        actor = resolve_actor(analysis, gold_actor, len(item.context))
        got = (actor.cameo_code or actor.country) if actor else None
        result.actor_checks.append((gold_actor, got, actor_right(actor, gold_actor)))
    for gold_claim in item.claims:
        for name, (expected, got, ok) in claim_checks(analysis, gold_claim).items():
            result.claim_checks.append((gold_claim, name, expected, got, ok))
    return result


@dataclass
class Report:
    """Everything ``newsledger eval`` prints, summed over a gold file."""

    name: str = ""
    n: int = 0
    seconds: float = 0.0
    events: Counts = field(default_factory=Counts)
    types: Counts = field(default_factory=Counts)  # event types alone, any dyad
    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in EVENT_FIELDS})
    actors: Tally = field(default_factory=Tally)
    claims: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in CLAIM_FIELDS})
    attribution: Tally = field(default_factory=Tally)
    by_type: dict[str, Counts] = field(default_factory=dict)
    by_status: dict[str, Counter[str]] = field(default_factory=dict)
    by_grade: dict[str, Tally] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: Counter[str] = field(default_factory=Counter)  # miss class -> count
    results: list[ItemResult] = field(default_factory=list)

    def add(self, result: ItemResult) -> None:
        self.n += 1
        self.results.append(result)
        self.events.tp += len(result.matches)
        self.events.fn += len(result.missed)
        self.events.fp += len(result.spurious)
        if result.item.events is not None:
            tp, fp, fn = type_counts(result.item.events, result.analysis.events)
            self.types.tp, self.types.fp, self.types.fn = (
                self.types.tp + tp, self.types.fp + fp, self.types.fn + fn)
        for gold, _ in result.matches:
            self.by_type.setdefault(gold.plover, Counts()).tp += 1
        for gold in result.missed:
            self.by_type.setdefault(gold.plover, Counts()).fn += 1
        for event in result.spurious:
            self.by_type.setdefault(event.type, Counts()).fp += 1
        self.confusion.update(result.confusion)
        self.misses.update(kind for kind, _ in result.misses)
        checked_status = {id(g): ok for g, name, _, _, ok in result.event_checks
                          if name == "status"}
        for gold in (result.item.events or []):
            if gold.status:
                row = self.by_status.setdefault(gold.status, Counter())
                row["gold"] += 1
                if id(gold) in checked_status:
                    row["matched"] += 1
                    row["right"] += checked_status[id(gold)]
        for _, name, _, _, ok in result.event_checks:
            self.fields[name].add(ok)
        for _, _, ok in result.actor_checks:
            self.actors.add(ok)
        attribution: dict[int, bool] = {}
        for gold_claim, name, expected, _, ok in result.claim_checks:
            self.claims[name].add(ok)
            if name == "grade":
                self.by_grade.setdefault(expected, Tally()).add(ok)
            else:
                attribution[id(gold_claim)] = attribution.get(id(gold_claim), True) and ok
        for ok in attribution.values():
            self.attribution.add(ok)

    @property
    def items_per_second(self) -> float:
        return self.n / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        def acc(tally: Tally) -> float | None:
            value = tally.accuracy
            return None if value is None else round(value, 4)

        confusion: dict[str, dict[str, int]] = {}
        for (gold, pred), count in sorted(self.confusion.items()):
            confusion.setdefault(gold, {})[pred] = count
        return {
            "name": self.name,
            "n": self.n,
            "events": self.events.to_dict(),
            "types": self.types.to_dict(),
            "status_accuracy": acc(self.fields["status"]),
            "quantity_accuracy": acc(self.fields["quantity"]),
            "cameo_accuracy": acc(self.fields["cameo"]),
            "location_accuracy": acc(self.fields["location"]),
            "actors": {"accuracy": acc(self.actors), "n": self.actors.total},
            "claims": {
                "grade_accuracy": acc(self.claims["grade"]),
                "attribution_accuracy": acc(self.attribution),
                "attribution_type_accuracy": acc(self.claims["type"]),
                "attribution_source_accuracy": acc(self.claims["source"]),
                "n": max(self.claims["grade"].total, self.attribution.total),
            },
            "checked": {name: tally.total for name, tally in self.fields.items()},
            "by_type": {t: c.to_dict() for t, c in sorted(self.by_type.items())},
            "by_status": {s: {k: row[k] for k in ("gold", "matched", "right")}
                          for s, row in sorted(self.by_status.items())},
            "by_grade": {g: {"right": t.right, "n": t.total, "accuracy": acc(t)}
                         for g, t in sorted(self.by_grade.items())},
            "confusion": confusion,
            "misses": {kind: self.misses.get(kind, 0) for kind in MISS_CLASSES},
            "seconds": round(self.seconds, 3),
            "items_per_second": round(self.items_per_second, 2),
        }

    def worst(self, count: int) -> list[ItemResult]:
        ranked = [r for r in self.results if r.errors]
        ranked.sort(key=lambda r: (-r.errors, r.item.line))
        return ranked[:count]


def analyses(items: list[GoldItem], analyzer: Analyzer, n_process: int = 1
             ) -> Iterator[Analysis]:
    return analyzer.analyze_many(({"text": i.context + i.text + i.after, "date": i.date,
                                   "outlet": i.outlet} for i in items), n_process=n_process)


def evaluate(items: Iterable[GoldItem], analyzer: Analyzer, name: str = "",
             n_process: int = 1) -> Report:
    """Analyse every gold item and score it; the time spent is the report's throughput."""
    items = list(items)
    report = Report(name=name)
    started = time.perf_counter()
    for item, analysis in zip(items, analyses(items, analyzer, n_process), strict=True):
        report.add(score_item(item, analysis))
    report.seconds = time.perf_counter() - started
    return report
