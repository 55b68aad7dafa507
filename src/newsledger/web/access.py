"""The web's one door to the storage library: the ledger file behind the server.

The server holds no connection between requests. DuckDB lets one process write a file
or any number of processes read it, never both (and one process cannot hold it in both
modes at once), so each request opens the file read-only, asks its questions and closes
it: an ``ingest`` can start whenever no request is being answered, and while it
writes, the pages answer 503 with one sentence saying so. Storing an analysed article
opens the file for writing for that write only. In this process the
reads share the file and a write waits for them (and they for it): :class:`ReadWriteLock`.
A read attaches the file to one empty in-memory DuckDB instance kept by the server and
detaches it when the last concurrent read is done (``store.shared_reads``: 2–6 ms, where
a connection of its own cost 15–30 ms); detaching releases the file's lock as closing did.

Every import of the storage library by the web is in this module (but for the CSV cell
policy, in tables.py); the routes take the query functions (``q``, the ``store`` package)
and the errors from here.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import store as q
from ..export import actor_network
from ..store import Ledger, LedgerError, QueryError, Rows, Table, now
from ..store.connection import LedgerBusy
from ..store.shared_reads import SharedReads

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Analysis
    from ..resources import Resources

__all__ = ["Ledger", "LedgerAccess", "LedgerBusy", "LedgerError", "NotFound", "QueryError",
           "Table", "q"]

READ_WAIT = 1.0  # seconds a request waits for another process's lock before its 503
WRITE_WAIT = 5.0  # … and a write (storing an article)
LOCAL_WAIT = 60.0  # seconds a read waits for this server's own write, and the reverse
BUSY_HERE = "the ledger is busy storing an article sent to this server; try again shortly"


class NotFound(Exception):
    """No document, actor or story with the id asked for (a 404)."""


class ReadWriteLock:
    """Many readers or one writer, in this process; a waiting writer goes before new
    readers. Waiting longer than ``wait`` seconds raises :class:`LedgerBusy`."""

    def __init__(self, path: str, wait: float = LOCAL_WAIT):
        self.path, self.wait = path, wait
        self.cond = threading.Condition()
        self.readers = 0
        self.writing = False
        self.writers_waiting = 0

    def _until(self, ready: Callable[[], bool]) -> None:
        if not self.cond.wait_for(ready, timeout=self.wait):
            raise LedgerBusy(self.path, BUSY_HERE)

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self.cond:
            self._until(lambda: not self.writing and not self.writers_waiting)
            self.readers += 1
        try:
            yield
        finally:
            with self.cond:
                self.readers -= 1
                self.cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self.cond:
            self.writers_waiting += 1
            try:
                self._until(lambda: not self.writing and not self.readers)
            finally:
                self.writers_waiting -= 1
            self.writing = True
        try:
            yield
        finally:
            with self.cond:
                self.writing = False
                self.cond.notify_all()


class LedgerAccess:
    """The ledger file at ``path``: opened read-only for each request, for writing for
    each store, never held in between. Raises :class:`LedgerBusy` (a 503) when another
    process writes the file (reads) or reads or writes it (a store) for longer than
    ``READ_WAIT`` / ``WRITE_WAIT`` seconds."""

    def __init__(self, path: Path, read_wait: float = READ_WAIT,
                 write_wait: float = WRITE_WAIT):
        self.path = path
        self.read_wait, self.write_wait = read_wait, write_wait
        self.lock = ReadWriteLock(str(path))
        self.reads = SharedReads(path)  # the file attached only while a request reads
        self.opened = 0  # connections opened so far (for tests and measurements)
        self.open_seconds = 0.0  # … and the time spent opening them
        if not path.exists():
            Ledger(path).close()  # an empty ledger, so that Analyze works from the start
            return
        try:  # a file that is not a ledger stops the server here; a busy one does not
            self._open(read_only=True, wait=write_wait).close()
        except LedgerBusy:
            pass  # an ingest is writing it: the pages answer 503 until it is done

    def _open(self, read_only: bool, wait: float) -> Ledger:
        started = time.perf_counter()
        ledger = (self.reads.open(wait) if read_only
                  else Ledger(self.path, read_only=False, wait=wait))
        self.opened += 1
        self.open_seconds += time.perf_counter() - started
        return ledger

    @contextmanager
    def read(self) -> Iterator[Ledger]:
        """A read-only connection for one request, closed when it is done."""
        with self.lock.shared():
            ledger = self._open(read_only=True, wait=self.read_wait)
            try:
                yield ledger
            finally:
                ledger.close()

    def write(self, action: Callable[[Ledger], Any]) -> Any:
        """``action(ledger)`` on the file opened for writing, closed right after."""
        with self.lock.exclusive(), self._open(read_only=False,
                                               wait=self.write_wait) as writer:
            return action(writer)

    def close(self) -> None:
        """Nothing is held between requests: this waits for a write in progress and
        closes the empty in-memory DuckDB instance the reads attach the file to."""
        with self.lock.exclusive():
            self.reads.close()

    def lookup(self, fetch: Callable[[Ledger, str], Any], key: str) -> Any:
        """One document, actor or story by id (``fetch`` is ``q.show``, ``q.actor`` or
        ``q.story``); a missing one is :class:`NotFound`."""
        with self.read() as ledger:
            try:
                return fetch(ledger, key)
            except QueryError as exc:
                raise NotFound(str(exc)) from None

    def store(self, analysis: Analysis, resources: Resources) -> tuple[str, bool]:
        """Store an analysed article and update the stories: ``(doc_id, newly stored)``.
        An article already in the ledger (the same text, sent again or through another
        door) is not stored twice: its id is returned and, from another outlet, the copy
        is recorded as a republication, as ``ingest`` does."""
        return self.write(lambda ledger: store_or_link(ledger, analysis, resources))

    def actor_network(self, since: dt.date | None, until: dt.date | None,
                      plover: str | None, all_statuses: bool = False) -> nx.DiGraph:
        """Who acts on whom, between two dates, for one PLOVER type or all; events that
        happened unless ``all_statuses``."""
        with self.read() as ledger:
            return actor_network(ledger, since, until, plover, all_statuses)


def store_or_link(ledger: Ledger, analysis: Analysis, resources: Resources
                  ) -> tuple[str, bool]:
    """Store a new article (``store_analysis``), or link a copy of a stored one to it
    (the ``duplicates`` table, as ``ingest`` records an exact republication: only from
    another outlet, once per outlet); either way the stories are brought up to date.
    ``(doc_id, newly stored)``."""
    from ..corroborate import corroborate
    from ..ingest import store_analysis  # imported when first needed: it is slow
    from ..ingest.rows import Republication, content_hash

    doc = analysis.document
    digest = content_hash(doc.text)
    original = (ledger.scalar("SELECT doc_id FROM documents WHERE content_hash = ?", [digest])
                or ledger.duplicate_hashes().get(digest))
    if original is None:
        return store_analysis(ledger, analysis, resources, corroborate=True)
    outlet = doc.outlet or ""
    if (doc.outlet or None) != ledger.outlet_of(original) and \
            (digest, original, outlet) not in ledger.duplicate_keys():
        copy = Republication(digest, original, "exact", 1.0, doc)
        ledger.write(Rows(), [copy.row(now())])
        corroborate(ledger)
    return original, False
