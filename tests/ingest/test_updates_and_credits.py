"""An update of an article is kept beside it; a wire brief with a credit line depends on the
wire (issue 14, cases 25 and 26)."""

from __future__ import annotations

import json
from pathlib import Path

from ledger_fixtures import ingest

from newsledger import store
from newsledger.corroborate import corroborate
from newsledger.store import Ledger

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


def test_case_25_an_update_at_the_same_link_is_kept_and_both_tolls_are_on_record(
        tmp_path, analyzer):
    db = tmp_path / "l.duckdb"
    ingest(db, [str(CASES / "25_update_revised_toll.jsonl")], analyzer)
    with Ledger(db) as ledger:
        corroborate(ledger, rebuild=True)
        assert ledger.scalar("SELECT count(*) FROM documents") == 2
        assert ledger.scalar("SELECT count(*) FROM duplicates") == 0
        quantities = {row[0] for row in ledger.con.execute(
            "SELECT quantity FROM events WHERE plover_type = 'ASSAULT'").fetchall()}
        assert {5, 9} <= quantities
        stories = store.stories(ledger)
    # the same outlet revised its toll: a revision (latest figure 9), not a conflict
    # between sources (issue 15)
    [story] = [s for s in stories if s["revisions"]]
    assert story["quantity"] == 9
    assert [r["values"] for r in story["revisions"]] == [[5, 9]]
    assert not [c for c in story["conflicts"] if c["field"] == "quantity"]


def test_case_26_a_brief_credited_to_the_wire_is_not_an_independent_source(
        tmp_path, analyzer):
    db = tmp_path / "l.duckdb"
    ingest(db, [str(CASES / "26_short_wire_copy_with_credit.jsonl")], analyzer)
    with Ledger(db) as ledger:
        corroborate(ledger, rebuild=True)
        stories = store.stories(ledger)
    raid = next(s for s in stories if s["plover_type"] == "ASSAULT")
    assert raid["independent_sources"] == 1 and raid["status"] == "single-source"
    assert raid["n_articles"] == 2


def test_the_same_outlets_article_at_another_link_is_another_article(tmp_path, analyzer):
    base = {"text": ("Pakistani troops killed five militants in a raid in Bannu district on "
                     "Tuesday, the army said. ") * 6, "date": "2025-11-05", "outlet": "Wire"}
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps({**base, "url": f"http://w.example/{k}",
                                        "title": f"Raid {k}",
                                        "text": base["text"] + f" Edition {k}."}) + "\n"
                            for k in (1, 2)), encoding="utf-8")
    db = tmp_path / "l.duckdb"
    ingest(db, [str(path)], analyzer)
    with Ledger(db, read_only=True) as ledger:
        assert ledger.scalar("SELECT count(*) FROM documents") == 2
