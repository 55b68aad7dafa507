"""Opening ledgers: migrations from the first schema, refusal of files we cannot read, what a
process killed in the middle of an ingest leaves behind, and another process's lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import duckdb
import pytest
from ledger_fixtures import counts, write_corpus

from newsledger.store import SCHEMA_VERSION, Ledger, LedgerError
from newsledger.store.connection import BUSY_READING, BUSY_WRITING, LedgerBusy
from newsledger.store.schema import create_v1, migrate, version_of


def test_a_version_1_file_is_migrated_and_keeps_its_rows(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    create_v1(con)  # the layout of the first release, with a row in it
    con.execute("INSERT INTO ingest_errors VALUES ('a.txt', 'empty input', "
                "TIMESTAMP '2025-01-01 10:00:00')")
    con.execute("INSERT INTO documents (doc_id, content_hash, text) VALUES ('d1', 'h1', 'x')")
    con.close()
    with Ledger(db, read_only=True) as ledger:  # even a reader brings it up to date
        assert version_of(ledger.con) == SCHEMA_VERSION
        row = ledger.con.execute(
            "SELECT path, attempts, last_seen FROM ingest_errors").fetchone()
        assert row[0] == "a.txt" and row[1] == 1 and str(row[2]) == "2025-01-01 10:00:00"
        assert ledger.scalar("SELECT count(*) FROM documents") == 1
    with Ledger(db) as ledger:
        ledger.record_error("a.txt", "empty input")
        assert ledger.scalar("SELECT attempts FROM ingest_errors") == 2
        assert migrate(ledger.con) == []  # nothing left to apply


def test_files_that_are_not_ledgers_are_refused(tmp_path):
    with pytest.raises(LedgerError, match="no such ledger"):
        Ledger(tmp_path / "missing.duckdb", read_only=True)
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(LedgerError, match="not a newsledger ledger"):
        Ledger(other)
    newer = tmp_path / "newer.duckdb"
    Ledger(newer).close()
    con = duckdb.connect(str(newer))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(LedgerError, match="newer newsledger"):
        Ledger(newer)
    text = tmp_path / "notes.duckdb"
    text.write_text("these are my notes, not a database")
    with pytest.raises(LedgerError, match="notes.duckdb"):
        Ledger(text)


def test_kill_9_mid_ingest_then_rerun_gives_exact_counts(tmp_path, analyzer):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 24, seed=11)
    clean = tmp_path / "clean.duckdb"
    cli = [sys.executable, "-m", "newsledger.cli", "ingest", str(corpus), "--quiet",
           "--batch-size", "2"]
    subprocess.run([*cli, "--db", str(clean)], check=True, timeout=300)
    expected = counts(clean)

    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([*cli, "--db", str(db), "--verbose"], stderr=subprocess.PIPE,
                            text=True)
    committed = 0
    deadline = time.time() + 240
    assert proc.stderr is not None
    while committed < 3 and time.time() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        committed += line.startswith("committed batch")
    assert committed == 3, "the ingest never got going"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    partial = counts(db)
    assert 0 < partial["documents"] < expected["documents"]
    assert partial["events"] < expected["events"]
    rerun = subprocess.run([*cli, "--db", str(db)], timeout=300)
    assert rerun.returncode == 0
    assert counts(db) == expected


HOLD = ("import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'r'); "
        "print('holding', flush=True); sys.stdin.readline(); con.close(); "
        "print('released', flush=True); sys.stdin.readline()")


class Holder:
    """Another process holding the file (``"w"``: writing, ``"r"``: read-only) until
    :meth:`release`."""

    def __init__(self, db, mode: str):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), mode], text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.proc.stdout is not None and self.proc.stdout.readline() == "holding\n"

    def release(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline() == "released\n"

    def end(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=60)


def test_a_lock_held_by_another_process_is_one_sentence(tmp_path):
    """DuckDB: one writing process or many reading ones. What it says (with the other
    process's id) becomes one sentence saying what to do, after waiting ``wait``."""
    db = tmp_path / "held.duckdb"
    Ledger(db).close()
    writer = Holder(db, "w")
    try:
        for read_only in (True, False):
            started = time.monotonic()
            with pytest.raises(LedgerBusy) as caught:
                Ledger(db, read_only=read_only, wait=0.3)
            assert time.monotonic() - started >= 0.3  # it waited before giving up
            assert caught.value.reason == BUSY_WRITING
            assert str(caught.value) == f"{db}: {BUSY_WRITING}"
            assert "PID" not in str(caught.value) and "Conflicting" not in str(caught.value)
    finally:
        writer.end()
    reader = Holder(db, "r")
    try:
        with Ledger(db, read_only=True, wait=0) as ledger:  # readers share the file
            assert ledger.scalar("SELECT count(*) FROM documents") == 0
        with pytest.raises(LedgerBusy) as caught:
            Ledger(db, wait=0.3)
        assert caught.value.reason == BUSY_READING
    finally:
        reader.end()


def test_a_lock_released_while_waiting_is_taken(tmp_path):
    db = tmp_path / "soon.duckdb"
    Ledger(db).close()
    writer = Holder(db, "w")
    try:
        releasing = threading.Timer(0.5, writer.release)
        releasing.start()
        with Ledger(db, wait=120) as ledger:  # opened once the other process let go
            assert ledger.scalar("SELECT count(*) FROM documents") == 0
        releasing.join()
    finally:
        writer.end()
