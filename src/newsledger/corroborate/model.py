"""What corroboration works with: a report (an event of the ledger), a story (reports of
one happening, and the answers to it: denials, refusals, negations, speculation, demands),
and the rules read from the lexicon."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from ..resources import CorroborationLexicon, load_corroboration


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
    doc_date: dt.date | None = None  # the article's date: a later version revises
    url: str | None = None
    cited_text: str | None = None  # who the sentence cites ("media reports", "Reuters")
    source_name: str | None = None  # the source actor's name, for the story's headline
    target_name: str | None = None
    quantity_unit: str | None = None
    role: str = "report"  # report | denial | refusal | negation | speculation | demand
    title: str | None = None
    seq: int = 0  # the order the ledger stored it in (events.event_num)

    @property
    def version(self) -> tuple[dt.date, int, int]:
        """Which of an outlet's versions of a story is later: the article date, then an
        "UPDATE 2-" / "REFILE-" mark in the title, then the order it was stored in."""
        mark = re.match(r"\s*(?:UPDATE\s*(\d+)|REFILE|CORRECTED)", self.title or "", re.I)
        number = (int(mark.group(1)) if mark.group(1) else 1) if mark else 0
        return self.doc_date or dt.date.min, number, self.seq

    @property
    def source_label(self) -> str:  # who reported it: the outlet, or the article itself
        return self.outlet or f"article {self.doc_id}"


@dataclass
class Story:
    """One happening: the reports that assert it, and the answers to it (``role`` says
    which: a denial, refusal, negation, speculation or demand), which never count as
    sources."""

    reports: list[Report] = field(default_factory=list)
    answers: list[Report] = field(default_factory=list)
    story_id: str | None = None

    @property
    def first(self) -> Report:
        return (self.reports or self.answers)[0]

    @property
    def denials(self) -> list[Report]:
        return [r for r in self.answers if r.role == "denial"]

    def members(self) -> list[Report]:
        return self.reports + self.answers

    def days(self) -> list[dt.date]:
        return [r.day for r in self.members() if r.day]

    def countries(self, attr: str) -> set[str]:
        return {getattr(r, attr) for r in self.members() if getattr(r, attr)}

    def new_id(self) -> str:
        first = min(self.members(), key=lambda r: (r.day or dt.date.max, r.event_uid))
        return "s" + hashlib.sha1(first.event_uid.encode()).hexdigest()[:10]


def report_order(report: Report) -> tuple[dt.date, str, str]:
    """The order reports are grouped in: by day, article, event."""
    return report.day or dt.date.max, report.doc_id, report.event_uid


class Rules:
    """The corroboration lexicon (:class:`CorroborationLexicon`), read once."""

    def __init__(self, lexicon: CorroborationLexicon | None = None) -> None:
        lex = lexicon or load_corroboration()
        self.window = lex.window
        self.related = set(lex.related)
        self.min_similarity = lex.min_similarity
        self.tolerance = lex.tolerance
        self.status_group = dict(lex.status_group)
        self.roles = dict(lex.roles)
        self.cues = list(lex.cues)
        self.stopwords = set(lex.stopwords)
        self.mutual = set(lex.mutual)
        self.headline_verbs = dict(lex.headline_verbs)
        self.media_words = set(lex.media_words)

    def role(self, status: str) -> str:
        """The role a report of this status plays in its story (lexicon ``roles``)."""
        return self.roles.get(status, "report")

    def dates(self, status: str, event_date: dt.date | None, doc_date: dt.date | None,
              precision: str | None) -> tuple[dt.date | None, dt.date | None]:
        """A report's ``(day, event_date)``: the day it happened for what happened (the
        article's day for what is to come, or when the text gives none). A year alone
        ("this year", stored as its 1 January) dates no day: the article's stands in."""
        if precision == "year":
            event_date = None
        happened = self.status_group.get(status) in ("happened", "not-done")
        return (event_date if happened else doc_date) or event_date or doc_date, event_date

    def types_fit(self, a: str, b: str) -> bool:
        return a == b or frozenset((a, b)) in self.related

    def fitting(self, plover_type: str) -> set[str]:
        """The types a report of this type may share a story with."""
        out = {plover_type}
        for pair in self.related:
            if plover_type in pair:
                out |= pair
        return out


def shifted(day: dt.date, delta: dt.timedelta) -> dt.date:
    """``day + delta``, held at the ends of the calendar (an article dated 0001-01-01 or
    9999-12-31 must not stop every later grouping with an OverflowError)."""
    try:
        return day + delta
    except OverflowError:
        return dt.date.max if delta > dt.timedelta(0) else dt.date.min
