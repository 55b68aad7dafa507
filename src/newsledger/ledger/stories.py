"""Corroboration: group reports of the same happening from different articles into stories,
judge which sources are independent, and mark each story corroborated, single-source,
contested (an actor involved denies it) or contradicted (independent reports disagree).

A report is an event of the ledger. It joins a story when the type is the same or related
(lexicons/corroboration.yaml), the countries fit (same source country; targets, when both
sides name one, shared), the dates lie within the window, the places do not differ, and —
unless source and target countries both match — the evidence sentences are alike (TF-IDF
cosine). Events that deny a happening ("denied reports that it had agreed to…") attach to
the story they deny. Wire copies and near-duplicates recorded at ingest, and articles that
cite another outlet ("…, according to Harbor Wire"), are reports that depend on another
outlet: they count as articles, not as independent sources.

Incremental: new events join existing stories (only stories near their dates are loaded)
and only the stories they touch are rewritten; ``rebuild=True`` recomputes everything.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..resources import CorroborationLexicon, load_corroboration
from .store import Ledger, now

STATUS_ORDER = ("contested", "contradicted", "corroborated", "single-source")


@dataclass
class Report:
    event_uid: str
    doc_id: str
    outlet: str | None
    plover_type: str
    source_country: str | None
    target_country: str | None
    status: str
    day: dt.date | None  # the day it happened, or was announced for what is to come
    event_date: dt.date | None
    date_text: str | None
    location_country: str | None
    quantity: float | None
    evidence: str
    claim_uid: str | None
    sourcing_grade: str | None
    source_actor: str | None
    event_id: str

    @property
    def source_label(self) -> str:  # who reported it: the outlet, or the article itself
        return self.outlet or f"article {self.doc_id}"


@dataclass
class Story:
    reports: list[Report] = field(default_factory=list)
    denials: list[Report] = field(default_factory=list)
    story_id: str | None = None

    @property
    def first(self) -> Report:
        return (self.reports or self.denials)[0]

    def members(self) -> list[Report]:
        return self.reports + self.denials

    def days(self) -> list[dt.date]:
        return [r.day for r in self.members() if r.day]

    def countries(self, attr: str) -> set[str]:
        return {getattr(r, attr) for r in self.members() if getattr(r, attr)}

    def new_id(self) -> str:
        first = min(self.members(), key=lambda r: (r.day or dt.date.max, r.event_uid))
        return "s" + hashlib.sha1(first.event_uid.encode()).hexdigest()[:10]


class Rules:
    """The corroboration lexicon (:class:`CorroborationLexicon`), read once."""

    def __init__(self, lexicon: CorroborationLexicon | None = None) -> None:
        lex = lexicon or load_corroboration()
        self.window = lex.window
        self.related = set(lex.related)
        self.min_similarity = lex.min_similarity
        self.tolerance = lex.tolerance
        self.status_group = dict(lex.status_group)
        self.denial_statuses = set(lex.denial_statuses)
        self.cues = list(lex.cues)
        self.stopwords = set(lex.stopwords)
        self.mutual = set(lex.mutual)

    def types_fit(self, a: str, b: str) -> bool:
        return a == b or frozenset((a, b)) in self.related

    def fitting(self, plover_type: str) -> set[str]:
        """The types a report of this type may share a story with."""
        out = {plover_type}
        for pair in self.related:
            if plover_type in pair:
                out |= pair
        return out


WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")


class Similarity:
    """TF-IDF cosine between evidence sentences (idf over the reports being grouped)."""

    def __init__(self, texts: list[str], stopwords: set[str]):
        self.stopwords = stopwords
        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(self.words(text)))
        self.n = max(len(texts), 1)
        self.idf = {w: math.log((1 + self.n) / (1 + c)) + 1 for w, c in df.items()}
        self.cache: dict[str, dict[str, float]] = {}

    def words(self, text: str) -> list[str]:
        return [w for w in WORD.findall(text.lower()) if w not in self.stopwords]

    def vector(self, text: str) -> dict[str, float]:
        if text not in self.cache:
            counts = Counter(self.words(text))
            vec = {w: c * self.idf.get(w, math.log(1 + self.n) + 1) for w, c in counts.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            self.cache[text] = {w: v / norm for w, v in vec.items()}
        return self.cache[text]

    def cosine(self, a: str, b: str) -> float:
        va, vb = self.vector(a), self.vector(b)
        if len(va) > len(vb):
            va, vb = vb, va
        return sum(v * vb.get(w, 0.0) for w, v in va.items())


EVENT_SQL = """
SELECT e.event_uid, e.doc_id, d.outlet, e.plover_type, e.source_country, e.target_country,
       e.status, e.event_date, d.date, e.date_text, e.location_country, e.quantity,
       e.evidence, e.claim_uid, e.sourcing_grade, e.source_actor, e.event_id
FROM events e JOIN documents d USING (doc_id)
"""


class Corroborator:
    def __init__(self, ledger: Ledger, rules: Rules | None = None):
        self.ledger = ledger
        self.rules = rules or Rules()
        self._cited: dict[str, str | None] = {}

    # -- reading ------------------------------------------------------------------------
    def _report(self, row: tuple[Any, ...]) -> Report:
        (uid, doc_id, outlet, ptype, src, tgt, status, event_date, doc_date, date_text,
         loc, qty, evidence, claim, grade, source_actor, event_id) = row
        happened = self.rules.status_group.get(status) in ("happened", "not-done")
        day = (event_date if happened else doc_date) or event_date or doc_date
        return Report(uid, doc_id, outlet, ptype, src, tgt, status, day, event_date,
                      date_text, loc, qty, evidence or "", claim, grade, source_actor,
                      event_id)

    def _events(self, where: str = "TRUE", params: list[Any] | None = None) -> list[Report]:
        rows = self.ledger.con.execute(f"{EVENT_SQL} WHERE {where}", params or []).fetchall()
        reports = [self._report(r) for r in rows]
        reports.sort(key=lambda r: (r.day or dt.date.max, r.doc_id, r.event_uid))
        return reports

    # -- grouping -----------------------------------------------------------------------
    def _fits(self, report: Report, story: Story, sim: Similarity) -> float | None:
        """How well a report fits a story (None: it does not)."""
        rules = self.rules
        if not rules.types_fit(report.plover_type, story.first.plover_type):
            return None
        days = story.days()
        if report.day and days and not (min(days) - rules.window <= report.day
                                        <= max(days) + rules.window):
            return None
        sources, targets = story.countries("source_country"), story.countries("target_country")
        if report.plover_type in rules.mutual and report.source_country in targets \
                and report.target_country in sources:  # "A and B met": B met A too
            report = Report(**{**report.__dict__, "source_country": report.target_country,
                               "target_country": report.source_country})
        if report.source_country and sources and report.source_country not in sources:
            return None
        if report.target_country and targets and report.target_country not in targets:
            return None
        places = story.countries("location_country")
        if report.location_country and places and report.location_country not in places:
            return None
        best = max((sim.cosine(report.evidence, m.evidence) for m in story.members()),
                   default=0.0)
        same_dyad = bool(report.source_country and report.source_country in sources
                         and (not report.target_country or not targets
                              or report.target_country in targets))
        both_known = bool(report.source_country and report.target_country and sources
                          and targets)
        if not (same_dyad and (both_known or best >= rules.min_similarity)) \
                and best < max(rules.min_similarity * 2, 0.5):
            return None
        return best + (1.0 if same_dyad else 0.0) + (
            0.5 if report.plover_type == story.first.plover_type else 0.0)

    def _assign(self, reports: list[Report], stories: list[Story]) -> set[int]:
        """Put each report in its best story (or a new one); returns the touched indexes."""
        sim = Similarity([r.evidence for r in reports]
                         + [m.evidence for s in stories for m in s.members()],
                         self.rules.stopwords)
        touched: set[int] = set()
        buckets: dict[tuple[str, int | None], set[int]] = {}
        for i, story in enumerate(stories):
            for member in story.members():
                buckets.setdefault(_bucket(story.first.plover_type, member.day), set()).add(i)

        def candidates(report: Report, reach: int = 1) -> set[int]:
            """Stories of a fitting type with a member within a week or so."""
            week = _week(report.day)
            found: set[int] = set()
            for ptype in self.rules.fitting(report.plover_type):
                if week is None:
                    found |= buckets.get((ptype, None), set())
                    continue
                for w in range(week - reach, week + reach + 1):
                    found |= buckets.get((ptype, w), set())
            return found

        def place(report: Report, scored: list[tuple[float, int]], denial: bool) -> None:
            """Into the best-scoring story, or a story of its own."""
            if scored:
                index = max(scored)[1]
            else:
                stories.append(Story())
                index = len(stories) - 1
            (stories[index].denials if denial else stories[index].reports).append(report)
            buckets.setdefault(_bucket(stories[index].first.plover_type, report.day),
                               set()).add(index)
            touched.add(index)

        denials = [r for r in reports if r.status in self.rules.denial_statuses]
        for report in (r for r in reports if r.status not in self.rules.denial_statuses):
            place(report, [(score, i) for i in sorted(candidates(report))
                           if (score := self._fits(report, stories[i], sim)) is not None],
                  denial=False)
        for denial in denials:  # a denial may come days after the reports it denies
            scored = []
            for i in sorted(candidates(denial, reach=3)):
                if not stories[i].reports:
                    continue
                widened = Story(reports=stories[i].reports)
                score = self._fits(_shifted(denial, widened), widened, sim)
                if score is not None:
                    scored.append((score, i))
            place(denial, scored, denial=True)
        return touched

    # -- independence -------------------------------------------------------------------
    @cached_property
    def outlets(self) -> list[str]:
        names = self.ledger.con.execute(
            "SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL UNION "
            "SELECT DISTINCT outlet FROM duplicates WHERE outlet <> ''").fetchall()
        return sorted((n for (n,) in names), key=len, reverse=True)

    def cited_outlet(self, doc_id: str, own: str | None) -> str | None:
        """The outlet an article cites for its reporting ("according to Harbor Wire")."""
        if doc_id not in self._cited:
            self._cited[doc_id] = self._find_cited(doc_id, own)
        return self._cited[doc_id]

    def _find_cited(self, doc_id: str, own: str | None) -> str | None:
        text = self.ledger.scalar("SELECT text FROM documents WHERE doc_id = ?", [doc_id])
        lower = (text or "").lower()
        for name in self.outlets:
            if own and name.lower() == own.lower():
                continue
            for match in re.finditer(rf"\b{re.escape(name.lower())}\b", lower):
                near = lower[max(0, match.start() - 40): match.end() + 25]
                if any(cue in near for cue in self.rules.cues):
                    return name
        return None

    @cached_property
    def _copies(self) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        for original, outlet, kind in self.ledger.con.execute(
                "SELECT original_id, outlet, kind FROM duplicates ORDER BY outlet").fetchall():
            out.setdefault(original, []).append((outlet, kind))
        return out

    def copies(self, doc_ids: set[str]) -> dict[str, list[tuple[str, str]]]:
        """doc_id -> [(outlet, kind)] of its recorded republications."""
        return {d: self._copies[d] for d in doc_ids if d in self._copies}

    # -- judging a story ----------------------------------------------------------------
    def summarise(self, story: Story) -> tuple[dict[str, Any], list[tuple], list[tuple]]:
        """The story row, its report rows and its conflict rows."""
        docs = {r.doc_id for r in story.members()}
        cited = {d: self.cited_outlet(d, next(r.outlet for r in story.members()
                                               if r.doc_id == d)) for d in docs}
        copies = self.copies({r.doc_id for r in story.reports})
        report_rows, independent = [], []
        for r in story.reports:
            depends = cited[r.doc_id]
            if depends is None:
                independent.append(r)
            report_rows.append((r.event_uid, r.doc_id, r.outlet, "report", depends is None,
                                depends, r.claim_uid, r.sourcing_grade))
        seen_copies: set[tuple[str, str]] = set()
        for r in story.reports:
            for outlet, kind in copies.get(r.doc_id, []):
                if (r.doc_id, outlet) in seen_copies:
                    continue
                seen_copies.add((r.doc_id, outlet))
                report_rows.append((None, r.doc_id, outlet or None, f"copy-{kind}", False,
                                    r.outlet or f"article {r.doc_id}", r.claim_uid,
                                    r.sourcing_grade))
        for r in story.denials:
            report_rows.append((r.event_uid, r.doc_id, r.outlet, "denial", None,
                                cited[r.doc_id], r.claim_uid, r.sourcing_grade))
        sources = {r.source_label for r in independent}
        conflicts = self._conflicts(independent)
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
        row = {
            "plover_type": types.most_common(1)[0][0],
            "types": sorted(types),
            "source_countries": sorted(story.countries("source_country")),
            "target_countries": sorted(story.countries("target_country")),
            "location_country": places.most_common(1)[0][0] if places else None,
            "date_start": min(days) if days else None,
            "date_end": max(days) if days else None,
            "quantity": quantities.most_common(1)[0][0] if quantities else None,
            "status": status,
            "independent_sources": len(sources),
            "n_reports": len([x for x in report_rows if x[3] != "denial"]),
            "n_articles": len({r.doc_id for r in story.reports}) + len(seen_copies),
            "n_outlets": len({r.source_label for r in story.reports}
                             | {o for _, o in seen_copies}),
        }
        return row, report_rows, conflicts

    def _conflicts(self, reports: list[Report]) -> list[tuple]:
        """Checked facts on which independent articles disagree (same type compared)."""
        out = []
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

    # -- the run ------------------------------------------------------------------------
    def run(self, rebuild: bool = False) -> dict[str, int]:
        con = self.ledger.con
        if rebuild:
            stories: list[Story] = []
            fresh = self._events()
        else:
            fresh = self._events(
                "e.event_uid NOT IN (SELECT event_uid FROM story_reports "
                "WHERE event_uid IS NOT NULL)")
            stories = self._nearby(fresh)
        before = len(stories)
        touched = self._assign(fresh, stories)
        touched |= self._recopied(stories)
        written = [stories[i] for i in sorted(touched)]
        at = now()
        con.execute("BEGIN TRANSACTION")
        try:
            if rebuild:
                for table in ("story_conflicts", "story_reports", "stories"):
                    con.execute(f"DELETE FROM {table}")
            rows: dict[str, list[tuple]] = {"stories": [], "story_reports": [],
                                             "story_conflicts": []}
            used = set() if rebuild else {
                r[0] for r in con.execute("SELECT story_id FROM stories").fetchall()}
            for story in written:
                if story.story_id:
                    for table in ("story_conflicts", "story_reports", "stories"):
                        con.execute(f"DELETE FROM {table} WHERE story_id = ?",
                                    [story.story_id])
                else:
                    story.story_id = _unique_id(story, used)
                used.add(story.story_id)
                row, reports, conflicts = self.summarise(story)
                rows["stories"].append((
                    story.story_id, row["plover_type"], json.dumps(row["types"]),
                    json.dumps(row["source_countries"]), json.dumps(row["target_countries"]),
                    row["location_country"], row["date_start"], row["date_end"],
                    row["quantity"], row["status"], row["independent_sources"],
                    row["n_reports"], row["n_articles"], row["n_outlets"], at))
                rows["story_reports"].extend((story.story_id, *r) for r in reports)
                rows["story_conflicts"].extend(
                    (story.story_id, n, json.dumps(v), json.dumps(e, default=str))
                    for n, v, e in conflicts)
            for table, table_rows in rows.items():
                if table_rows:
                    self.ledger.insert(table, table_rows)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return {"events": len(fresh), "stories_new": len(stories) - before,
                "stories_updated": len(written)}

    def _nearby(self, fresh: list[Report]) -> list[Story]:
        """Existing stories whose dates are near the new reports', with their members."""
        days = [r.day for r in fresh if r.day]
        stale = self._stale_ids()
        if not fresh and not stale:
            return []
        window = self.rules.window * 9  # late denials reach back three windows
        params: list[Any] = []
        where = "TRUE"
        if days:
            where = "(s.date_end >= ? AND s.date_start <= ?) OR s.date_start IS NULL"
            params = [min(days) - window, max(days) + window]
        elif not fresh:
            where = "FALSE"
        if stale:  # stories whose articles were republished since they were written
            where = f"({where}) OR s.story_id IN ({', '.join('?' for _ in stale)})"
            params = [*params, *sorted(stale)]
        rows = self.ledger.con.execute(
            f"SELECT r.story_id, r.event_uid, r.kind FROM story_reports r JOIN stories s "
            f"USING (story_id) WHERE r.event_uid IS NOT NULL AND ({where}) "
            f"ORDER BY r.story_id", params).fetchall()
        if not rows:
            return []
        uids = [uid for _, uid, _ in rows]
        marks = ", ".join("?" for _ in uids)
        by_uid = {r.event_uid: r for r in self._events(f"e.event_uid IN ({marks})", uids)}
        stories: dict[str, Story] = {}
        for story_id, uid, kind in rows:
            story = stories.setdefault(story_id, Story(story_id=story_id))
            if uid in by_uid:
                (story.denials if kind == "denial" else story.reports).append(by_uid[uid])
        order = lambda r: (r.day or dt.date.max, r.doc_id, r.event_uid)  # noqa: E731
        for story in stories.values():  # the same first report as a rebuild would have
            story.reports.sort(key=order)
            story.denials.sort(key=order)
        return [s for s in stories.values() if s.members()]

    def _stale_ids(self) -> set[str]:
        """Stories whose articles got republications since they were last written."""
        rows = self.ledger.con.execute(
            "SELECT DISTINCT r.story_id FROM duplicates d JOIN story_reports r "
            "ON r.doc_id = d.original_id JOIN stories s USING (story_id) "
            "WHERE d.detected_at >= s.updated_at").fetchall()
        return {story_id for (story_id,) in rows}

    def _recopied(self, stories: list[Story]) -> set[int]:
        stale = self._stale_ids()
        return {i for i, s in enumerate(stories) if s.story_id in stale}


def _unique_id(story: Story, used: set[str]) -> str:
    base = story.new_id()
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _week(day: dt.date | None) -> int | None:
    return day.toordinal() // 7 if day else None


def _bucket(plover_type: str, day: dt.date | None) -> tuple[str, int | None]:
    return plover_type, _week(day)


def _shifted(denial: Report, story: Story) -> Report:
    """A denial dated as the story, so that a later denial still fits the window."""
    days = story.days()
    if not days or denial.day is None or denial.day <= max(days):
        return denial
    return Report(**{**denial.__dict__, "day": max(days)})


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def corroborate(ledger: Ledger, rebuild: bool = False) -> dict[str, int]:
    """Update the stories of a ledger (all of them with ``rebuild``)."""
    return Corroborator(ledger).run(rebuild=rebuild)
