"""Questions to a ledger from the command line: events, actors, claims, show, stats,
errors and read-only SQL."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from .. import store
from ..ontology import grade_legend
from ..store import EventFilter, LedgerError, QueryError, Table
from ..store.claims_query import CLAIM_SORTS
from ..store.filters import EVENT_SORTS
from ..store.lists import ACTOR_SORTS
from . import lists, views
from .common import (
    DB,
    FORMAT,
    FORMAT_AUTO,
    JSON_ALIAS,
    MAX_ROWS,
    OFFSET,
    Output,
    app,
    emit,
    emit_one,
    fail,
    open_ledger,
    output,
)


@app.command()
def events(
    db: Path = DB,
    actor: str | None = lists.ACTOR,
    country: str | None = typer.Option(None, help="ISO3 of the source or target country."),
    type: str | None = lists.TYPE,
    status: str | None = typer.Option(None, help="occurred, planned, agreed, denied…"),
    since: str | None = lists.SINCE,
    until: str | None = lists.UNTIL,
    outlet: str | None = lists.OUTLET,
    grade: str | None = typer.Option(None, help="Sourcing grade A–E."),
    q: str | None = lists.TEXT,
    sort: str = lists.sort_option(EVENT_SORTS),
    limit: int = lists.LIMIT,
    offset: int = OFFSET,
    fmt: Output = FORMAT,
) -> None:
    """Coded events, filtered (date: the event's own, or the article's when the text gives
    none: date_precision none)."""
    with open_ledger(db) as ledger:
        try:
            flt = EventFilter(actor=actor, country=country, type=type, status=status,
                              since=since, until=until, outlet=outlet, grade=grade, q=q,
                              order=sort)
            table = store.events(ledger, flt, limit=limit, offset=offset)
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
        rows.append((lists.shown_date(r["date"], r["date_precision"]),
                     f"{r['type']} {r['status']}",
                     f"{r['source_code'] or '?'} → {r['target_code'] or '?'}",
                     r["location"] or "", qty, r["grade"] or "",
                     f"{r['doc_id'][:8]}:{r['event_id']}", r["trigger"] or ""))
    return Table(["date", "event", "who", "where", "n", "grade", "doc:event", "trigger"],
                   rows)


@app.command()
def actors(
    db: Path = DB,
    country: str | None = typer.Option(None, help="ISO3 country code."),
    kind: str | None = typer.Option(None, help="country, organization, group or person."),
    q: str | None = typer.Option(None, "--q", help="A substring of the name, id, code or an "
                                                   "alias."),
    sort: str = lists.sort_option(ACTOR_SORTS),
    limit: int = typer.Option(20, min=0, max=MAX_ROWS, help="At most this many rows."),
    offset: int = OFFSET,
    top: int | None = typer.Option(None, min=1, max=MAX_ROWS, hidden=True,
                                    help="The old --limit."),
    fmt: Output = FORMAT,
) -> None:
    """Actors with their mention and event counts, most mentioned first."""
    table = lists.ask(db, store.actor_list, country=country, kind=kind, q=q, sort=sort,
                      limit=top or limit, offset=offset)
    emit(table, fmt, title="Actors",
         brief=("actor_id", "name", "kind", "country", "mentions", "events"))


CLAIMS_HELP = ("Claims with their attribution, sourcing grade, the reason for the grade "
               "and corroboration status, with the ids of the rules that made them (why)."
               "\n\n"
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
    outlet: str | None = lists.OUTLET,
    type: str | None = lists.TYPE,
    since: str | None = lists.SINCE,
    until: str | None = lists.UNTIL,
    q: str | None = lists.TEXT,
    sort: str = lists.sort_option(CLAIM_SORTS),
    limit: int = lists.LIMIT,
    offset: int = OFFSET,
    fmt: Output = FORMAT,
) -> None:
    table = lists.ask(db, store.claims, grade=grade, actor=actor, hedged=hedged or None,
                      loaded=loaded or None, limit=limit, status=status, offset=offset,
                      outlet=outlet, type=type, since=since, until=until, q=q, sort=sort)
    emit(table, fmt, title="Claims", brief=("doc_id", "claim_id", "grade", "grade_reason",
                                            "status", "source", "text", "why"))


SHOW_HELP = ("The stored analysis of one article. On a terminal: a summary (title, date, "
             "outlet, counts, then the first events and claims); --format json: the whole "
             "analysis (what a pipe or a file gets by default, so scripts keep working); "
             "--format csv: one row per event and per claim.")


@app.command(help=SHOW_HELP)
def show(
    doc_id: str = typer.Argument(..., help="Document id (or a unique start of it)."),
    db: Path = DB,
    fmt: Output | None = FORMAT_AUTO,
) -> None:
    with open_ledger(db) as ledger:
        try:
            data = store.show(ledger, doc_id)
        except QueryError as exc:
            fail(exc)
    emit_one(data, output(fmt), lambda: views.article_rows(data),
             lambda console: views.article_summary(data, console))


@app.command()
def stats(db: Path = DB, fmt: Output = FORMAT, as_json: bool = JSON_ALIAS) -> None:
    """Counts, date range, outlets, events by type, errors (csv: key,value rows)."""
    with open_ledger(db) as ledger:
        data = store.stats(ledger)
    emit_one(data, output(fmt, as_json), lambda: views.stats_rows(data),
             lambda console: views.stats_view(data, console))


class ErrorKind(StrEnum):
    error = "error"
    skipped = "skipped"


@app.command()
def errors(
    db: Path = DB,
    limit: int = typer.Option(100, min=1, max=MAX_ROWS),
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
