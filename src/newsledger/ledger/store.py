"""Open a ledger file, write analysed articles in transactions, record bad inputs.

Every write of articles is one transaction: a process killed at any moment leaves either
the whole batch or none of it, and the next run skips what is already stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from .rows import DuplicateRow, Rows
from .schema import SCHEMA_VERSION, SchemaError, migrate, version_of

DEFAULT_DB = "ledger.duckdb"

COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "content_hash", "title", "date", "outlet", "url", "path", "text",
                  "n_chars", "ingested_at", "analysis", "minhash"),
    "outlets": ("name", "first_seen"),
    "actors": ("actor_id", "name", "kind", "country", "sector", "cameo_code", "office",
               "since", "source", "aliases"),
    "mentions": ("doc_id", "actor_id", "start_char", "end_char", "text", "sentence", "why"),
    "events": ("event_uid", "doc_id", "event_id", "plover_type", "plover_mode", "cameo",
               "cameo_name", "goldstein", "quad_class", "source_actor", "source_code",
               "source_country", "target_actor", "target_code", "target_country", "status",
               "negated", "location_name", "location_country", "lat", "lon", "event_date",
               "date_precision", "date_text", "quantity", "quantity_unit", "sentence",
               "paragraph", "evidence", "evidence_start", "evidence_end", "trigger",
               "claim_uid", "sourcing_grade", "why"),
    "event_participants": ("event_uid", "actor_id", "role", "text", "start_char", "end_char",
                           "why"),
    "claims": ("claim_uid", "doc_id", "claim_id", "text", "start_char", "end_char",
               "sentence", "sourcing_grade", "opinion", "hedged", "loaded", "events", "why"),
    "attributions": ("claim_uid", "source_actor", "source_text", "cue", "type", "start_char",
                     "end_char"),
    "flags": ("claim_uid", "doc_id", "category", "text", "start_char", "end_char", "entry"),
    "duplicates": ("content_hash", "original_id", "kind", "similarity", "outlet", "title",
                   "date", "url", "path", "detected_at"),
    "stories": ("story_id", "plover_type", "types", "source_countries", "target_countries",
                "location_country", "date_start", "date_end", "quantity", "status",
                "independent_sources", "n_reports", "n_articles", "n_outlets", "updated_at"),
    "story_reports": ("story_id", "event_uid", "doc_id", "outlet", "kind", "independent",
                      "depends_on", "claim_uid", "sourcing_grade"),
    "story_conflicts": ("story_id", "field", '"values"', "evidence"),
}
# Rows that may already be there from another article: keep the first.
KEEP_FIRST = {"outlets", "actors", "duplicates"}
KEYS = {"outlets": (0,), "actors": (0,), "duplicates": (0, 1, 4)}  # primary-key positions


class LedgerError(RuntimeError):
    """A ledger that cannot be opened; the message names the file."""


def now() -> dt.datetime:
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
    def write(self, rows: Rows, duplicates: list[DuplicateRow] | None = None) -> None:
        """Store a batch of articles (and republication links) in one transaction."""
        at = now()
        tables: dict[str, list[tuple[Any, ...]]] = {
            name: getattr(rows, name) for name in Rows.__dataclass_fields__}
        tables["duplicates"] = [d.row(at) for d in duplicates or []]
        self.con.execute("BEGIN TRANSACTION")
        try:
            for name, table_rows in tables.items():
                if table_rows:
                    self.insert(name, table_rows)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def insert(self, name: str, rows: list[tuple[Any, ...]]) -> None:
        """Insert many rows at once: through a DataFrame scan (one statement) rather
        than a statement per row."""
        import pandas as pd

        cols = COLUMNS[name]
        if name in KEEP_FIRST:  # the same actor twice in one batch: keep the first row
            key = KEYS[name]
            unique: dict[tuple[Any, ...], tuple[Any, ...]] = {}
            for row in rows:
                unique.setdefault(tuple(row[i] for i in key), row)
            rows = list(unique.values())
        frame = pd.DataFrame.from_records(rows, columns=[c.strip('"') for c in cols])
        frame = frame.astype(object).where(frame.notna(), None)
        self.con.register("incoming", frame)
        try:
            conflict = " ON CONFLICT DO NOTHING" if name in KEEP_FIRST else ""
            names = ", ".join(cols)
            self.con.execute(f"INSERT INTO {name} ({names}) SELECT {names} FROM incoming"
                             f"{conflict}")  # names: our own column list, quoted where needed
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
