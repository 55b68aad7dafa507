"""Commands on a ledger: ingest, query (events, actors, claims, show, stats, errors, sql),
export."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from ..ledger import DEFAULT_DB, Ledger, LedgerError, QueryError
from ..ledger import query as q
from ..ledger.near import DEFAULT_THRESHOLD
from ..reader import DEFAULT_MAX_BYTES
from ..store.filters import EventFilter
from .common import Output, analyzer, app, emit, err, fail

DB = typer.Option(Path(DEFAULT_DB), "--db", help="The ledger file (DuckDB).")
FORMAT = typer.Option(Output.table, "--format", "-f", help="Output format.")


def _open(db: Path, read_only: bool = True) -> Ledger:
    try:
        return Ledger(db, read_only=read_only)
    except LedgerError as exc:
        fail(exc)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or globs: .txt, "
                                                ".html, .json, .jsonl, RSS/Atom feeds."),
    db: Path = DB,
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for analysis."),
    batch_size: int = typer.Option(32, "--batch-size", min=1,
                                   help="Articles per transaction."),
    outlet: str | None = typer.Option(None, help="Outlet name for every article."),
    threshold: float = typer.Option(DEFAULT_THRESHOLD, "--near-duplicate", min=0.01, max=1.0,
                                    help="Jaccard similarity at which two articles are one."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Largest article accepted."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    verbose: bool = typer.Option(False, "--verbose", "-v",
                                 help="A line on stderr for every committed batch."),
    stories: bool = typer.Option(True, "--corroborate/--no-corroborate",
                                 help="Update the stories afterwards."),
    cluster: str | None = typer.Option(None, help="Analyse on Dask: local:N for a local "
                                                  "cluster, or tcp://HOST:8786."),
    output: tuple[str, Path] | None = typer.Option(
        None, help="Also write the rows as a Parquet dataset: --output parquet DIR."),
) -> None:
    """Analyse articles into the ledger; skip what is already there; record bad inputs."""
    from ..ledger.cluster import ClusterError
    from ..ledger.ingest import Ingestor, IngestStats

    if output is not None and output[0] != "parquet":
        fail(f"--output {output[0]!r}: only parquet is supported")
    ledger = _open(db, read_only=False)
    console = Console(stderr=True)
    progress = Progress(
        TextColumn("[bold]Ingesting"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}"), TimeElapsedColumn(),
        console=console, disable=quiet, transient=False,
    )

    def counts(stats: IngestStats) -> str:
        rate = stats.new / max(progress.tasks[0].elapsed or 1e-9, 1e-9) if progress.tasks \
            else 0.0
        return (f"new {stats.new} · duplicate {stats.duplicate} · near {stats.near_duplicate}"
                f" · failed {stats.failed} · {rate:.1f} articles/s")

    def on_progress(stats: IngestStats) -> None:
        progress.update(task, completed=stats.seen, counts=counts(stats))

    def on_commit(stats: IngestStats) -> None:
        if verbose:
            err.print(f"committed batch {stats.batches}: {stats.new} new, {stats.duplicate} "
                      f"duplicate, {stats.near_duplicate} near, {stats.failed} failed",
                      highlight=False)

    try:
        ingestor = Ingestor(ledger, analyzer, jobs=jobs, batch_size=batch_size,
                            threshold=threshold, outlet=outlet, max_bytes=max_bytes,
                            on_progress=on_progress, on_commit=on_commit, cluster=cluster,
                            parquet=output[1] if output else None)
        with progress:
            task = progress.add_task("ingest", total=ingestor.estimate(paths),
                                     counts=counts(IngestStats()))
            try:
                stats = ingestor.run(paths)
            except ClusterError as exc:
                fail(exc)
            progress.update(task, total=stats.seen, completed=stats.seen)
        grouped = None
        if stories and (stats.new or stats.duplicate or stats.near_duplicate):
            from ..ledger.stories import corroborate as update_stories

            grouped = update_stories(ledger)
    finally:
        ledger.close()
    if not quiet:
        console.print(
            f"{stats.new} new articles ({stats.events} events), {stats.duplicate} duplicates, "
            f"{stats.near_duplicate} near-duplicates, {stats.failed} failed in "
            f"{stats.seconds:.1f} s ({stats.rate:.1f} articles/s) -> {escape(str(db))}",
            highlight=False, soft_wrap=True)
        if grouped:
            console.print(f"stories: {grouped['stories_new']} new, "
                          f"{grouped['stories_updated']} written", highlight=False)
        for error in stats.errors[:20]:
            console.print(f"  [red]failed[/red] {escape(str(error))}", highlight=False,
                          soft_wrap=True)
        if len(stats.errors) > 20:
            console.print(f"  … and {len(stats.errors) - 20} more (newsledger errors)")
    if stats.failed:
        raise typer.Exit(2)


class Order(StrEnum):
    date = "date"
    significance = "significance"


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
    with _open(db) as ledger:
        try:
            flt = EventFilter(actor=actor, country=country, type=type, status=status,
                              since=since, until=until, outlet=outlet, order=sort.value)
            table = q.events(ledger, flt, limit=limit)
        except QueryError as exc:
            fail(exc)
    if fmt is Output.table:
        table = _brief_events(table)
    emit(table, fmt, title="Events")


def _brief_events(table: q.Table) -> q.Table:
    """Events in a terminal: who did what to whom, where, how many, and where to look."""
    rows = []
    for r in table.records():
        qty = f"{r['quantity']:,.0f}" if r["quantity"] is not None else ""
        rows.append((str(r["date"] or ""), f"{r['type']} {r['status']}",
                     f"{r['source_code'] or '?'} → {r['target_code'] or '?'}",
                     r["location"] or "", qty, r["grade"] or "",
                     f"{r['doc_id'][:8]}:{r['event_id']}", r["trigger"] or ""))
    return q.Table(["date", "event", "who", "where", "n", "grade", "doc:event", "trigger"],
                   rows)


@app.command()
def actors(
    db: Path = DB,
    country: str | None = typer.Option(None, help="ISO3 country code."),
    top: int = typer.Option(20, min=1, help="How many actors."),
    fmt: Output = FORMAT,
) -> None:
    """Actors with their mention and event counts."""
    with _open(db) as ledger:
        emit(q.actors(ledger, country=country, top=top), fmt, title="Actors")


@app.command()
def claims(
    db: Path = DB,
    grade: str | None = typer.Option(None, help="Sourcing grade A–E."),
    actor: str | None = typer.Option(None, help="Cited source or an actor of its events."),
    hedged: bool = typer.Option(False, "--hedged", help="Only claims with hedges."),
    loaded: bool = typer.Option(False, "--loaded", help="Only claims with loaded language."),
    status: str | None = typer.Option(None, help="single-source, corroborated, contested or "
                                                 "contradicted (from the stories)."),
    limit: int = typer.Option(50, min=0, help="At most this many rows."),
    fmt: Output = FORMAT,
) -> None:
    """Claims with their attribution, sourcing grade and corroboration status."""
    with _open(db) as ledger:
        try:
            table = q.claims(ledger, grade=grade, actor=actor, hedged=hedged or None,
                             loaded=loaded or None, limit=limit, status=status)
        except QueryError as exc:
            fail(exc)
    emit(table, fmt, title="Claims", brief=("doc_id", "claim_id", "grade", "status",
                                            "source", "text"))


class ShowFormat(StrEnum):
    json = "json"
    table = "table"


@app.command()
def show(
    doc_id: str = typer.Argument(..., help="Document id (or a unique start of it)."),
    db: Path = DB,
    fmt: ShowFormat = typer.Option(ShowFormat.json, "--format", "-f"),
) -> None:
    """The stored analysis of one article."""
    with _open(db) as ledger:
        try:
            data = q.show(ledger, doc_id)
        except QueryError as exc:
            fail(exc)
    if fmt is ShowFormat.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    from ..model import Analysis
    from ..render import render_tables

    render_tables(Analysis.from_dict(data), Console())


@app.command()
def stats(db: Path = DB, as_json: bool = typer.Option(False, "--json")) -> None:
    """Counts, date range, outlets, events by type, errors."""
    with _open(db) as ledger:
        data = q.stats(ledger)
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    console = Console()
    console.print(f"[bold]{escape(data['ledger'])}[/bold] (schema {data['schema_version']})")
    for key in ("documents", "republications", "events", "claims", "actors", "mentions",
                "stories", "ingest_errors"):
        console.print(f"  {key.replace('_', ' '):<15} {data[key]:>9,}")
    by_status = ", ".join(f"{k} {v}" for k, v in data["stories_by_status"].items())
    console.print(f"  {'story status':<15} {by_status or '—'}", highlight=False)
    first, last = data["date_range"]
    console.print(f"  {'dates':<15} {first or '—'} … {last or '—'}")
    outlets = ", ".join(f"{escape(str(k))} {v}" for k, v in list(data["outlets"].items())[:8])
    console.print(f"  {'outlets':<15} {outlets or '—'}", highlight=False)
    types = ", ".join(f"{k} {v}" for k, v in data["events_by_type"].items())
    console.print(f"  {'event types':<15} {types or '—'}", highlight=False)


@app.command()
def errors(db: Path = DB, limit: int = typer.Option(100, min=1), fmt: Output = FORMAT) -> None:
    """Inputs that could not be ingested, with the reason."""
    with _open(db) as ledger:
        emit(q.errors(ledger, limit=limit), fmt, title="Ingest errors")


@app.command()
def sql(
    query: str = typer.Argument(..., help="One SQL statement; the ledger is read-only."),
    db: Path = DB,
    fmt: Output = FORMAT,
) -> None:
    """Run SQL on a read-only connection to the ledger."""
    try:
        table = q.run_sql(str(db), query)
    except (QueryError, LedgerError) as exc:
        fail(exc)
    emit(table, fmt)


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    parquet = "parquet"
    jsonl = "jsonl"
    graphml = "graphml"


@app.command("export")
def export_command(
    out: Path = typer.Argument(..., help="Output file (a folder for parquet)."),
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="gdelt, parquet, jsonl, "
                                                                 "graphml."),
    db: Path = DB,
) -> None:
    """Export events (GDELT-style TSV), tables (Parquet), analyses (JSONL), the actor
    network (GraphML)."""
    from ..ledger.export import export

    with _open(db) as ledger:
        try:
            count = export(ledger, fmt.value, out)
        except OSError as exc:
            fail(f"{out}: {exc.strerror or exc}")
    unit = {"gdelt": "events", "parquet": "tables", "jsonl": "documents",
            "graphml": "edges"}[fmt.value]
    err.print(f"wrote {escape(str(out))} ({count:,} {unit})", highlight=False)


@app.command()
def corroborate(
    db: Path = DB,
    rebuild: bool = typer.Option(False, "--rebuild", help="Recompute every story."),
) -> None:
    """Group reports of the same happening into stories; judge their sources."""
    from ..ledger.stories import corroborate as run

    ledger = _open(db, read_only=False)
    try:
        result = run(ledger, rebuild=rebuild)
        total = ledger.scalar("SELECT count(*) FROM stories")
    finally:
        ledger.close()
    err.print(f"{result['events']} events grouped: {result['stories_new']} new stories, "
              f"{result['stories_updated']} written; {total} stories in {escape(str(db))}",
              highlight=False)


@app.command("stories")
def stories_command(
    db: Path = DB,
    status: str | None = typer.Option(None, help="corroborated, single-source, contested, "
                                                 "contradicted."),
    actor: str | None = typer.Option(None, help="Actor name, alias or code."),
    since: str | None = typer.Option(None, help="Stories going on at or after YYYY-MM-DD."),
    limit: int = typer.Option(50, min=0, help="At most this many stories."),
    fmt: Output = FORMAT,
) -> None:
    """Stories: one happening, its reports across outlets, independence and status."""
    with _open(db) as ledger:
        try:
            found = q.stories(ledger, status=status, actor=actor, since=since, limit=limit)
        except QueryError as exc:
            fail(exc)
    if fmt is Output.json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    rows = [(s["id"], s["plover_type"], "/".join(s["source_countries"]) or "?",
             "/".join(s["target_countries"]) or "?", s["date_start"] or "", s["status"],
             s["independent_sources"], s["n_articles"], len(s["conflicts"]), len(s["denials"]))
            for s in found]
    emit(q.Table(["id", "type", "source", "target", "from", "status", "independent",
                  "articles", "conflicts", "denials"], rows), fmt, title="Stories")


@app.command("story")
def story_command(
    story_id: str = typer.Argument(..., help="Story id (or a unique start of it)."),
    db: Path = DB,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Every report of one story: outlet, evidence, grade, independence, conflicts."""
    with _open(db) as ledger:
        try:
            found = q.story(ledger, story_id)
        except QueryError as exc:
            fail(exc)
    if as_json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    console = Console()
    who = f"{'/'.join(found['source_countries']) or '?'} → " \
          f"{'/'.join(found['target_countries']) or '?'}"
    console.print(f"[bold]{found['id']}[/bold] {found['plover_type']} {who} "
                  f"{found['date_start']}…{found['date_end']}  [bold]{found['status']}"
                  f"[/bold] ({found['independent_sources']} independent sources)",
                  highlight=False)
    for r in found["reports"]:
        tag = "independent" if r["independent"] else f"depends on {r['depends_on']}"
        console.print(f"  [{r['kind']}] {escape(str(r['outlet'] or '(no outlet)'))} "
                      f"{r['doc_id']}:{r['event_id'] or ''} grade {r['sourcing_grade']} "
                      f"({escape(tag)})", highlight=False)
        if r["text"]:
            console.print(f"      {escape(r['text'])}", highlight=False)
    for c in found["conflicts"]:
        console.print(f"  [red]conflict[/red] {c['field']}: "
                      f"{escape(', '.join(map(str, c['values'])))}", highlight=False)
        for e in c["evidence"]:
            console.print(f"      {escape(str(e['value']))} — {escape(str(e['outlet']))}: "
                          f"{escape(e['text'])}", highlight=False)
    for d in found["denials"]:
        console.print(f"  [yellow]denied[/yellow] by {escape(str(d['actor']))} "
                      f"({d['doc_id']}): {escape(d['text'])}", highlight=False)


LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@app.command()
def serve(
    db: Path = DB,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, min=1, max=65535),
    token: str | None = typer.Option(None, envvar="NEWSLEDGER_TOKEN",
                                     help="Required of every request; needed to listen "
                                          "on anything but loopback."),
    max_body: int = typer.Option(DEFAULT_MAX_BYTES, help="Largest request body accepted."),
) -> None:
    """Open the ledger in the browser: articles, events, actors, network, stories, API."""
    if host not in LOOPBACK and not token:
        fail(f"refusing to listen on {host} without --token (or NEWSLEDGER_TOKEN): anyone "
             "on the network could read the ledger")
    import uvicorn

    from ..web import create_app

    try:
        application = create_app(db, token=token, max_body=max_body)
    except LedgerError as exc:
        fail(exc)
    err.print(f"newsledger: serving {escape(str(db))} on http://{host}:{port}/",
              highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
