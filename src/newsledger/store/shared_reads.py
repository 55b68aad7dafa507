"""Read-only ledgers for a server: cheap to open, and the file held only while one is open.

Opening a DuckDB file makes a whole database instance (its thread pool, buffer manager and
built-in functions: about 15–30 ms on two cores, most of it whatever the file's size),
and closing the last connection throws it away again. :class:`SharedReads` keeps one
empty in-memory instance for the life of the process and ATTACHes the ledger file to it,
read-only, while at least one reader is open, and DETACHes it when the last one closes
(a few ms each). DETACH releases DuckDB's lock on the file, so between requests another
process (an ``ingest``) can open it for writing, exactly as when each request connected
on its own; readers open at the same moment share one attachment.
"""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb

from .connection import Ledger, LedgerError, readable, retrying
from .schema import migrate

ALIAS = "ledger"  # the attached file's catalog name in the shared instance


class SharedReads:
    """Read-only :class:`Ledger` s over the file at ``path``, attached to one in-memory
    DuckDB instance while any of them is open. Thread-safe: each reader has its own
    cursor. Raises as ``Ledger(path, read_only=True)`` does (:class:`LedgerError`,
    :class:`LedgerBusy` after ``wait`` seconds of another process's conflicting lock)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.home: duckdb.DuckDBPyConnection | None = None
        self.readers = 0  # open readers; the file is attached while this is above 0
        self.mutex = threading.Lock()

    def open(self, wait: float) -> Ledger:
        """A read-only Ledger (close it: the file stays attached until the last reader
        closes)."""
        with self.mutex:
            if self.readers == 0:
                self._attach(wait)
            self.readers += 1
            try:
                assert self.home is not None
                cursor = self.home.cursor()
                cursor.execute(f"USE {ALIAS}")
            except BaseException:
                self._release_locked()
                raise
        return Ledger.over(self.path, cursor, self._release)

    def _attach(self, wait: float) -> None:
        if not Path(self.path).exists():
            raise LedgerError(self.path, "no such ledger (run newsledger ingest first)")
        if self.home is None:
            self.home = duckdb.connect(":memory:")
        home = self.home
        quoted = self.path.replace("'", "''")

        def attach() -> duckdb.DuckDBPyConnection:
            home.execute(f"ATTACH '{quoted}' AS {ALIAS} (READ_ONLY)")
            try:
                home.execute(f"USE {ALIAS}")
                current = readable(home)
                home.execute("USE memory")
            except BaseException:
                home.execute("USE memory")
                home.execute(f"DETACH {ALIAS}")
                raise
            if not current:  # an older file: migrated once by a writer, then read
                home.execute(f"DETACH {ALIAS}")
                writer = duckdb.connect(self.path)
                try:
                    migrate(writer)
                finally:
                    writer.close()
                home.execute(f"ATTACH '{quoted}' AS {ALIAS} (READ_ONLY)")
            return home

        retrying(self.path, attach, True, wait)

    def _release(self) -> None:
        with self.mutex:
            self._release_locked()

    def _release_locked(self) -> None:
        self.readers -= 1
        if self.readers == 0 and self.home is not None:
            self.home.execute(f"DETACH {ALIAS}")

    def close(self) -> None:
        """Close the in-memory instance (nothing is attached unless a reader is open)."""
        with self.mutex:
            if self.home is not None and self.readers == 0:
                self.home.close()
                self.home = None
