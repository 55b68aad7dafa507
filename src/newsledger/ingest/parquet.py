"""The Parquet sink of ``ingest --output parquet DIR``: every batch's rows also as Parquet."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..model import Document
from ..store.tables import Rows, frame


class ParquetSink:
    """Every batch also as Parquet files, one folder per table, partitioned by month
    (``month=YYYY-MM``) where the table has a date: a dataset DuckDB and Spark can query.
    File names come from the batch's document ids, so a re-run after a kill rewrites a
    batch's files instead of adding a second copy."""

    DATED = {"documents": "date", "events": "event_date", "duplicates": "date"}

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def write(self, rows: Rows, documents: list[Document]) -> None:
        import duckdb

        name = hashlib.sha1(",".join(sorted(d.id for d in documents)).encode()).hexdigest()
        con = duckdb.connect(":memory:")
        try:
            for kind, table_rows in rows.tables():
                if not table_rows:
                    continue
                con.register("batch", frame(kind, table_rows))
                table = kind.TABLE
                target = self.folder / table
                date = self.DATED.get(table)
                month = (f", coalesce(strftime(TRY_CAST({date} AS DATE), '%Y-%m'), 'none') "
                         "AS month") if date else ""
                literal = "'" + str(target).replace("'", "''") + "'"
                partition = "PARTITION_BY (month), " if date else ""
                if not date:
                    target.mkdir(parents=True, exist_ok=True)
                    literal = "'" + str(target / f"part-{name}.parquet").replace(
                        "'", "''") + "'"
                con.execute(
                    f"COPY (SELECT *{month} FROM batch) TO {literal} (FORMAT PARQUET, "
                    f"{partition}OVERWRITE_OR_IGNORE true"
                    f"{', FILENAME_PATTERN ' + repr('part-' + name) if date else ''})")
                con.unregister("batch")
        finally:
            con.close()
