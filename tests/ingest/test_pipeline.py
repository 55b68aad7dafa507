"""The library calls: ``ingest`` (articles in, then the stories) and ``store_analysis``
(one analysed article in, then the stories)."""

from __future__ import annotations

from ledger_fixtures import EXAMPLES

from newsledger.ingest import ingest, store_analysis
from newsledger.store import Ledger

SEED = EXAMPLES / "2025-10-28_pakistan-isf-gaza.txt"
OTHER = EXAMPLES / "2025-11-09_serbia-belgrade-protest.txt"


def test_ingest_then_stories_in_one_call(tmp_path, analyzer):
    db = tmp_path / "l.duckdb"
    seen: list[tuple[int, float]] = []  # (articles seen, seconds) at each progress call
    stats = ingest([str(SEED)], db, analyzer=lambda: analyzer,
                   on_progress=lambda s: seen.append((s.seen, s.seconds)))
    assert stats.new == 1 and stats.events > 0
    assert stats.stories is not None and stats.stories["stories_new"] > 0
    assert seen and seen[-1][0] == 1  # the last progress call comes when every article is in
    with Ledger(db, read_only=True) as ledger:
        assert ledger.scalar("SELECT count(*) FROM stories") == stats.stories["stories_new"]
        assert ledger.scalar("SELECT count(*) FROM story_reports WHERE event_uid IS NOT "
                             "NULL") == stats.events  # every event is in one story
    with Ledger(db) as ledger:  # an open ledger works too; nothing new, stories unchanged
        again = ingest([str(SEED)], ledger, analyzer=lambda: analyzer)
        assert again.new == 0 and again.duplicate == 1
        assert again.stories == {"events": 0, "stories_new": 0, "stories_updated": 0}


def test_ingest_without_corroboration_leaves_the_stories(tmp_path, analyzer):
    db = tmp_path / "l.duckdb"
    stats = ingest([str(SEED)], db, analyzer=lambda: analyzer, corroborate=False)
    assert stats.new == 1 and stats.stories is None
    with Ledger(db, read_only=True) as ledger:
        assert ledger.scalar("SELECT count(*) FROM stories") == 0
    nothing = ingest([str(tmp_path / "missing.txt")], db, analyzer=lambda: analyzer)
    assert nothing.failed == 1 and nothing.stories is None  # nothing read: no stories run


def test_store_analysis_stores_once_and_updates_the_stories(tmp_path, analyzer, seed):
    db = tmp_path / "l.duckdb"
    ingest([str(OTHER)], db, analyzer=lambda: analyzer)
    with Ledger(db) as ledger:
        before = ledger.scalar("SELECT count(*) FROM stories")
        doc_id, stored = store_analysis(ledger, seed, analyzer.res)
        assert (doc_id, stored) == (seed.document.id, True)
        assert ledger.scalar("SELECT count(*) FROM events WHERE doc_id = ?", [doc_id]) == \
            len(seed.events)
        assert ledger.scalar("SELECT count(*) FROM stories") > before
        assert ledger.scalar("SELECT count(*) FROM story_reports WHERE doc_id = ?",
                             [doc_id]) > 0
        assert store_analysis(ledger, seed, analyzer.res) == (doc_id, False)
        assert ledger.scalar("SELECT count(*) FROM documents") == 2
        assert ledger.scalar("SELECT language FROM documents WHERE doc_id = ?",
                             [doc_id]) == "en"
    assert seed.document.language is None  # the caller's analysis is not changed
