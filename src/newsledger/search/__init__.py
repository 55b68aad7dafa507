"""Full-text search over a ledger's articles, claims and actors: SQLite FTS5 (Python's
own ``sqlite3``, nothing downloaded), ranked by bm25, in a file beside the ledger.

    >>> from newsledger.search import search
    >>> search("ledger.duckdb", "troops Gaza", kind="article").hits[0].sentence  # doctest: +SKIP
    3

- ``query``: what a user types -> a safe FTS5 query (:func:`fts_query`, :class:`SearchError`);
- ``index``: the index file (``ledger.duckdb.search``), kept up with the ledger
  (:class:`SearchIndex`, :func:`index_path`);
- ``results``: ranked hits with snippets and matching sentences (:class:`Hit`,
  :class:`Results`).

The ingest adds each committed batch (:func:`index_written`); every search first brings
the index up to the ledger (a crash between the two is caught up then), and
:func:`rebuild` builds it again from nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import partial
from pathlib import Path

from ..store.connection import Ledger, LedgerBusy
from .index import SUFFIX, IndexBusy, Note, SearchIndex, Synced, index_path, ledger_stamp, log
from .query import MAX_QUERY, SearchError, fts_query
from .results import KINDS, Hit, Results, run

__all__ = ["KINDS", "MAX_LIMIT", "MAX_OFFSET", "MAX_QUERY", "SUFFIX", "Hit", "IndexBusy",
           "Results", "SearchError", "SearchIndex", "Synced", "catch_up", "fts_query",
           "index_path", "index_written", "ledger_stamp", "rebuild", "search"]

MAX_LIMIT = 1000
MAX_OFFSET = 10_000  # hits skipped at most: past that, a narrower query serves better


def search(db: str | Path, text: str, kind: str | None = None, limit: int = 20,
           offset: int = 0, note: Note | None = None,
           reader: Callable[[], AbstractContextManager[Ledger]] | None = None) -> Results:
    """Search the articles, claims and actors of the ledger at ``db`` for what a user
    typed (the syntax: :mod:`newsledger.search.query`), best first; ``kind`` one of
    ``KINDS`` (None: all kinds, merged as :func:`~newsledger.search.results.merged` says);
    ``limit`` hits (1 … ``MAX_LIMIT``) after the first ``offset`` (0 … ``MAX_OFFSET``).

    The index beside the ledger is created, or replaced when unreadable, and caught up
    with the ledger first (each said in one line through ``note``; the default logs it).
    The ledger is opened (read-only, with ``reader``, by default :class:`Ledger`) only
    when its file changed since the index last compared itself with it; when another
    process is writing it (an ingest, which adds each batch to the index itself), the
    index answers as it is. Raises :class:`SearchError` (one line) for a bad query, kind,
    limit or offset, :class:`IndexBusy` when another process keeps the index locked, and
    ``LedgerError`` for a ledger that cannot be read."""
    fts = fts_query(text)
    if kind is not None and kind not in KINDS:
        raise SearchError(f"kind {kind!r}: one of {', '.join(KINDS)}")
    if not 1 <= limit <= MAX_LIMIT:
        raise SearchError(f"limit {limit}: a number of hits from 1 to {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise SearchError(f"offset {offset}: a number of hits to skip, 0 to {MAX_OFFSET}")
    opener = reader or partial(Ledger, db, read_only=True)
    with _unwritable(db), SearchIndex(index_path(db), note) as index:
        for attempt in (1, 2):
            try:
                catch_up(index, db, opener)
                hits, more = run(index, fts, kind, limit, offset)
                return Results(text, fts, kind, limit, offset, hits, more)
            except sqlite3.DatabaseError as exc:  # damaged past its first page
                if isinstance(exc, sqlite3.OperationalError) and (
                        "locked" in str(exc) or "busy" in str(exc)):
                    raise IndexBusy(f"the search index is busy ({exc}); try again") from None
                if attempt == 2:
                    raise SearchError(f"the search index cannot be read: {exc}") from None
                index.replace(f"could not be read ({exc})")
    raise AssertionError("unreachable")  # pragma: no cover


@contextmanager
def _unwritable(db: str | Path) -> Iterator[None]:
    """An index file that cannot be made or replaced (a folder in its place, no
    permission, a full disk) as a one-line :class:`SearchError` naming it."""
    try:
        yield
    except OSError as exc:
        raise SearchError(f"the search index {index_path(db)} cannot be written: "
                          f"{exc.strerror or exc}") from None


def catch_up(index: SearchIndex, db: str | Path,
             opener: Callable[[], AbstractContextManager[Ledger]]) -> None:
    """Bring ``index`` up to the ledger at ``db`` when the ledger's file changed since it
    last looked (``ledger_stamp``); a ledger being written is left for later."""
    stamp = ledger_stamp(db)
    if index.meta("ledger_stamp") == stamp:
        return
    try:
        with opener() as ledger:
            synced = index.sync(ledger)
    except LedgerBusy:
        return  # an ingest writes it, and adds each batch to the index as it goes
    if synced and not index.fresh:
        index.note(f"{index.path.name}: the search index was behind the ledger; added "
                   f"{synced.added} articles and {synced.actors_added} actors, removed "
                   f"{synced.removed} articles and {synced.actors_removed} actors")
    index.set_meta("ledger_stamp", stamp)


def rebuild(ledger: Ledger, note: Note | None = None) -> Synced:
    """Build the index of ``ledger`` again from nothing; what it now holds."""
    with _unwritable(ledger.path), SearchIndex(index_path(ledger.path), note) as index:
        try:
            return index.rebuild(ledger)
        except sqlite3.DatabaseError as exc:
            index.replace(f"could not be read ({exc})")
            return index.rebuild(ledger)


def index_written(ledger: Ledger, doc_ids: list[str], actor_ids: list[str]) -> bool:
    """After a commit to ``ledger``: add its new articles (with their claims) and actors
    to the index. Best effort: the ledger is the record, so an index that cannot be
    written (busy, unreadable, a full disk) is left behind, logged, and caught up by the
    next search; returns whether it was written."""
    try:
        with SearchIndex(index_path(ledger.path), note=log.info) as index:
            index.add(ledger, doc_ids)
            index.add_actors(ledger, actor_ids)
        return True
    except (sqlite3.Error, SearchError, OSError) as exc:
        log.warning("%s: the search index was not updated (%s); the next search catches up",
                    index_path(ledger.path).name, exc)
        return False
