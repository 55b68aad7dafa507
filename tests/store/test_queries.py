"""Every query filter on the examples ledger, read-only SQL, and hostile filter values."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import store as q
from newsledger.store import EventFilter, Ledger, QueryError


@pytest.fixture(scope="module")
def ledger(example_db):
    with Ledger(example_db, read_only=True) as opened:
        yield opened


def records(table):
    return table.records()


def test_actor_by_name_alias_and_code_agree(ledger):
    by_name = records(q.events(ledger, EventFilter(actor="Pakistan Army"), limit=500))
    by_alias = records(q.events(ledger, EventFilter(actor="pakistani army"), limit=500))
    by_code = records(q.events(ledger, EventFilter(actor="PAKMIL"), limit=500))
    assert by_name and by_name == by_alias
    assert {r["event_id"] + r["doc_id"] for r in by_name} <= {
        r["event_id"] + r["doc_id"] for r in by_code}
    assert all("PAKMIL" in (r["source_code"], r["target_code"]) for r in by_code)


def test_country_name_and_code_match_every_actor_of_that_country(ledger):
    named = records(q.events(ledger, EventFilter(actor="Pakistan"), limit=500))
    coded = records(q.events(ledger, EventFilter(actor="PAK"), limit=500))
    filtered = records(q.events(ledger, EventFilter(country="pak"), limit=500))
    assert named and len(named) == len(coded) == len(filtered)
    assert any(r["source_code"] == "PAKMIL" for r in named)  # the army is Pakistan too
    assert all(any((c or "").startswith("PAK") for c in (r["source_code"], r["target_code"]))
               for r in coded)


def test_type_status_and_dates_filter(ledger):
    mob = records(q.events(ledger, EventFilter(type="mobilize"), limit=500))
    assert mob and {r["type"] for r in mob} == {"MOBILIZE"}
    denied = records(q.events(ledger, EventFilter(status="denied"), limit=500))
    assert denied and {r["status"] for r in denied} == {"denied"}
    window = records(q.events(ledger, EventFilter(since="2025-11-10", until="2025-11-14"),
                              limit=500))
    assert window and all(dt.date(2025, 11, 10) <= r["date"] <= dt.date(2025, 11, 14)
                          for r in window)
    everything = records(q.events(ledger, limit=1000))
    assert len(window) < len(everything)
    assert len(records(q.events(ledger, limit=3))) == 3


def test_outlet_filter_and_significance_order(ledger, tmp_path, analyzer):
    assert records(q.events(ledger, EventFilter(outlet="Nobody Daily"))) == []
    ranked = records(q.events(ledger, EventFilter(order="significance"), limit=10))
    magnitudes = [abs(r["goldstein"]) for r in ranked]
    assert magnitudes == sorted(magnitudes, reverse=True)


def test_bad_filter_values_are_errors_not_crashes(ledger):
    for kwargs in ({"type": "HUG"}, {"status": "maybe"}, {"since": "last week"},
                   {"order": "random"}):
        with pytest.raises(QueryError):
            q.events(ledger, EventFilter(**kwargs))
    with pytest.raises(QueryError):
        q.claims(ledger, grade="Z")


@pytest.mark.parametrize("evil", ["' OR 1=1 --", "PAK'; DROP TABLE events; --",
                                  "\" OR \"\"=\"", "%", "Robert'); DELETE FROM actors;--"])
def test_injection_strings_match_nothing_and_change_nothing(ledger, evil):
    before = ledger.scalar("SELECT count(*) FROM events")
    with pytest.raises(QueryError, match="no actor matches"):  # not an empty table
        q.events(ledger, EventFilter(actor=evil))
    assert records(q.events(ledger, EventFilter(outlet=evil))) == []
    assert records(q.events(ledger, EventFilter(country=evil))) == []
    assert records(q.events(ledger, EventFilter(q=evil))) == []
    with pytest.raises(QueryError, match="no actor matches"):
        q.claims(ledger, actor=evil)
    with pytest.raises(QueryError):
        q.show(ledger, evil)
    assert ledger.scalar("SELECT count(*) FROM events") == before


def test_actors_claims_show_and_stats(ledger):
    top = records(q.actors(ledger, top=5))
    assert len(top) == 5 and top[0]["mentions"] >= top[-1]["mentions"]
    assert {r["country"] for r in records(q.actors(ledger, country="CHN"))} == {"CHN"}
    graded = records(q.claims(ledger, grade="d", limit=500))
    assert graded and {r["grade"] for r in graded} == {"D"}
    hedged = records(q.claims(ledger, hedged=True, limit=500))
    assert hedged and all(r["hedged"] for r in hedged)
    loaded = records(q.claims(ledger, loaded=True, limit=500))
    assert loaded and all(r["loaded"] for r in loaded)
    china = records(q.claims(ledger, actor="China", limit=500))
    assert china and len(china) < len(records(q.claims(ledger, limit=500)))
    doc_id = top and ledger.scalar("SELECT min(doc_id) FROM documents")
    shown = q.show(ledger, doc_id[:6])
    assert shown["document"]["id"] == doc_id and shown["events"] is not None
    stats = q.stats(ledger)
    assert stats["documents"] == 12 and stats["events"] == ledger.scalar(
        "SELECT count(*) FROM events")
    assert stats["date_range"] == ["2025-10-28", "2025-11-26"]


def test_sql_reads_but_cannot_write(example_db, tmp_path):
    table = q.run_sql(str(example_db), "SELECT count(*) AS n FROM documents")
    assert table.rows == [(12,)]
    for statement in ("DELETE FROM events", "DROP TABLE actors",
                      "CREATE TABLE x (y INTEGER)", "INSERT INTO meta VALUES ('a', 'b')",
                      f"COPY events TO '{tmp_path / 'out.csv'}'",
                      f"ATTACH '{tmp_path / 'other.duckdb'}' AS other",
                      "SET enable_external_access = true",
                      "SELECT * FROM read_csv_auto('/etc/passwd')"):
        with pytest.raises(QueryError):
            q.run_sql(str(example_db), statement)
    assert not (tmp_path / "out.csv").exists()
    assert q.run_sql(str(example_db), "SELECT count(*) FROM events").rows[0][0] > 0


def test_claims_pages_walk_the_list_and_keep_their_columns(ledger):
    everything = q.claims(ledger, limit=10_000)
    assert len(everything.rows) > 10
    assert records(q.claims(ledger, limit=5, offset=5)) == records(everything)[5:10]
    assert q.claims(ledger, limit=5, offset=len(everything.rows)).rows == []
    nobody = q.claims(ledger, outlet="nobody at all")
    assert nobody.rows == [] and nobody.columns == everything.columns
    assert everything.columns[2:4] == ["grade", "grade_reason"] and "why" in everything.columns
    with pytest.raises(QueryError, match="must not be negative"):
        q.claims(ledger, offset=-1)
