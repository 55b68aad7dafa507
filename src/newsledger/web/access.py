"""The web's one door to the storage library: the ledger file behind the server, read by
the requests one at a time, written (an analysed article stored) by one writer at a time.

Every import of the storage library by the web is in this module (but for the CSV cell
policy, in tables.py); the routes take the query functions (``q``, the ``store`` package)
and the errors from here.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import store as q
from ..export import actor_network
from ..store import Ledger, LedgerError, QueryError, Table

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Analysis
    from ..resources import Resources

__all__ = ["Ledger", "LedgerAccess", "LedgerError", "NotFound", "QueryError", "Table", "q"]


class NotFound(Exception):
    """No document, actor or story with the id asked for (a 404)."""


class LedgerAccess:
    """One read-only connection shared by the requests, one at a time; a write (storing
    an analysed article) briefly reopens the file for writing."""

    def __init__(self, path: Path):
        self.path = path
        self.lock = threading.RLock()
        if not path.exists():
            Ledger(path).close()  # an empty ledger, so that Analyze works from the start
        self.ledger: Ledger | None = Ledger(path, read_only=True)

    @contextmanager
    def read(self) -> Iterator[Ledger]:
        with self.lock:
            if self.ledger is None:  # a failed write left it closed: try again now
                self.ledger = Ledger(self.path, read_only=True)
            yield self.ledger

    def write(self, action: Callable[[Ledger], Any]) -> Any:
        with self.lock:
            if self.ledger is not None:
                self.ledger.close()
                self.ledger = None
            with Ledger(self.path) as writer:
                result = action(writer)
            self.ledger = Ledger(self.path, read_only=True)
            return result

    def close(self) -> None:
        with self.lock:
            if self.ledger is not None:
                self.ledger.close()
                self.ledger = None

    def lookup(self, fetch: Callable[[Ledger, str], Any], key: str) -> Any:
        """One document, actor or story by id (``fetch`` is ``q.show``, ``q.actor`` or
        ``q.story``); a missing one is :class:`NotFound`."""
        with self.read() as ledger:
            try:
                return fetch(ledger, key)
            except QueryError as exc:
                raise NotFound(str(exc)) from None

    def store(self, analysis: Analysis, resources: Resources) -> tuple[str, bool]:
        """Store an analysed article and update the stories: (doc_id, newly stored)."""
        from ..ingest import store_analysis  # imported when first needed: it is slow

        return self.write(lambda ledger: store_analysis(ledger, analysis, resources,
                                                        corroborate=True))

    def actor_network(self, since: dt.date | None, until: dt.date | None,
                      plover: str | None) -> nx.DiGraph:
        """Who acts on whom, between two dates, for one PLOVER type or all."""
        with self.read() as ledger:
            return actor_network(ledger, since, until, plover)
