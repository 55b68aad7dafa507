"""The corroboration run: new events join existing stories (only stories near their dates
are loaded) and only the stories they touch are rewritten; ``rebuild=True`` recomputes
everything."""

from __future__ import annotations

from ..store.connection import Ledger, now
from .grouping import Grouper
from .independence import Sources
from .judging import Judge
from .model import Rules, Story
from .persistence import StoryStore


class Corroborator:
    def __init__(self, ledger: Ledger, rules: Rules | None = None):
        self.ledger = ledger
        self.rules = rules or Rules()
        self.store = StoryStore(ledger, self.rules)
        self.grouper = Grouper(self.rules)
        self.sources = Sources(ledger, self.rules)
        self.judge = Judge(self.rules, self.sources)

    def run(self, rebuild: bool = False) -> dict[str, int]:
        if rebuild:
            stories: list[Story] = []
            fresh = self.store.reports()
        else:
            fresh = self.store.fresh()
            stories = self.store.nearby(fresh)
        before = len(stories)
        touched = self.grouper.assign(fresh, stories)
        touched |= self._recopied(stories)
        written = [stories[i] for i in sorted(touched)]
        self.store.save(written, self.judge, now(), rebuild=rebuild)
        return {"events": len(fresh), "stories_new": len(stories) - before,
                "stories_updated": len(written)}

    def _recopied(self, stories: list[Story]) -> set[int]:
        stale = self.store.stale_ids()
        return {i for i, s in enumerate(stories) if s.story_id in stale}


def corroborate(ledger: Ledger, rebuild: bool = False) -> dict[str, int]:
    """Update the stories of a ledger (all of them with ``rebuild``); returns how many
    events were grouped (``events``), new stories (``stories_new``) and stories written
    (``stories_updated``)."""
    return Corroborator(ledger).run(rebuild=rebuild)
