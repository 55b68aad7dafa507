"""Query results as the web sends them: JSON records, or a CSV download whose cells a
spreadsheet will not run as formulas."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from fastapi.responses import Response

from ..export import write_csv
from .access import Table


def plain(value: Any) -> Any:
    """Dates as ISO strings; everything else as it is."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def records(table: Table) -> list[dict[str, Any]]:
    return [{k: plain(v) for k, v in r.items()} for r in table.records()]


def csv_download(table: Table, name: str) -> Response:
    """The table as a CSV file, every cell through ``export.safe_cell`` (the one policy)."""
    out = io.StringIO()
    write_csv(table, out)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
