"""Questions to a ledger from the command line: events, actors, claims, show, stats,
errors and read-only SQL."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from .. import store
from ..ontology import grade_legend
from ..store import EventFilter, LedgerError, QueryError, Table
from ..store.filters import ORDERS
from .common import DB, FORMAT, OFFSET, Output, TableOrJson, app, emit, fail, open_ledger

# The event orders the store knows (store/filters.py ORDERS), as the CLI's choices.
Order = StrEnum("Order", [(name, name) for name in ORDERS])


@app.command()
def events(
    db: Path = DB,
    actor: str | None = typer.Option(None, help="Actor name, alias or code (PAKMIL, PAK)."),
    country: str | None = typer.Option(None, help="ISO3 of the source or target country."),
    type: str | None = typer.Option(None, "--type", help="PLOVER type."),
    status: str | None = typer.Option(None, help="occurred, planned, agreed, denied…"),
    since: str | None = typer.Option(None, help="Events on or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, help="Events on or before YYYY-MM-DD."),
    outlet: str | None = typer.Option(None, help="Only articles from this outlet."),
    limit: int = typer.Option(50, min=0, help="At most this many rows."),
    sort: Order = typer.Option(Order.date, help="Newest first, or most significant first."),
    fmt: Output = FORMAT,
) -> None:
    """Coded events, filtered."""
    with open_ledger(db) as ledger:
        try:
            flt = EventFilter(actor=actor, country=country, type=type, status=status,
                              since=since, until=until, outlet=outlet, order=sort.value)
            table = store.events(ledger, flt, limit=limit)
        except QueryError as exc:
            fail(exc)
    if fmt is Output.table:
        table = _brief_events(table)
    emit(table, fmt, title="Events")


def _brief_events(table: Table) -> Table:
    """Events in a terminal: who did what to whom, where, how many, and where to look."""
    rows = []
    for r in table.records():
        qty = f"{r['quantity']:,.0f}" if r["quantity"] is not None else ""
        rows.append((str(r["date"] or ""), f"{r['type']} {r['status']}",
                     f"{r['source_code'] or '?'} → {r['target_code'] or '?'}",
                     r["location"] or "", qty, r["grade"] or "",
                     f"{r['doc_id'][:8]}:{r['event_id']}", r["trigger"] or ""))
    return Table(["date", "event", "who", "where", "n", "grade", "doc:event", "trigger"],
                   rows)


@app.command()
def actors(
    db: Path = DB,
    country: str | None = typer.Option(None, help="ISO3 country code."),
    top: int = typer.Option(20, min=1, help="How many actors."),
    fmt: Output = FORMAT,
) -> None:
    """Actors with their mention and event counts."""
    with open_ledger(db) as ledger:
        emit(store.actors(ledger, country=country, top=top), fmt, title="Actors")


CLAIMS_HELP = ("Claims with their attribution, sourcing grade, the reason for the grade "
               "and corroboration status (CSV and JSON add the rule ids, why).\n\n"
               "Sourcing grades:\n" + grade_legend("\n", ": "))


@app.command(help=CLAIMS_HELP)
def claims(
    db: Path = DB,
    grade: str | None = typer.Option(None, help="Sourcing grade A–E (meanings above)."),
    actor: str | None = typer.Option(None, help="Cited source or an actor of its events."),
    hedged: bool = typer.Option(False, "--hedged", help="Only claims with hedges."),
    loaded: bool = typer.Option(False, "--loaded", help="Only claims with loaded language."),
    status: str | None = typer.Option(None, help="single-source, corroborated, contested or "
                                                 "contradicted (from the stories)."),
    limit: int = typer.Option(50, min=0, help="At most this many rows."),
    offset: int = OFFSET,
    fmt: Output = FORMAT,
) -> None:
    with open_ledger(db) as ledger:
        try:
            table = store.claims(ledger, grade=grade, actor=actor, hedged=hedged or None,
                                 loaded=loaded or None, limit=limit, status=status,
                                 offset=offset)
        except QueryError as exc:
            fail(exc)
    emit(table, fmt, title="Claims", brief=("doc_id", "claim_id", "grade", "grade_reason",
                                            "status", "source", "text"))


@app.command()
def show(
    doc_id: str = typer.Argument(..., help="Document id (or a unique start of it)."),
    db: Path = DB,
    fmt: TableOrJson = typer.Option(TableOrJson.json, "--format", "-f"),
) -> None:
    """The stored analysis of one article."""
    with open_ledger(db) as ledger:
        try:
            data = store.show(ledger, doc_id)
        except QueryError as exc:
            fail(exc)
    if fmt is TableOrJson.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    from ..model import Analysis
    from ..render import render_tables

    render_tables(Analysis.from_dict(data), Console())


@app.command()
def stats(db: Path = DB, as_json: bool = typer.Option(False, "--json")) -> None:
    """Counts, date range, outlets, events by type, errors."""
    with open_ledger(db) as ledger:
        data = store.stats(ledger)
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    console = Console()
    console.print(f"[bold]{escape(data['ledger'])}[/bold] (schema {data['schema_version']})")
    for key in ("documents", "republications", "events", "claims", "actors", "mentions",
                "stories", "ingest_errors", "ingest_skipped"):
        console.print(f"  {key.replace('_', ' '):<15} {data[key]:>9,}")
    by_status = ", ".join(f"{k} {v}" for k, v in data["stories_by_status"].items())
    console.print(f"  {'story status':<15} {by_status or '—'}", highlight=False)
    first, last = data["date_range"]
    console.print(f"  {'dates':<15} {first or '—'} … {last or '—'}")
    outlets = ", ".join(f"{escape(str(k))} {v}" for k, v in list(data["outlets"].items())[:8])
    console.print(f"  {'outlets':<15} {outlets or '—'}", highlight=False)
    types = ", ".join(f"{k} {v}" for k, v in data["events_by_type"].items())
    console.print(f"  {'event types':<15} {types or '—'}", highlight=False)


class ErrorKind(StrEnum):
    error = "error"
    skipped = "skipped"


@app.command()
def errors(
    db: Path = DB,
    limit: int = typer.Option(100, min=1),
    kind: ErrorKind | None = typer.Option(None, "--kind", help="Only failed inputs (error) "
                                          "or only inputs left out on purpose (skipped)."),
    fmt: Output = FORMAT,
) -> None:
    """Inputs not stored, with the reason: errors (bad input) and skipped ones (another
    language, no article, a headline only)."""
    with open_ledger(db) as ledger:
        emit(store.errors(ledger, limit=limit, kind=kind.value if kind else None), fmt,
             title="Inputs not stored")


@app.command()
def sql(
    query: str = typer.Argument(..., help="One SQL statement; the ledger is read-only."),
    db: Path = DB,
    fmt: Output = FORMAT,
) -> None:
    """Run SQL on a read-only connection to the ledger."""
    try:
        table = store.run_sql(str(db), query)
    except (QueryError, LedgerError) as exc:
        fail(exc)
    emit(table, fmt)
