"""The ledger: articles, actors, events and claims in an embedded DuckDB file."""

from .ingest import Ingestor, IngestStats
from .query import QueryError, Table
from .schema import SCHEMA_VERSION, SchemaError
from .store import DEFAULT_DB, Ledger, LedgerError

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "IngestStats", "Ingestor", "Ledger",
           "LedgerError", "QueryError", "SchemaError", "Table"]
