"""Grouping reports into stories.

A report joins a story when the type is the same or related, the countries fit (same
source country; targets, when both sides name one, shared), the dates lie within the
window, the places do not differ, and — unless source and target countries both match —
the evidence sentences are alike. An answer (a denial, refusal, negation, speculation or
demand) attaches to the story it answers, even days later, or starts one of its own; a
report later joins it there.
"""

from __future__ import annotations

import datetime as dt

from .model import Report, Rules, Story, shifted
from .similarity import Similarity

Bucket = tuple[str, int | None]


def _week(day: dt.date | None) -> int | None:
    return day.toordinal() // 7 if day else None


def _bucket(plover_type: str, day: dt.date | None) -> Bucket:
    return plover_type, _week(day)


def as_of_story(answer: Report, story: Story) -> Report:
    """An answer dated as the story, so that a later denial still fits the window."""
    days = story.days()
    if not days or answer.day is None or answer.day <= max(days):
        return answer
    return Report(**{**answer.__dict__, "day": max(days)})


class Grouper:
    def __init__(self, rules: Rules):
        self.rules = rules

    def fits(self, report: Report, story: Story, sim: Similarity) -> float | None:
        """How well a report fits a story (None: it does not)."""
        rules = self.rules
        if not rules.types_fit(report.plover_type, story.first.plover_type):
            return None
        days = story.days()
        if report.day and days and not (shifted(min(days), -rules.window) <= report.day
                                        <= shifted(max(days), rules.window)):
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
        if self._another_happening(report, story):
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

    def _another_happening(self, report: Report, story: Story) -> bool:
        """Two strikes on one pair in one week are two happenings when the day and the
        count both differ: the report names a day (``date_text``) that no dated member
        of the story has, within a day, and a count that none of them gives (rule
        ``group:other-day-and-count``)."""
        if not (report.date_text and report.event_date and report.quantity is not None):
            return False
        dated = [m for m in story.members() if m.date_text and m.event_date]
        counted = [m.quantity for m in story.members() if m.quantity is not None]
        if not dated or not counted:
            return False
        near = any(abs((m.event_date - report.event_date).days) <= 1 for m in dated
                   if m.event_date)
        same_count = any(abs(q - report.quantity) <= self.rules.tolerance * max(q, report.quantity)
                         for q in counted)
        return not near and not same_count

    def assign(self, reports: list[Report], stories: list[Story]) -> set[int]:
        """Put each report in its best story (or a new one); returns the touched indexes."""
        sim = Similarity([r.evidence for r in reports]
                         + [m.evidence for s in stories for m in s.members()],
                         self.rules.stopwords)
        touched: set[int] = set()
        buckets: dict[Bucket, set[int]] = {}
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

        def place(report: Report, scored: list[tuple[float, int]], answer: bool) -> None:
            """Into the best-scoring story, or a story of its own."""
            if scored:
                index = max(scored)[1]
            else:
                stories.append(Story())
                index = len(stories) - 1
            (stories[index].answers if answer else stories[index].reports).append(report)
            buckets.setdefault(_bucket(stories[index].first.plover_type, report.day),
                               set()).add(index)
            touched.add(index)

        for report in reports:
            report.role = self.rules.role(report.status)
        for report in (r for r in reports if r.role == "report"):
            place(report, [(score, i) for i in sorted(candidates(report))
                           if (score := self.fits(report, stories[i], sim)) is not None],
                  answer=False)
        for answer in (r for r in reports if r.role != "report"):
            # an answer may come days after the reports it answers
            scored = []
            for i in sorted(candidates(answer, reach=3)):
                widened = Story(reports=stories[i].members())
                score = self.fits(as_of_story(answer, widened), widened, sim)
                if score is not None:
                    # a story that something asserts is the better home for an answer
                    scored.append((score + (1.0 if stories[i].reports else 0.0), i))
            place(answer, scored, answer=True)
        return touched
