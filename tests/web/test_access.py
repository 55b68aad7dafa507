"""The server's ledger access: one read connection, one writer at a time, ids not found
as NotFound (a 404), and a failed write that does not leave the server without a ledger."""

from __future__ import annotations

import pytest

from newsledger.web.access import LedgerAccess, NotFound, q


def test_a_missing_file_becomes_an_empty_ledger(tmp_path):
    access = LedgerAccess(tmp_path / "new.duckdb")
    try:
        assert (tmp_path / "new.duckdb").exists()
        with access.read() as ledger:
            assert q.documents(ledger).rows == []
        for fetch in (q.show, q.actor, q.story):
            with pytest.raises(NotFound):
                access.lookup(fetch, "abcd1234")
    finally:
        access.close()


def test_a_write_reopens_the_file_for_reading_even_when_it_fails(tmp_path):
    access = LedgerAccess(tmp_path / "new.duckdb")
    try:
        def count(ledger) -> int:
            return ledger.con.execute("SELECT count(*) FROM documents").fetchone()[0]

        assert access.write(count) == 0
        with access.read() as ledger:
            assert count(ledger) == 0

        def fail(ledger) -> None:
            raise RuntimeError("disk full")

        with pytest.raises(RuntimeError):
            access.write(fail)
        assert access.ledger is None
        with access.read() as ledger:  # reopened on the next request
            assert count(ledger) == 0
    finally:
        access.close()
