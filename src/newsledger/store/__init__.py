"""The ledger's storage: an embedded DuckDB file of articles, actors, events, claims and
stories — its schema and migrations, the tables as dataclasses, the connection, and the
questions asked of it.

    >>> from newsledger import store
    >>> with store.Ledger("ledger.duckdb", read_only=True) as ledger:  # doctest: +SKIP
    ...     store.events(ledger, store.EventFilter(actor="PAK")).records()

- ``connection``: :class:`Ledger`, :class:`LedgerError`, ``DEFAULT_DB``;
- ``schema``: the DDL, ``SCHEMA_VERSION``, migrations, :class:`SchemaError`;
- ``tables``: one dataclass per table (``DocumentRow``, ``EventRow``…), ``Rows``, ``frame``;
- ``filters``: :class:`EventFilter`, :class:`QueryError`, ``as_date``, ``as_choice``;
- ``queries``: events, actors, documents, dyads, actor, show, stats, errors;
- ``claims_query``: claims (with ``grades.grade_reason``, why a claim has its grade);
- ``stories_query``: stories, story; ``sql``: ``run_sql``, read-only SQL.
"""

from .claims_query import claims
from .connection import DEFAULT_DB, Ledger, LedgerError, now
from .filters import EventFilter, QueryError, as_choice, as_date
from .queries import (
    ActorMatch,
    Table,
    actor,
    actors,
    documents,
    dyads,
    errors,
    events,
    resolve_actor,
    show,
    stats,
)
from .schema import SCHEMA_VERSION, SchemaError
from .sql import run_sql
from .stories_query import stories, story
from .tables import TABLES, Rows

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "TABLES", "ActorMatch", "EventFilter", "Ledger",
           "LedgerError", "QueryError", "Rows", "SchemaError", "Table", "actor", "actors",
           "as_choice", "as_date", "claims", "documents", "dyads", "errors", "events", "now",
           "resolve_actor", "run_sql", "show", "stats", "stories", "story"]
