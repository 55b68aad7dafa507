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
- ``queries``: events, actors, documents, dyads, show, stats, errors;
- ``actor_query``: actor (one actor with its roll-up: what belongs to it, what it belongs to);
- ``series``: events_by_month (by quad class), stories_by_month (by status), for charts;
- ``lists``: articles and actor_list (filtered, sorted, paged: the shared list filters);
- ``actor_match``: :class:`ActorMatch`, ``resolve_actor``, ``match_actor`` (an actor filter:
  exact, or a ``QueryError`` naming the candidates);
- ``claims_query``: claims (with ``grades.grade_reason``, why a claim has its grade);
- ``stories_query``: stories, story; ``sql``: ``run_sql``, read-only SQL.
- ``article_stories``: the stories one article is part of.
"""

from .actor_match import ActorMatch, match_actor, resolve_actor
from .actor_query import actor
from .article_stories import article_stories
from .claims_query import claims
from .connection import DEFAULT_DB, Ledger, LedgerError, now
from .filters import EventFilter, QueryError, as_choice, as_date
from .lists import actor_list, articles
from .queries import (
    Table,
    actors,
    documents,
    dyads,
    errors,
    events,
    show,
    stats,
)
from .schema import SCHEMA_VERSION, SchemaError
from .series import events_by_month, stories_by_month
from .sql import run_sql
from .stories_query import stories, story
from .tables import TABLES, Rows

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "TABLES", "ActorMatch", "EventFilter", "Ledger",
           "LedgerError", "QueryError", "Rows", "SchemaError", "Table", "actor", "actor_list",
           "actors", "article_stories", "articles", "as_choice", "as_date", "claims",
           "documents", "dyads", "errors", "events", "events_by_month", "match_actor", "now",
           "resolve_actor", "run_sql", "show", "stats", "stories", "stories_by_month", "story"]
