"""Offices have dates: a person in the actor dictionary acts for a government only while in
office. In a 2022 article Donald Trump is a former president, not the US government, and
Joe Biden is the sitting one (issue 14, case 08).

The stage runs after the actor list: each person with terms of office (``since``, ``until``,
``earlier`` in actors/people.yaml) is dated by the article's date. In a term: that term's
office. After a term with none later: a former official (sector ``ELI``, PLOVER's and
CAMEO's code for former officials, ../shared/ONTOLOGY.md), unless it ended in the week
before the article (``GRACE_DAYS``) with no one else in the office yet and the text
not calling them former. Before any term: not yet in
office (no sector). Without an article date nothing changes (``why`` says which rule).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any, ClassVar

from ..model import Actor
from ..parse import Parse
from ..resources import Resources
from ..resources.actors import Term

# An office that ended in the week before the article still holds: the news of those days
# tells what its holder did in it (issue 13, real train: the FBI director fired three days
# before the story is coded USAGOV throughout it).
GRACE_DAYS = 7


class Offices:
    """The stage that dates each listed person's office by the article's date."""

    reads: ClassVar[tuple[str, ...]] = ("document", "analysis.actors")
    sets: ClassVar[tuple[str, ...]] = ("analysis.actors",)

    def __init__(self, res: Resources):
        self.res = res
        self.holders: dict[tuple[str | None, str], list[tuple[str, Term]]] = {}
        for person in res.people.values():  # who held each office, and when
            for term in person.terms():
                self.holders.setdefault((person.country, term.office.lower()), []).append(
                    (person.id, term))

    def __call__(self, parse: Parse[Any]) -> None:
        day = parse.document.date
        if day:
            text = parse.document.text.lower()
            parse.analysis.actors = [self.dated(a, day, _called_former(a, text))
                                     for a in parse.analysis.actors]

    def _succeeded(self, actor: Actor, term: Term, day: str) -> bool:
        """Someone else holds the office on ``day`` ("Former President Biden", three days
        after his successor's inauguration; review of issue 13)."""
        return any(other != actor.id and held.covers(day)
                   for other, held in self.holders.get((actor.country, term.office.lower()), ()))

    def dated(self, actor: Actor, day: str, former: bool = False) -> Actor:
        """``actor`` as of ``day`` (ISO date; ``former``: the text calls them so)."""
        entry = self.res.people.get(actor.id)
        terms = entry.terms() if entry is not None else ()
        if not terms:
            return actor
        current = next((t for t in terms if t.covers(day)), None)
        if current is not None:
            return replace(actor, office=current.office, since=current.since,
                           why=[*actor.why, f"office:in-term({current.since})"])
        week = (date.fromisoformat(day[:10]) - timedelta(days=GRACE_DAYS)).isoformat()
        recent = [t for t in terms if t.until is not None and week < t.until <= day
                  and not former and not self._succeeded(actor, t, day)]
        if recent:  # "Comey was fired Tuesday", told on Friday: the director fired
            last = max(recent, key=lambda t: t.until or "")
            return replace(actor, office=last.office, since=last.since,
                           why=[*actor.why, f"office:just-ended({last.until})"])
        ended = [t for t in terms if t.until is not None and t.until <= day]
        if ended:
            last = max(ended, key=lambda t: t.until or "")
            return replace(actor, sector="ELI", cameo_code=f"{actor.country or ''}ELI",
                           office=f"former {last.office}", since=None,
                           why=[*actor.why, f"office:former(until {last.until})"])
        first = min(terms, key=lambda t: t.since)
        return replace(actor, sector=None, cameo_code=actor.country, office=None, since=None,
                       why=[*actor.why, f"office:not-yet(since {first.since})"])


def _called_former(actor: Actor, text: str) -> bool:
    """The text calls the person former, ex- or outgoing just before a mention ("Former
    FBI director James Comey")."""
    return any(text[max(0, m.start - 30) : m.start + len(m.text)].count(word)
               for m in actor.mentions for word in ("former", "ex-", "outgoing"))
