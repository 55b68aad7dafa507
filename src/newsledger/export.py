"""Exports of a ledger, and the one policy for text cells written to CSV and TSV.

Formats (:data:`FORMATS`, the registry the CLI reads its ``--format`` choices from):

- ``gdelt``: tab-separated, one row per event, GDELT 2.0 event-table column names where
  they apply, then ours (PloverType, PloverMode, Status, SourcingGrade, StoryId,
  StoryStatus, IndependentSources, Evidence). Country codes are ISO 3166 alpha-3 (GDELT uses
  CAMEO/FIPS codes there); NumMentions, NumSources and NumArticles count the reports,
  outlets and articles of the event's story (before corroboration: the article and its
  recorded republications).
- ``parquet``: one file per table in a folder.
- ``jsonl``: one stored analysis per line (the JSON of ``newsledger analyze``).
- ``graphml``: the actor network, nodes = actors, directed edges source -> target weighted
  by event count, with mean Goldstein value; readable by networkx and Gephi.

Cells: article text is data, never a formula. :func:`safe_cell` puts a ``'`` before text
that a spreadsheet would run (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return); :func:`write_csv` and :func:`write_rows` apply it to every cell (CLI CSV output,
the GDELT TSV, the web's CSV).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .store.connection import Ledger
from .store.queries import happened
from .store.tables import TABLES

if TYPE_CHECKING:
    import networkx

    from .store.queries import Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A cell that a spreadsheet will not run as a formula: dates as ISO text, a list (a
    claim's ``why``) as its items joined by ``"; "``, and text starting with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return behind a ``'``."""
    if isinstance(value, dt.date | dt.datetime):
        value = value.isoformat()
    if isinstance(value, list | tuple):
        value = "; ".join(str(item) for item in value)
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def write_rows(file: TextIO, columns: Sequence[str], rows: Iterable[Sequence[Any]],
               delimiter: str = ",") -> int:
    """A header and rows as CSV (or TSV), every cell through :func:`safe_cell`; returns
    the number of rows."""
    writer = csv.writer(file, delimiter=delimiter, lineterminator="\n")
    writer.writerow([safe_cell(c) for c in columns])
    count = 0
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
        count += 1
    return count


def write_csv(table: Table, file: TextIO, delimiter: str = ",") -> int:
    """A query result as CSV, every cell through :func:`safe_cell`."""
    return write_rows(file, table.columns, table.rows, delimiter)


GDELT_SQL = """
WITH copies AS (
    SELECT original_id AS doc_id, count(*) AS n,
           count(DISTINCT outlet) FILTER (WHERE outlet <> '') AS outlets
    FROM duplicates GROUP BY original_id)
SELECT
    e.event_num AS GLOBALEVENTID,
    CAST(strftime(e.event_date, '%Y%m%d') AS INTEGER) AS SQLDATE,
    e.source_code AS Actor1Code, s.name AS Actor1Name, e.source_country AS Actor1CountryCode,
    e.target_code AS Actor2Code, t.name AS Actor2Name, e.target_country AS Actor2CountryCode,
    CASE WHEN e.paragraph <= 1 THEN 1 ELSE 0 END AS IsRootEvent,
    e.cameo AS EventCode, left(e.cameo, 3) AS EventBaseCode, left(e.cameo, 2) AS EventRootCode,
    e.quad_class AS QuadClass, e.goldstein AS GoldsteinScale,
    coalesce(st.n_reports, 1 + coalesce(c.n, 0)) AS NumMentions,
    coalesce(st.n_outlets,
             (CASE WHEN d.outlet IS NULL THEN 0 ELSE 1 END) + coalesce(c.outlets, 0))
        AS NumSources,
    coalesce(st.n_articles, 1 + coalesce(c.n, 0)) AS NumArticles,
    e.location_name AS ActionGeo_FullName, e.location_country AS ActionGeo_CountryCode,
    e.lat AS ActionGeo_Lat, e.lon AS ActionGeo_Long,
    strftime(d.ingested_at, '%Y%m%d%H%M%S') AS DATEADDED,
    coalesce(d.url, d.path) AS SOURCEURL,
    e.plover_type AS PloverType, e.plover_mode AS PloverMode, e.status AS Status,
    e.sourcing_grade AS SourcingGrade, st.story_id AS StoryId, st.status AS StoryStatus,
    st.independent_sources AS IndependentSources, e.evidence AS Evidence
FROM events e JOIN documents d USING (doc_id)
LEFT JOIN story_reports sr ON sr.event_uid = e.event_uid
LEFT JOIN stories st ON st.story_id = sr.story_id
LEFT JOIN actors s ON s.actor_id = e.source_actor
LEFT JOIN actors t ON t.actor_id = e.target_actor
LEFT JOIN copies c ON c.doc_id = e.doc_id
WHERE {where}
ORDER BY e.event_num
"""


def _clean(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str):  # a tab or newline in a field would break the table
        return " ".join(value.split())
    return value


def export_gdelt(ledger: Ledger, out: Path, all_statuses: bool = False) -> int:
    """Events as GDELT-style TSV: those that happened (occurred, ongoing) unless
    ``all_statuses`` (the ``Status`` column tells them apart)."""
    cursor = ledger.con.execute(GDELT_SQL.format(where=happened("e.status", all_statuses)))
    columns = [d[0] for d in cursor.description or []]

    def rows() -> Iterable[list[object]]:
        while batch := cursor.fetchmany(10_000):
            yield from ([_clean(v) for v in row] for row in batch)

    with open(out, "w", encoding="utf-8", newline="") as fh:
        return write_rows(fh, columns, rows(), delimiter="\t")


def export_parquet(ledger: Ledger, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        target = out / f"{table}.parquet"
        # the path is ours (a table name in a folder the user chose), quoted as a literal
        literal = "'" + str(target).replace("'", "''") + "'"
        ledger.con.execute(f"COPY (SELECT * FROM {table}) TO {literal} (FORMAT PARQUET)")
    return len(TABLES)


def export_jsonl(ledger: Ledger, out: Path) -> int:
    cursor = ledger.con.execute("SELECT analysis FROM documents ORDER BY date, doc_id")
    count = 0
    with open(out, "w", encoding="utf-8") as fh:
        while batch := cursor.fetchmany(1000):
            for (analysis,) in batch:
                fh.write(json.dumps(json.loads(analysis), ensure_ascii=False) + "\n")
                count += 1
    return count


def actor_network(ledger: Ledger, since: object = None, until: object = None,
                  plover_type: str | None = None, all_statuses: bool = False
                  ) -> networkx.DiGraph:
    """The directed actor graph, optionally for a date range and one PLOVER type; of the
    events that happened (occurred, ongoing) unless ``all_statuses`` — "has not
    recognised" is no cooperation edge."""
    import networkx as nx

    graph = nx.DiGraph()
    where = ["source_actor IS NOT NULL", "target_actor IS NOT NULL",
             happened("status", all_statuses)]
    params: list[object] = []
    if since:
        where.append("event_date >= ?")
        params.append(since)
    if until:
        where.append("event_date <= ?")
        params.append(until)
    if plover_type:
        where.append("plover_type = ?")
        params.append(plover_type)
    edges = ledger.con.execute(f"""
        SELECT source_actor, target_actor, count(*) AS events, avg(goldstein) AS goldstein,
               string_agg(DISTINCT plover_type, ',' ORDER BY plover_type) AS types,
               min(event_date) AS first, max(event_date) AS last
        FROM events WHERE {' AND '.join(where)}
        GROUP BY 1, 2""", params).fetchall()
    ids = {a for row in edges for a in row[:2]}
    for actor_id, name, kind, country, code in ledger.con.execute(
            "SELECT actor_id, name, kind, country, cameo_code FROM actors").fetchall():
        if actor_id in ids:
            graph.add_node(actor_id, label=name or actor_id, kind=kind or "",
                           country=country or "", code=code or "")
    for source, target, count, goldstein, types, first, last in edges:
        graph.add_edge(source, target, weight=int(count),
                       goldstein=float(goldstein) if goldstein is not None else 0.0,
                       types=types or "", first=str(first or ""), last=str(last or ""))
    return graph


def export_graphml(ledger: Ledger, out: Path, all_statuses: bool = False) -> int:
    import networkx as nx

    graph = actor_network(ledger, all_statuses=all_statuses)
    nx.write_graphml(graph, out)
    return graph.number_of_edges()


@dataclass(frozen=True)
class Format:
    """One export format: its writer (returns what it counted), what it writes, and what
    that count is of."""

    name: str
    write: Callable[..., int]  # (ledger, out, all_statuses=False) -> count
    description: str
    unit: str


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("gdelt", export_gdelt, "events as a GDELT-style TSV", "events"),
    Format("parquet", export_parquet, "every table as a Parquet file in a folder", "tables"),
    Format("jsonl", export_jsonl, "each stored analysis as a line of JSON", "documents"),
    Format("graphml", export_graphml, "the actor network as GraphML", "edges"),
)}


def export(ledger: Ledger, fmt: str, out: Path, all_statuses: bool = False) -> int:
    """Write the export; returns what it counted (rows, tables, documents or edges). The
    GDELT table and the GraphML network hold the events that happened unless
    ``all_statuses``; Parquet and JSONL are whole."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt in ("gdelt", "graphml"):
        return FORMATS[fmt].write(ledger, out, all_statuses=all_statuses)
    return FORMATS[fmt].write(ledger, out)
