"""The table dataclasses are the schema: each one's fields are its table's columns, in the
order DuckDB reports them, for a new ledger and for one migrated from the first schema; the
DataFrame builder writes rows that read back as they were."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from newsledger.store import Ledger
from newsledger.store.schema import create_v1, migrate
from newsledger.store.tables import (
    ROW_TYPES,
    TABLES,
    ActorRow,
    DocumentRow,
    DuplicateRow,
    EventRow,
    IngestErrorRow,
    OutletRow,
    Rows,
    StoryRow,
    columns,
    frame,
    written_columns,
)


def described(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    rows = con.execute("SELECT table_name, column_name FROM information_schema.columns "
                       "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
                       ).fetchall()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return out


def primary_keys(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, ...]]:
    rows = con.execute("SELECT table_name, constraint_column_names FROM duckdb_constraints() "
                       "WHERE constraint_type = 'PRIMARY KEY'").fetchall()
    return {table: tuple(names) for table, names in rows}


@pytest.fixture
def fresh(tmp_path):
    with Ledger(tmp_path / "fresh.duckdb") as ledger:
        yield ledger


def test_each_dataclass_has_the_columns_of_its_table_in_order(fresh):
    tables = described(fresh.con)
    assert set(tables) == set(ROW_TYPES) == set(TABLES)
    for name, kind in ROW_TYPES.items():
        assert kind.TABLE == name
        assert list(columns(kind)) == tables[name], name


def test_keys_are_the_primary_keys(fresh):
    keys = primary_keys(fresh.con)
    declared = {name: kind.KEY for name, kind in ROW_TYPES.items() if kind.KEY}
    assert declared == keys


def test_a_migrated_first_schema_has_the_same_columns(tmp_path, fresh):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    create_v1(con)
    migrate(con)
    assert described(con) == described(fresh.con)
    con.close()


def test_only_generated_columns_are_left_out_of_writes():
    assert columns(EventRow)[1] == "event_num"
    assert "event_num" not in written_columns(EventRow)
    assert columns(StoryRow)[-1] == "detail"  # written after the story's reports
    assert "detail" not in written_columns(StoryRow)
    for kind in ROW_TYPES.values():
        if kind not in (EventRow, StoryRow):
            assert written_columns(kind) == columns(kind)


def test_rows_written_through_the_frame_read_back(fresh):
    at = dt.datetime(2025, 11, 1, 12, 0, 0)
    actor = dict(name="Pakistan Army", kind="military", country="PAK", sector="MIL",
                 cameo_code="PAKMIL", office=None, since=None, source="dict", aliases="[]")
    rows = Rows(actors=[ActorRow(actor_id="PAKMIL", **actor),
                        ActorRow(actor_id="PAKMIL", **{**actor, "name": "second"})],
                outlets=[OutletRow(name="Wire", first_seen=at)])
    copy = DuplicateRow(content_hash="h", original_id="d1", kind="exact", similarity=1.0,
                        outlet="", title=None, date="2025-11-01", url=None, path="a.txt",
                        detected_at=at)
    fresh.write(rows, [copy])
    fresh.write(Rows(actors=[ActorRow(actor_id="PAKMIL", **{**actor, "name": "later"})]))
    assert fresh.con.execute("SELECT * FROM actors").fetchall() == [
        ("PAKMIL", *actor.values())]  # the first row of a key stays
    assert fresh.con.execute("SELECT * FROM duplicates").fetchall() == [
        ("h", "d1", "exact", 1.0, "", None, dt.date(2025, 11, 1), None, "a.txt", at)]
    data = frame(ActorRow, rows.actors)
    assert list(data.columns) == list(columns(ActorRow)) and len(data) == 2
    assert data["office"].tolist() == [None, None]


def test_version_4_adds_how_documents_were_read_and_skipped_inputs(tmp_path):
    db = tmp_path / "v3.duckdb"
    con = duckdb.connect(str(db))
    create_v1(con)
    con.execute("INSERT INTO ingest_errors VALUES ('a.txt', 'empty input', "
                "TIMESTAMP '2025-01-01 10:00:00')")
    con.execute("INSERT INTO documents (doc_id, content_hash, text) VALUES ('d1', 'h1', 'x')")
    con.close()
    with Ledger(db) as ledger:
        assert ledger.con.execute("SELECT kind FROM ingest_errors").fetchall() == [("error",)]
        assert ledger.con.execute("SELECT encoding, encoding_how, language FROM documents"
                                  ).fetchall() == [(None, None, None)]
        ledger.record_error("b.txt", "binary")  # a writer that does not name the kind
        assert ledger.scalar("SELECT kind FROM ingest_errors WHERE path = 'b.txt'") == "error"
    assert columns(DocumentRow)[-3:] == ("encoding", "encoding_how", "language")
    assert columns(IngestErrorRow)[-1] == "kind"
