"""The search index: an SQLite file beside the ledger (``ledger.duckdb.search`` for
``ledger.duckdb``) with FTS5 tables of articles, claims and actors.

It holds derived data only: everything in it is read from the ledger, so it can always be
deleted and built again (``newsledger search --rebuild``). It knows what it covers (the
articles and actors it holds, each article with its ``ingested_at``): on every opening
for a search (:meth:`SearchIndex.sync`) the ledger's counts and newest ``ingested_at``
are compared with its own, and when they differ (an ingest killed between its ledger
commit and its index update, an index deleted or copied from elsewhere) the missing rows
are added and the rows the ledger lacks are removed. A file that is not an index, or
cannot be read, is replaced by a new one (one note through ``note``).

Tables (rowids of the FTS5 tables are the ids of the plain ones):

- ``docs`` (id, doc_id, title, outlet, date, ingested_at, starts: the sentence starts,
  comma-separated character offsets into the text, headline: 1 when the text opens with
  the title, so that its first sentence is the headline) and ``article_text`` (title,
  body);
- ``claim_rows`` (id, claim_uid, doc: a ``docs`` id, sentence, grade, source: the cited
  source as written) and ``claim_text`` (body: the claim, source: the cited source as
  written and its actor's name when that differs);
- ``actor_rows`` (id, actor_id, name, kind, country, code) and ``actor_text`` (name,
  aliases, code).

Writers take SQLite's write lock (``BEGIN IMMEDIATE``) and wait for another's up to
``BUSY_SECONDS``; readers never wait for writers (write-ahead log).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store.connection import Ledger
from .query import SearchError

log = logging.getLogger("newsledger.search")

INDEX_VERSION = "2"
SUFFIX = ".search"
BUSY_SECONDS = 15.0
CHUNK = 1000  # articles (or actors) read from the ledger and written in one transaction
TOKENIZE = "porter unicode61 remove_diacritics 2"
MARKS = ("\x02", "\x03")  # around each match in snippets; removed from indexed text
Note = Callable[[str], None]

SCHEMA = [
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE IF NOT EXISTS docs (id INTEGER PRIMARY KEY, doc_id TEXT UNIQUE NOT NULL,
        title TEXT, outlet TEXT, date TEXT, ingested_at TEXT, starts TEXT,
        headline INTEGER)""",
    "CREATE INDEX IF NOT EXISTS docs_ingested ON docs (ingested_at)",
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(title, body,
        tokenize='{TOKENIZE}')""",
    """CREATE TABLE IF NOT EXISTS claim_rows (id INTEGER PRIMARY KEY,
        claim_uid TEXT UNIQUE NOT NULL, doc INTEGER NOT NULL, sentence INTEGER, grade TEXT,
        source TEXT)""",
    "CREATE INDEX IF NOT EXISTS claim_rows_doc ON claim_rows (doc)",
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS claim_text USING fts5(body, source,
        tokenize='{TOKENIZE}')""",
    """CREATE TABLE IF NOT EXISTS actor_rows (id INTEGER PRIMARY KEY,
        actor_id TEXT UNIQUE NOT NULL, name TEXT, kind TEXT, country TEXT, code TEXT)""",
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS actor_text USING fts5(name, aliases, code,
        tokenize='{TOKENIZE}')""",
    # bm25 weights per column: a title (a name) counts more than the body (aliases)
    "INSERT INTO article_text (article_text, rank) VALUES ('rank', 'bm25(3.0, 1.0)')",
    "INSERT INTO claim_text (claim_text, rank) VALUES ('rank', 'bm25(1.0, 0.5)')",
    "INSERT INTO actor_text (actor_text, rank) VALUES ('rank', 'bm25(3.0, 1.5, 2.0)')",
    f"INSERT OR IGNORE INTO meta VALUES ('version', '{INDEX_VERSION}')",
]
TABLES = ("meta", "docs", "article_text", "claim_rows", "claim_text", "actor_rows",
          "actor_text")

DOCS_SQL = """
    SELECT doc_id, title, outlet, CAST(date AS VARCHAR), CAST(ingested_at AS VARCHAR), text,
           CAST(json_extract(analysis, '$.sentences[*].start') AS INTEGER[])
    FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))
    ORDER BY ingested_at, doc_id"""  # rowids in ingest order: a higher one is newer
CLAIMS_SQL = """
    SELECT c.claim_uid, c.doc_id, c.sentence, c.sourcing_grade, c.text, a.source_text,
           CASE WHEN lower(s.name) = lower(a.source_text) THEN a.source_text
                ELSE concat_ws(' ; ', a.source_text, s.name) END
    FROM claims c LEFT JOIN attributions a USING (claim_uid)
    LEFT JOIN actors s ON s.actor_id = a.source_actor
    JOIN documents d ON d.doc_id = c.doc_id
    WHERE c.doc_id IN (SELECT unnest(?::VARCHAR[]))
    ORDER BY d.ingested_at, c.doc_id, c.claim_uid"""
ACTORS_SQL = """
    SELECT actor_id, name, kind, country, cameo_code,
           array_to_string(CAST(coalesce(aliases, '[]') AS VARCHAR[]), ' ; ')
    FROM actors WHERE actor_id IN (SELECT unnest(?::VARCHAR[]))"""
DROP_DOC = ("DELETE FROM claim_text WHERE rowid IN (SELECT id FROM claim_rows WHERE doc = ?)",
            "DELETE FROM claim_rows WHERE doc = ?", "DELETE FROM article_text WHERE rowid = ?",
            "DELETE FROM docs WHERE id = ?")
DROP_ACTOR = ("DELETE FROM actor_text WHERE rowid = ?", "DELETE FROM actor_rows WHERE id = ?")
COVERAGE_SQL = """
    SELECT (SELECT count(*) FROM documents),
           (SELECT CAST(max(ingested_at) AS VARCHAR) FROM documents),
           (SELECT count(*) FROM actors)"""


def ledger_stamp(ledger_path: str | Path) -> str:
    """What the file system says of the ledger file and its write-ahead log (inode, size,
    modification time): any write to the ledger changes it, so an index that checked
    itself against the ledger under one stamp need not look again while it holds."""
    parts = []
    for path in (Path(ledger_path), Path(f"{ledger_path}.wal")):
        try:
            st = path.stat()
        except FileNotFoundError:
            parts.append("-")
            continue
        parts.append(f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


def index_path(ledger_path: str | Path) -> Path:
    """Where the index of the ledger at ``ledger_path`` lives: beside it, ``.search``
    added to its name."""
    return Path(str(ledger_path) + SUFFIX)


class IndexBusy(SearchError):
    """Another process held the index's write lock for longer than ``BUSY_SECONDS``."""


@dataclass
class Synced:
    """What :meth:`SearchIndex.sync` changed: articles and actors added and removed."""

    added: int = 0
    removed: int = 0
    actors_added: int = 0
    actors_removed: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.actors_added or self.actors_removed)


def plain_text(text: str | None) -> str:
    """Text as indexed: the snippet markers replaced by spaces (offsets are kept)."""
    return (text or "").replace(MARKS[0], " ").replace(MARKS[1], " ")


def _busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


@contextmanager
def writing(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on an error); a write lock held by
    another process past ``BUSY_SECONDS`` is :class:`IndexBusy`."""
    try:
        con.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if _busy(exc):
            raise IndexBusy("the search index is being written by another process; try "
                            "again when it finishes") from None
        raise
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _chunks(items: Sequence[str], size: int = CHUNK) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


class SearchIndex:
    """The open index file at ``path`` (created when missing). A file that cannot be read
    as an index (another file, a damaged one, an older layout) is replaced by an empty
    one, saying so through ``note`` (one line); :meth:`sync` then fills it from the ledger.
    Use as a context manager. Raises :class:`IndexBusy` when another process keeps the
    write lock longer than ``BUSY_SECONDS``."""

    def __init__(self, path: str | Path, note: Note | None = None):
        self.path = Path(path)
        self.note: Note = note or log.warning
        existed = self.path.exists()
        self.fresh = not existed  # made (or replaced) by this opening: empty until synced
        self.con: sqlite3.Connection | None = None
        try:
            self.con = self._open()
            version = self.version()
        except sqlite3.OperationalError as exc:
            if _busy(exc):
                self.close()
                raise IndexBusy(f"the search index is busy ({exc}); try again") from None
            self.replace(f"could not be read ({exc})")
        except sqlite3.DatabaseError as exc:
            self.replace(f"could not be read ({exc})")
        else:
            if version != INDEX_VERSION:
                self.replace("was made by another version of newsledger")
            elif not existed:
                self.note(f"{self.path.name}: no search index yet; building it from the "
                          "ledger")

    def _open(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None,
                              check_same_thread=False)
        try:
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = NORMAL")  # derived data: rebuilt if lost
            if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchall():
                with writing(con):
                    for statement in SCHEMA:
                        con.execute(statement)
            return con
        except BaseException:
            con.close()
            raise

    def replace(self, why: str) -> None:
        """A new, empty index in place of an unreadable file (``why`` it was replaced
        goes to ``note``)."""
        self.note(f"{self.path.name}: the search index {why}; rebuilding it from the ledger")
        self.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.con = self._open()
        self.fresh = True

    @property
    def db(self) -> sqlite3.Connection:
        """The open SQLite connection."""
        if self.con is None:
            raise SearchError("the search index is closed")
        return self.con

    def version(self) -> str | None:
        return self.meta("version")

    def meta(self, key: str) -> str | None:
        rows = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with writing(self.db) as con:
            con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------
    def rebuild(self, ledger: Ledger) -> Synced:
        """Empty the index and fill it again from ``ledger``."""
        with writing(self.db) as con:
            for name in TABLES:
                con.execute(f"DROP TABLE IF EXISTS {name}")  # our own table names
            for statement in SCHEMA:
                con.execute(statement)
        return self.sync(ledger)

    def covers(self, ledger: Ledger) -> bool:
        """Whether the index holds what the ledger holds: the same number of articles
        with the same newest ``ingested_at``, and the same number of actors (each ingest
        adds articles with a new time stamp; nothing else changes them)."""
        mine = self.db.execute(
            "SELECT (SELECT count(*) FROM docs), (SELECT max(ingested_at) FROM docs), "
            "(SELECT count(*) FROM actor_rows)").fetchone()
        theirs = ledger.con.execute(COVERAGE_SQL).fetchone()
        return tuple(mine) == tuple(theirs)

    def sync(self, ledger: Ledger) -> Synced:
        """Bring the index up to ``ledger``: add the articles (with their claims) and
        actors it lacks, remove those the ledger no longer has. Cheap when it already
        covers the ledger (two counting queries)."""
        done = Synced()
        if self.covers(ledger):
            return done
        ordered = [r[0] for r in ledger.con.execute(
            "SELECT doc_id FROM documents ORDER BY ingested_at, doc_id").fetchall()]
        theirs = set(ordered)
        mine = {r[0] for r in self.db.execute("SELECT doc_id FROM docs").fetchall()}
        done.removed = self.remove(sorted(mine - theirs))
        # in ingest order, as an ingest adds them: the newest get the highest rowids,
        # which the ranking of very common words keeps (results.py)
        done.added = self.add(ledger, [d for d in ordered if d not in mine])
        actors = {r[0] for r in ledger.con.execute("SELECT actor_id FROM actors").fetchall()}
        known = {r[0] for r in self.db.execute("SELECT actor_id FROM actor_rows").fetchall()}
        done.actors_removed = self.remove_actors(sorted(known - actors))
        done.actors_added = self.add_actors(ledger, sorted(actors - known))
        return done

    def add(self, ledger: Ledger, doc_ids: Sequence[str]) -> int:
        """Index these articles of ``ledger`` with their claims (those already indexed
        are left as they are); returns how many were added."""
        added = 0
        for chunk in _chunks(doc_ids):
            docs = ledger.con.execute(DOCS_SQL, [chunk]).fetchall()
            claims = ledger.con.execute(CLAIMS_SQL, [chunk]).fetchall()
            with writing(self.db) as con:
                have = self._present(con, "docs", "doc_id", chunk)
                ids: dict[str, int] = {}
                for doc_id, title, outlet, date, at, text, starts in docs:
                    if doc_id in have:
                        continue
                    cursor = con.execute(
                        "INSERT INTO docs (doc_id, title, outlet, date, ingested_at, starts, "
                        "headline) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [doc_id, title, outlet, date, at, ",".join(map(str, starts or [])),
                         bool(title) and (text or "").lstrip().startswith(title)])
                    ids[doc_id] = cursor.lastrowid or 0
                    con.execute("INSERT INTO article_text (rowid, title, body) VALUES "
                                "(?, ?, ?)", [ids[doc_id], plain_text(title), plain_text(text)])
                for claim_uid, doc_id, sentence, grade, text, cited, sources in claims:
                    if doc_id not in ids:
                        continue
                    cursor = con.execute(
                        "INSERT INTO claim_rows (claim_uid, doc, sentence, grade, source) "
                        "VALUES (?, ?, ?, ?, ?)", [claim_uid, ids[doc_id], sentence, grade,
                                                   cited])
                    con.execute("INSERT INTO claim_text (rowid, body, source) VALUES "
                                "(?, ?, ?)", [cursor.lastrowid, plain_text(text),
                                              plain_text(sources)])
            added += len(ids)
        return added

    def add_actors(self, ledger: Ledger, actor_ids: Sequence[str]) -> int:
        """Index these actors of ``ledger`` (those already indexed are left as they are);
        returns how many were added."""
        added = 0
        for chunk in _chunks(actor_ids):
            rows = ledger.con.execute(ACTORS_SQL, [chunk]).fetchall()
            with writing(self.db) as con:
                have = self._present(con, "actor_rows", "actor_id", chunk)
                for actor_id, name, kind, country, code, aliases in rows:
                    if actor_id in have:
                        continue
                    cursor = con.execute(
                        "INSERT INTO actor_rows (actor_id, name, kind, country, code) "
                        "VALUES (?, ?, ?, ?, ?)", [actor_id, name, kind, country, code])
                    con.execute("INSERT INTO actor_text (rowid, name, aliases, code) VALUES "
                                "(?, ?, ?, ?)", [cursor.lastrowid, plain_text(name),
                                                 plain_text(aliases), plain_text(code)])
                    added += 1
        return added

    def remove(self, doc_ids: Sequence[str]) -> int:
        """Drop these articles and their claims from the index; returns how many."""
        return self._remove("docs", "doc_id", doc_ids, DROP_DOC)

    def remove_actors(self, actor_ids: Sequence[str]) -> int:
        """Drop these actors from the index; returns how many."""
        return self._remove("actor_rows", "actor_id", actor_ids, DROP_ACTOR)

    def _remove(self, table: str, column: str, keys: Sequence[str],
                statements: tuple[str, ...]) -> int:
        """Run ``statements`` (each taking a row id) for the rows of ``table`` whose
        ``column`` is one of ``keys`` (``table`` and ``column`` are ours)."""
        removed = 0
        for chunk in _chunks(keys):
            with writing(self.db) as con:
                marks = ", ".join("?" for _ in chunk)
                ids = [r[0] for r in con.execute(
                    f"SELECT id FROM {table} WHERE {column} IN ({marks})", chunk)]
                for row in ids:
                    for statement in statements:
                        con.execute(statement, [row])
                removed += len(ids)
        return removed

    @staticmethod
    def _present(con: sqlite3.Connection, table: str, column: str, keys: list[str]
                 ) -> set[Any]:
        """Which of ``keys`` the table holds (``table`` and ``column`` are ours)."""
        marks = ", ".join("?" for _ in keys)
        return {r[0] for r in con.execute(
            f"SELECT {column} FROM {table} WHERE {column} IN ({marks})", keys)}
