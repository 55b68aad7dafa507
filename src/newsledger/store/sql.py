"""Read-only SQL on a ledger: one statement on a connection that cannot write."""

from __future__ import annotations

import duckdb

from .connection import Ledger
from .filters import QueryError
from .queries import Table, table_of


def run_sql(path: str, query: str) -> Table:
    """Run one statement on a connection that cannot write: the file is opened read-only
    and access to other files is switched off."""
    Ledger(path, read_only=True).close()  # a ledger, and migrated if it was old
    con = duckdb.connect(":memory:")
    try:
        literal = "'" + str(path).replace("'", "''") + "'"
        con.execute(f"ATTACH {literal} AS ledger (READ_ONLY)")
        con.execute("USE ledger")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        try:
            return table_of(con.execute(query))
        except duckdb.Error as exc:
            raise QueryError(str(exc).splitlines()[0]) from None
    finally:
        con.close()
