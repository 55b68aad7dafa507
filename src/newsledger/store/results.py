"""A query result as every list gives it: :class:`Table` (column names and rows)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb


@dataclass
class Table:
    """A query result: column names and rows (the CLI prints it, the web serves it)."""

    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def table_of(cursor: duckdb.DuckDBPyConnection) -> Table:
    """The rest of a cursor's result as a Table."""
    names = [d[0] for d in cursor.description or []]
    return Table(names, cursor.fetchall())
