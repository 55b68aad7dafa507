"""``stories.detail`` (store/story_detail.py) holds what a story shows from other tables:
it must equal a recount after an incremental corroborate, after a rebuild and after the
migration of a ledger made before the column existed (schema 5), however many stories one
statement writes."""

from __future__ import annotations

import json
import shutil
from typing import Any

from newsledger.corroborate import corroborate
from newsledger.store import Ledger, story_detail
from newsledger.store.story_detail import write_details


def details(ledger: Ledger) -> dict[str, Any]:
    return {story_id: json.loads(detail) for story_id, detail in ledger.con.execute(
        "SELECT story_id, detail FROM stories").fetchall()}


def recounted(ledger: Ledger) -> dict[str, Any]:
    """Every story's detail counted again from its tables (nothing kept)."""
    ledger.con.execute("BEGIN TRANSACTION")
    try:
        write_details(ledger.con)
        return details(ledger)
    finally:
        ledger.con.execute("ROLLBACK")


def test_detail_equals_a_recount_after_corroborate_and_rebuild(demo_db, tmp_path):
    db = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, db)
    with Ledger(db) as ledger:
        stored = details(ledger)
        assert stored and all(d is not None for d in stored.values())
        assert any(d["reports"] for d in stored.values())
        assert stored == recounted(ledger)
        corroborate(ledger, rebuild=True)
        assert details(ledger) == recounted(ledger)


def test_an_older_ledger_gets_its_details_on_migration(demo_db, tmp_path):
    db = tmp_path / "old.duckdb"
    shutil.copy(demo_db, db)
    with Ledger(db) as ledger:
        expected = details(ledger)
        ledger.con.execute("ALTER TABLE stories DROP COLUMN detail")
        ledger.con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    with Ledger(db) as ledger:  # migrated to 6 on opening
        assert ledger.scalar("SELECT value FROM meta WHERE key = 'schema_version'") == "6"
        assert details(ledger) == expected


def test_details_written_a_few_stories_a_statement_are_the_same(demo_db, tmp_path,
                                                                 monkeypatch):
    db = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, db)
    monkeypatch.setattr(story_detail, "CHUNK", 2)
    with Ledger(db) as ledger:
        expected = details(ledger)
        assert len(expected) > 2 * story_detail.CHUNK
        ledger.con.execute("UPDATE stories SET detail = NULL")
        ledger.con.execute("BEGIN TRANSACTION")
        write_details(ledger.con, sorted(expected))
        ledger.con.execute("COMMIT")
        assert details(ledger) == expected
