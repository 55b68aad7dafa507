"""Reading reports and stories from the ledger, and writing stories back.

Incremental: only the stories whose dates are near the new reports' are loaded (and those
whose articles were republished since they were written); ``save`` rewrites only the
stories it is given, in one transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..store.connection import Ledger
from ..store.story_detail import write_details
from ..store.tables import Row, StoryConflictRow, StoryReportRow, StoryRow
from .judging import Judge
from .model import Report, Rules, Story, report_order, shifted

EVENT_SQL = """
SELECT e.event_uid, e.doc_id, d.outlet, e.plover_type, e.source_country, e.target_country,
       e.status, e.event_date, e.date_precision, d.date, e.date_text, e.location_country,
       e.quantity,
       e.evidence, e.claim_uid, e.sourcing_grade, e.source_actor, e.event_id, d.url,
       coalesce(a.source_text, a.cue), s.name, t.name, e.quantity_unit, d.title,
       e.event_num
FROM events e JOIN documents d USING (doc_id)
LEFT JOIN attributions a ON a.claim_uid = e.claim_uid
LEFT JOIN actors s ON s.actor_id = e.source_actor
LEFT JOIN actors t ON t.actor_id = e.target_actor
"""
STORY_TABLES = ("story_conflicts", "story_reports", "stories")  # in the order to delete


class StoryStore:
    def __init__(self, ledger: Ledger, rules: Rules):
        self.ledger = ledger
        self.rules = rules

    # -- reading ------------------------------------------------------------------------
    def _report(self, row: tuple[Any, ...]) -> Report:
        (uid, doc_id, outlet, ptype, src, tgt, status, event_date, precision, doc_date,
         date_text, loc, qty, evidence, claim, grade, source_actor, event_id, url, cited,
         source_name, target_name, unit, title, seq) = row
        day, event_date = self.rules.dates(status, event_date, doc_date, precision)
        return Report(uid, doc_id, outlet, ptype, src, tgt, status, day, event_date,
                      date_text, loc, qty, evidence or "", claim, grade, source_actor,
                      event_id, doc_date=doc_date, url=url, cited_text=cited,
                      source_name=source_name, target_name=target_name, quantity_unit=unit,
                      role=self.rules.role(status), title=title, seq=seq or 0)

    def reports(self, where: str = "TRUE", params: list[Any] | None = None) -> list[Report]:
        """The events matching ``where`` as reports, in grouping order."""
        rows = self.ledger.con.execute(f"{EVENT_SQL} WHERE {where}", params or []).fetchall()
        reports = [self._report(r) for r in rows]
        reports.sort(key=report_order)
        return reports

    def fresh(self) -> list[Report]:
        """The events that are in no story yet."""
        return self.reports("e.event_uid NOT IN (SELECT event_uid FROM story_reports "
                            "WHERE event_uid IS NOT NULL)")

    def nearby(self, fresh: list[Report]) -> list[Story]:
        """Existing stories whose dates are near the new reports', with their members."""
        days = [r.day for r in fresh if r.day]
        stale = self.stale_ids()
        if not fresh and not stale:
            return []
        window = self.rules.window * 9  # late answers reach back three windows
        params: list[Any] = []
        where = "TRUE"
        if days:
            where = "(s.date_end >= ? AND s.date_start <= ?) OR s.date_start IS NULL"
            params = [shifted(min(days), -window), shifted(max(days), window)]
        elif not fresh:
            where = "FALSE"
        if stale:  # stories whose articles were republished since they were written
            where = f"({where}) OR s.story_id IN ({', '.join('?' for _ in stale)})"
            params = [*params, *sorted(stale)]
        rows = self.ledger.con.execute(
            f"SELECT r.story_id, r.event_uid FROM story_reports r JOIN stories s "
            f"USING (story_id) WHERE r.event_uid IS NOT NULL AND ({where}) "
            f"ORDER BY r.story_id", params).fetchall()
        if not rows:
            return []
        uids = [uid for _, uid in rows]
        marks = ", ".join("?" for _ in uids)
        by_uid = {r.event_uid: r for r in self.reports(f"e.event_uid IN ({marks})", uids)}
        stories: dict[str, Story] = {}
        for story_id, uid in rows:
            story = stories.setdefault(story_id, Story(story_id=story_id))
            if uid in by_uid:
                report = by_uid[uid]
                (story.reports if report.role == "report" else story.answers).append(report)
        for story in stories.values():  # the same first report as a rebuild would have
            story.reports.sort(key=report_order)
            story.answers.sort(key=report_order)
        return [s for s in stories.values() if s.members()]

    def stale_ids(self) -> set[str]:
        """Stories whose articles got republications since they were last written."""
        rows = self.ledger.con.execute(
            "SELECT DISTINCT r.story_id FROM duplicates d JOIN story_reports r "
            "ON r.doc_id = d.original_id JOIN stories s USING (story_id) "
            "WHERE d.detected_at >= s.updated_at").fetchall()
        return {story_id for (story_id,) in rows}

    # -- writing ------------------------------------------------------------------------
    def save(self, written: list[Story], judge: Judge, at: dt.datetime,
             rebuild: bool = False) -> None:
        """Rewrite these stories (all stories with ``rebuild``) in one transaction, with
        their ``detail`` (store/story_detail.py); a new story gets its id here."""
        con = self.ledger.con
        con.execute("BEGIN TRANSACTION")
        try:
            if rebuild:
                for table in STORY_TABLES:
                    con.execute(f"DELETE FROM {table}")
            rows: dict[type[Row], list[Row]] = {StoryRow: [], StoryReportRow: [],
                                                StoryConflictRow: []}
            used = set() if rebuild else {
                r[0] for r in con.execute("SELECT story_id FROM stories").fetchall()}
            for story in written:
                if story.story_id:
                    for table in STORY_TABLES:
                        con.execute(f"DELETE FROM {table} WHERE story_id = ?",
                                    [story.story_id])
                else:
                    story.story_id = _unique_id(story, used)
                used.add(story.story_id)
                judged = judge.summarise(story, at)
                rows[StoryRow].append(judged.story)
                rows[StoryReportRow].extend(judged.reports)
                rows[StoryConflictRow].extend(judged.conflicts)
            for kind, table_rows in rows.items():
                if table_rows:
                    self.ledger.insert(kind, table_rows)
            write_details(con, None if rebuild else [s.story_id for s in written])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise


def _unique_id(story: Story, used: set[str]) -> str:
    base = story.new_id()
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
