"""Open a ledger file, write rows in transactions, record bad inputs.

Every write of articles is one transaction: a process killed at any moment leaves either
the whole batch or none of it, and the next run skips what is already stored.

DuckDB lets one process write a file, or any number of processes read it, never both: a
reader cannot open a file another process is writing, nor a writer one that another
process reads (and one process cannot hold the same file read-only and read-write at
once). A :class:`Ledger` that meets such a lock waits for it (``wait`` seconds, five by
default), then raises :class:`LedgerBusy`, one sentence saying what to do.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb

from .schema import SCHEMA_VERSION, SchemaError, migrate, version_of
from .tables import DuplicateRow, Row, Rows, first_of_each_key, frame, quoted, written_columns

DEFAULT_DB = "ledger.duckdb"
DEFAULT_WAIT = 5.0  # seconds to wait for another process's lock on the file
BUSY_WRITING = ("the ledger is being written by another newsledger process; try again when "
                "it finishes")
BUSY_READING = ("the ledger is open for reading in another process (newsledger serve holds "
                "it only while it answers a request); try again when it is closed")
BUSY_HERE = ("the ledger is open in this process in the other mode (reading or writing); "
             "try again when that finishes")


class LedgerError(RuntimeError):
    """A ledger that cannot be opened. ``str()`` names the file, the reason and DuckDB's
    own words when there are any; ``reason`` alone names no file and no process (what a
    server may show its clients)."""

    def __init__(self, path: str, reason: str, detail: str | None = None):
        super().__init__(f"{path}: {reason}" + (f" ({detail})" if detail else ""))
        self.path, self.reason, self.detail = path, reason, detail

    def __reduce__(self) -> tuple[type, tuple[str, str, str | None]]:
        return type(self), (self.path, self.reason, self.detail)


class LedgerBusy(LedgerError):
    """Another process holds a lock on the file that this opening conflicts with (it was
    waited for first); ``reason`` is one sentence saying what to do."""


def busy_reason(exc: duckdb.Error, read_only: bool) -> str | None:
    """The sentence for a lock conflict reported by ``duckdb.connect``; None for any other
    error. DuckDB adds "you would be able to open this database in read-only mode" when
    the holder only reads (so this opening was a writer's)."""
    message = str(exc)
    if "Could not set lock" in message or "Conflicting lock" in message:
        return BUSY_READING if "read-only mode" in message and not read_only else BUSY_WRITING
    if "different configuration" in message:
        return BUSY_HERE
    return None


def now() -> dt.datetime:
    """The time stamp written with rows: UTC, to the second, without a time zone."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def readable(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the ledger open on ``con`` is at this schema version (False: older, to be
    migrated before reading). Raises :class:`SchemaError` for an empty database, one
    that is not a ledger, or one written by a newer newsledger."""
    version = version_of(con)
    if version is None:
        raise SchemaError("empty database, not a ledger")
    if version > SCHEMA_VERSION:
        raise SchemaError(f"written by a newer newsledger (schema {version})")
    return version == SCHEMA_VERSION


def retrying(path: str, opener: Callable[[], duckdb.DuckDBPyConnection], read_only: bool,
             wait: float) -> duckdb.DuckDBPyConnection:
    """``opener()``, tried again while another process holds a conflicting lock, for up
    to ``wait`` seconds. Raises :class:`LedgerBusy` when the lock is still held then, and
    :class:`LedgerError` for any other failure (not a ledger, newer, not a database)."""
    deadline, pause = time.monotonic() + wait, 0.01
    while True:
        try:
            return opener()
        except SchemaError as exc:
            raise LedgerError(path, str(exc)) from None
        except duckdb.Error as exc:
            busy = busy_reason(exc, read_only)
            if busy is None:
                raise LedgerError(path, "cannot open it as a ledger", str(exc)) from None
            left = deadline - time.monotonic()
            if left <= 0:
                raise LedgerBusy(path, busy) from None
        time.sleep(min(pause, left))
        pause = min(pause * 2, 0.25)


class Ledger:
    """An open ledger file. Use as a context manager; ``read_only`` for queries.

    ``wait``: the seconds to wait, retrying, while another process holds a conflicting
    lock on the file. Raises :class:`LedgerBusy` when it is still held then, and
    :class:`LedgerError` for a file that is missing (``read_only``), not a ledger, newer
    than this version, or not a database.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False,
                 wait: float = DEFAULT_WAIT):
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise LedgerError(self.path, "no such ledger (run newsledger ingest first)")
        self.con = self._connect(read_only, wait)
        self.read_only = read_only
        self._on_close: Callable[[], None] | None = None

    def _connect(self, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
        opener = self._open_read_only if read_only else self._open_writer
        return retrying(self.path, opener, read_only, wait)

    def _open_writer(self) -> duckdb.DuckDBPyConnection:
        con = duckdb.connect(self.path)
        try:
            migrate(con)
        except BaseException:
            con.close()
            raise
        return con

    def _open_read_only(self) -> duckdb.DuckDBPyConnection:
        con = duckdb.connect(self.path, read_only=True)
        try:
            current = readable(con)
        except BaseException:
            con.close()
            raise
        if not current:  # an older file: migrate it once, then read
            con.close()
            self._open_writer().close()
            con = duckdb.connect(self.path, read_only=True)
        return con

    @classmethod
    def over(cls, path: str, con: duckdb.DuckDBPyConnection,
             on_close: Callable[[], None]) -> Ledger:
        """A read-only ledger over a connection opened elsewhere (``SharedReads``);
        ``on_close`` runs after the connection is closed."""
        ledger = cls.__new__(cls)
        ledger.path, ledger.con, ledger.read_only = path, con, True
        ledger._on_close = on_close
        return ledger

    def close(self) -> None:
        self.con.close()
        on_close, self._on_close = self._on_close, None
        if on_close is not None:
            on_close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading what is there ------------------------------------------------------
    def scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        rows = self.con.execute(sql, params or []).fetchall()  # a fetched-out result
        return rows[0][0] if rows else None

    def hashes(self) -> dict[str, str]:
        """content hash -> doc_id of every stored document."""
        return dict(self.con.execute("SELECT content_hash, doc_id FROM documents").fetchall())

    def duplicate_hashes(self) -> dict[str, str]:
        """content hash -> original doc_id of every recorded republication."""
        return dict(self.con.execute(
            "SELECT content_hash, min(original_id) FROM duplicates GROUP BY content_hash"
        ).fetchall())

    def duplicate_keys(self) -> set[tuple[str, str, str]]:
        return set(self.con.execute(
            "SELECT content_hash, original_id, outlet FROM duplicates").fetchall())

    def outlet_of(self, doc_id: str) -> str | None:
        return self.scalar("SELECT outlet FROM documents WHERE doc_id = ?", [doc_id])

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        cursor = self.con.execute(
            "SELECT doc_id, minhash FROM documents WHERE minhash IS NOT NULL")
        while batch := cursor.fetchmany(1000):
            yield from batch

    # -- writing ----------------------------------------------------------------------
    def write(self, rows: Rows, duplicates: Sequence[DuplicateRow] = ()) -> None:
        """Store a batch of articles (and republication links) in one transaction."""
        tables: list[tuple[type[Row], Sequence[Row]]] = [*rows.tables(),
                                                         (DuplicateRow, duplicates)]
        self.con.execute("BEGIN TRANSACTION")
        try:
            for kind, table_rows in tables:
                if table_rows:
                    self.insert(kind, table_rows)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def checkpoint(self) -> None:
        """Move what the write-ahead log holds into the file now (DuckDB's ``CHECKPOINT``)
        instead of at the next automatic checkpoint or on closing. The rows are the same
        either way; what changes is when its working memory is taken (about 125 MB on
        closing after a 2,000-article ingest and its stories: docs/benchmarks.md)."""
        self.con.execute("CHECKPOINT")

    def insert(self, kind: type[Row], rows: Sequence[Row]) -> None:
        """Insert many rows of one table at once: through a DataFrame scan (one statement)
        rather than a statement per row. A table that keeps first rows keeps the row
        already stored, and the first of a batch."""
        data = frame(kind, first_of_each_key(kind, rows))
        self.con.register("incoming", data)
        try:
            conflict = " ON CONFLICT DO NOTHING" if kind.KEEP_FIRST else ""
            names = quoted(written_columns(kind))  # our own column names, quoted
            self.con.execute(f"INSERT INTO {kind.TABLE} ({names}) SELECT {names} FROM "
                             f"incoming{conflict}")
        finally:
            self.con.unregister("incoming")

    def record_error(self, path: str, reason: str) -> None:
        """Note a bad input; seeing it again counts an attempt, never a second row."""
        at = now()
        self.con.execute(
            "INSERT INTO ingest_errors (path, reason, first_seen, attempts, last_seen) "
            "VALUES (?, ?, ?, 1, ?) ON CONFLICT (path, reason) DO UPDATE SET "
            "attempts = ingest_errors.attempts + 1, last_seen = excluded.last_seen",
            [path, reason, at, at])
