"""Open a ledger file, write rows in transactions, record bad inputs.

Every write of articles is one transaction: a process killed at any moment leaves either
the whole batch or none of it, and the next run skips what is already stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb

from .schema import SCHEMA_VERSION, SchemaError, migrate, version_of
from .tables import DuplicateRow, Row, Rows, first_of_each_key, frame, quoted, written_columns

DEFAULT_DB = "ledger.duckdb"


class LedgerError(RuntimeError):
    """A ledger that cannot be opened; the message names the file."""


def now() -> dt.datetime:
    """The time stamp written with rows: UTC, to the second, without a time zone."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class Ledger:
    """An open ledger file. Use as a context manager; ``read_only`` for queries."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise LedgerError(f"{self.path}: no such ledger (run newsledger ingest first)")
        try:
            if read_only:
                self.con = self._open_read_only()
            else:
                self.con = duckdb.connect(self.path)
                migrate(self.con)
        except SchemaError as exc:
            raise LedgerError(f"{self.path}: {exc}") from None
        except duckdb.Error as exc:
            raise LedgerError(f"{self.path}: cannot open ({exc})") from None
        self.read_only = read_only

    def _open_read_only(self) -> duckdb.DuckDBPyConnection:
        con = duckdb.connect(self.path, read_only=True)
        version = version_of(con)
        if version is None:
            con.close()
            raise SchemaError("empty database, not a ledger")
        if version < SCHEMA_VERSION:  # an older file: migrate it once, then read
            con.close()
            writer = duckdb.connect(self.path)
            migrate(writer)
            writer.close()
            con = duckdb.connect(self.path, read_only=True)
        elif version > SCHEMA_VERSION:
            con.close()
            raise SchemaError(f"written by a newer newsledger (schema {version})")
        return con

    def close(self) -> None:
        self.con.close()

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
