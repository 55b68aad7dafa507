"""Corroboration on our corpus (tests/data/corroboration): 55 articles by 10 invented
outlets about 22 happenings, with wire copies and credit lines, outlets citing others or
unnamed media, denials of reported claims, negations, refusals, rumours, a revised toll,
quantity and status conflicts, and look-alike events that must stay apart. Ground truth in
truth.json."""

from __future__ import annotations

import json

from corpus_truth import ARTICLES, DATA, TRUTH, best_story, grouping, pairwise
from ledger_fixtures import EXAMPLES, ingest

from newsledger import store as q
from newsledger.corroborate import corroborate
from newsledger.store import Ledger

from .test_story_detail import details, recounted

FLOORS = json.loads((DATA.parent.parent / "gold" / "floors.json").read_text())[
    "corroboration"]


def test_grouping_pairwise_f1(corpus_db):
    with Ledger(corpus_db, read_only=True) as ledger:
        precision, recall, f1 = pairwise(grouping(ledger))
    print(f"story grouping: pairwise P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    assert f1 >= FLOORS["grouping_f1"], (precision, recall, f1)


def test_status_and_independent_sources_of_every_story(corpus_db):
    with Ledger(corpus_db, read_only=True) as ledger:
        items = grouping(ledger)
        got = {}
        for story in TRUTH:
            found = q.story(ledger, best_story(items, story["id"]))
            got[story["id"]] = (found["status"], found["independent_sources"])
    want = {s["id"]: (s["status"], s["independent_sources"]) for s in TRUTH}
    status_right = sum(got[k][0] == want[k][0] for k in want) / len(want)
    sources_right = sum(got[k][1] == want[k][1] for k in want) / len(want)
    assert status_right >= FLOORS["status_accuracy"], (got, want)
    assert sources_right >= FLOORS["independent_sources_accuracy"], (got, want)


def test_conflicts_denial_copy_and_citation_are_explained(corpus_db):
    with Ledger(corpus_db, read_only=True) as ledger:
        items = grouping(ledger)
        pledge = q.story(ledger, best_story(items, "S1"))
        pact = q.story(ledger, best_story(items, "S2"))
        clash = q.story(ledger, best_story(items, "S3"))
    quantity = next(c for c in pledge["conflicts"] if c["field"] == "quantity")
    assert {5000.0, 20000.0} <= set(quantity["values"])
    assert {e["outlet"] for e in quantity["evidence"] if e["value"] == 20000.0} == {
        "Pelican Herald"}
    assert pledge["denials"] and all(d["text"] for d in pledge["denials"])
    copies = [r for r in pledge["reports"] if r["kind"].startswith("copy")]
    assert [r["outlet"] for r in copies] == ["Crossroads Dispatch"]
    assert copies[0]["depends_on"] == "Lanternbay Wire" and not copies[0]["independent"]
    status = next(c for c in pact["conflicts"] if c["field"] == "status")
    assert "occurred" in status["values"] and "planned" in status["values"]
    cited = [r for r in clash["reports"] if r["depends_on"]]
    assert cited and {r["depends_on"] for r in cited} == {"Cobalt Courier"}
    assert not any(r["independent"] for r in cited)


def test_look_alike_events_stay_apart(corpus_db):
    with Ledger(corpus_db, read_only=True) as ledger:
        items = grouping(ledger)
        ids = {s: best_story(items, s) for s in ("S3", "S4", "S5", "S6", "S7", "S1", "S8")}
    assert len(set(ids.values())) == len(ids)


def test_incremental_update_matches_a_rebuild(tmp_path, analyzer):
    lines = (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("\n".join(lines[:13]) + "\n")
    second.write_text("\n".join(lines[13:]) + "\n")
    db = tmp_path / "incremental.duckdb"
    ingest(db, [str(first)], analyzer)
    with Ledger(db) as ledger:
        corroborate(ledger)
        before = ledger.scalar("SELECT count(*) FROM stories")
    ingest(db, [str(second)], analyzer)
    with Ledger(db) as ledger:
        result = corroborate(ledger)
        assert result["stories_updated"] < ledger.scalar("SELECT count(*) FROM stories")
        assert before > 0
        incremental = partition(ledger)
        assert details(ledger) == recounted(ledger)  # stories.detail kept up to date
        corroborate(ledger, rebuild=True)
        assert partition(ledger) == incremental


def partition(ledger: Ledger) -> set[frozenset[str]]:
    rows = ledger.con.execute(
        "SELECT story_id, list(event_uid ORDER BY event_uid) FROM story_reports "
        "WHERE event_uid IS NOT NULL GROUP BY story_id").fetchall()
    return {frozenset(uids) for _, uids in rows}


def test_seed_article_story_is_single_source_and_keeps_grade_d(tmp_path, analyzer):
    db = tmp_path / "seed.duckdb"
    ingest(db, [str(EXAMPLES / "2025-10-28_pakistan-isf-gaza.txt")], analyzer)
    with Ledger(db) as ledger:
        corroborate(ledger)
        troops = [s for s in q.stories(ledger, actor="PAK", limit=500)
                  if s["quantity"] == 20000.0]
        assert troops and {s["status"] for s in troops} == {"single-source"}
        # one report for the article, graded by the sentences it counts by (its own
        # voice, E), listing the media-sourced sentence (D) among its sentences too
        reports = [r for s in troops for r in s["reports"]]
        assert {r["sourcing_grade"] for r in reports} <= {"D", "E"}
        assert any("Pakistan agreed to send 20,000 soldiers" in x["text"]
                   for r in reports for x in r["sentences"])
        assert all(s["independent_sources"] == 1 for s in troops)
        claims = q.claims(ledger, status="single-source", limit=500).records()
        assert any("20,000" in c["text"] and c["grade"] == "D" for c in claims)


def test_stories_json_has_the_documented_fields(corpus_db):
    with Ledger(corpus_db, read_only=True) as ledger:
        found = q.stories(ledger, status="contested")
    assert found
    keys = {"id", "plover_type", "source_countries", "target_countries", "location_country",
            "date_start", "date_end", "quantity", "status", "independent_sources",
            "reports", "conflicts", "denials"}
    for story in found:
        assert keys <= set(story)
        for report in story["reports"]:
            assert {"doc_id", "outlet", "event_id", "claim_id", "sourcing_grade",
                    "independent", "depends_on"} <= set(report)
        for denial in story["denials"]:
            assert {"doc_id", "event_id", "actor", "text"} <= set(denial)
    json.dumps(found)  # plain JSON all the way down


def test_a_later_wire_copy_updates_its_story(tmp_path, analyzer):
    article = ARTICLES["a03"]
    first, copy = tmp_path / "first.jsonl", tmp_path / "copy.jsonl"
    first.write_text(json.dumps(article) + "\n")
    copy.write_text(json.dumps({**article, "outlet": "Some Other Wire",
                                "url": "https://example.org/copy"}) + "\n")
    db = tmp_path / "copy.duckdb"
    ingest(db, [str(first)], analyzer)
    with Ledger(db) as ledger:
        corroborate(ledger)
    ingest(db, [str(copy)], analyzer)  # an exact copy: no new events, one new link
    with Ledger(db) as ledger:
        corroborate(ledger)
        updated = {s["id"]: s for s in q.stories(ledger, limit=500)}
        assert details(ledger) == recounted(ledger)
        corroborate(ledger, rebuild=True)
        rebuilt = {s["id"]: s for s in q.stories(ledger, limit=500)}
    assert any(r["kind"] == "copy-exact" and r["outlet"] == "Some Other Wire"
               for s in updated.values() for r in s["reports"])
    assert {k: (v["n_articles"], v["status"]) for k, v in updated.items()} == {
        k: (v["n_articles"], v["status"]) for k, v in rebuilt.items()}
