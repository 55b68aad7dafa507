"""The server's ledger access: the file opened per request and never held in between, ids
not found as NotFound (a 404), reads and this process's own writes taking turns, and
another process's lock answered with one sentence that names no file and no process."""

from __future__ import annotations

import subprocess
import sys
import threading

import duckdb
import pytest

from newsledger.store import Ledger
from newsledger.store.connection import BUSY_READING, BUSY_WRITING
from newsledger.web.access import LedgerAccess, LedgerBusy, NotFound, ReadWriteLock, q

from .conftest import wait_for


def count(ledger) -> int:
    return ledger.con.execute("SELECT count(*) FROM documents").fetchone()[0]


def test_a_missing_file_becomes_an_empty_ledger(tmp_path):
    access = LedgerAccess(tmp_path / "new.duckdb")
    assert (tmp_path / "new.duckdb").exists()
    with access.read() as ledger:
        assert q.documents(ledger).rows == []
    for fetch in (q.show, q.actor, q.story):
        with pytest.raises(NotFound):
            access.lookup(fetch, "abcd1234")
    access.close()


def test_nothing_is_held_between_requests(tmp_path):
    """Between two requests another connection (here a writer) can open the file."""
    db = tmp_path / "new.duckdb"
    access = LedgerAccess(db)
    with access.read() as ledger:
        assert count(ledger) == 0
    con = duckdb.connect(str(db))  # would fail if the server still held the file
    con.close()
    assert access.write(count) == 0
    with access.read() as ledger:
        assert count(ledger) == 0
    assert access.opened == 3  # two reads, one write (a new file is not checked again)


def test_a_failed_write_leaves_the_file_readable(tmp_path):
    access = LedgerAccess(tmp_path / "new.duckdb")

    def fail(ledger) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        access.write(fail)
    with access.read() as ledger:
        assert count(ledger) == 0


def test_reads_share_and_a_write_waits_for_them():
    lock = ReadWriteLock("x", wait=60)
    order: list[str] = []
    with lock.shared(), lock.shared():  # two readers at once
        def write() -> None:
            with lock.exclusive():
                order.append("write")

        writer = threading.Thread(target=write)
        writer.start()
        wait_for(lambda: lock.writers_waiting == 1, what="the writer waiting")
        order.append("reads done")
    writer.join(60)
    assert order == ["reads done", "write"]
    short = ReadWriteLock("x", wait=0.05)
    with short.shared(), pytest.raises(LedgerBusy):  # a write that cannot wait so long
        with short.exclusive():
            pass


HOLD = ("import duckdb, sys, time; con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "
        "'r'); print('holding', flush=True); time.sleep(120)")


def hold(db, mode: str) -> subprocess.Popen:
    """Another process holding ``db`` (``"w"`` for writing, ``"r"`` read-only)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), mode],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


def test_another_process_writing_gives_one_sentence(tmp_path):
    db = tmp_path / "busy.duckdb"
    access = LedgerAccess(db, read_wait=0.2, write_wait=0.2)
    writer = hold(db, "w")
    try:
        with pytest.raises(LedgerBusy) as caught, access.read():
            pass
        assert caught.value.reason == BUSY_WRITING
        assert "PID" not in caught.value.reason and str(tmp_path) not in caught.value.reason
        with pytest.raises(LedgerBusy):
            access.write(count)
    finally:
        writer.kill()
        writer.wait(60)
    with access.read() as ledger:  # free again
        assert count(ledger) == 0


def test_another_process_reading_stops_only_writes(tmp_path):
    db = tmp_path / "read.duckdb"
    Ledger(db).close()
    access = LedgerAccess(db, read_wait=0.2, write_wait=0.2)
    reader = hold(db, "r")
    try:
        with access.read() as ledger:  # readers share the file
            assert count(ledger) == 0
        with pytest.raises(LedgerBusy) as caught:
            access.write(count)
        assert caught.value.reason == BUSY_READING
    finally:
        reader.kill()
        reader.wait(60)
    assert access.write(count) == 0
