"""The stories one article is part of (for its page's header): one query."""

from __future__ import annotations

from typing import Any

from .connection import Ledger

ARTICLE_STORIES_SQL = """
SELECT s.story_id, s.headline, s.plover_type, s.status, s.independent_sources,
       s.n_articles, list(DISTINCT r.kind ORDER BY r.kind) AS roles
FROM story_reports r JOIN stories s USING (story_id)
WHERE r.doc_id = ?
GROUP BY ALL
ORDER BY s.independent_sources DESC, s.n_articles DESC, s.story_id"""


def article_stories(ledger: Ledger, doc_id: str) -> list[dict[str, Any]]:
    """The stories that article ``doc_id`` (its whole id) reports, copies or answers, best
    sourced first: ``[{"id", "headline", "plover_type", "status", "independent_sources",
    "n_articles", "roles"}]``, where ``roles`` are the kinds of its reports in the story
    (``report``, ``copy…``, ``denial``, ``refusal``…, from ``story_reports.kind``). An
    article in no story (or not in the ledger) gives ``[]``."""
    rows = ledger.con.execute(ARTICLE_STORIES_SQL, [doc_id]).fetchall()
    return [{"id": story_id, "headline": headline, "plover_type": plover, "status": status,
             "independent_sources": sources, "n_articles": articles, "roles": list(roles)}
            for story_id, headline, plover, status, sources, articles, roles in rows]
