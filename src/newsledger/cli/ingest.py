"""``newsledger ingest``: articles into a ledger, with a progress bar and a summary."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Column

from ..ingest import DEFAULT_BATCH, DEFAULT_THRESHOLD, ClusterError, IngestStats, estimate
from ..ingest import ingest as ingest_articles
from ..inputs import DEFAULT_MAX_BYTES
from .common import DB, analyzer, app, err, fail, open_ledger


def progress_bar(console: Console, quiet: bool) -> Progress:
    """Spinner, "Ingesting", bar, articles done of all, time, then the counts: the bar is
    10-40 characters wide as the terminal allows, and the counts are cut (…) rather than
    wrapped, so the line fits 80 columns and the bar and the numbers stay."""
    bar = max(10, min(40, console.width - 90))
    return Progress(
        SpinnerColumn(), TextColumn("[bold]Ingesting"), BarColumn(bar_width=bar),
        MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[counts]}",  # the rest of the line, whatever is left
                   table_column=Column(ratio=1, no_wrap=True, overflow="ellipsis")),
        console=console, disable=quiet, transient=False, expand=True,
    )


def progress_counts(stats: IngestStats, rate: float) -> str:
    """``new 12 · dup 3 · skipped 1 · 7.6/s``: new articles, then only the kinds that
    happened (dup: duplicates, near: near-duplicates), then articles per second."""
    kinds = (("dup", stats.duplicate), ("near", stats.near_duplicate),
             ("skipped", stats.skipped), ("failed", stats.failed))
    return " · ".join([f"new {stats.new}", *(f"{name} {n}" for name, n in kinds if n),
                       f"{rate:.1f}/s"])


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or globs: .txt, "
                                                ".html, .json, .jsonl, RSS/Atom feeds."),
    db: Path = DB,
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for analysis."),
    batch_size: int = typer.Option(DEFAULT_BATCH, "--batch-size", min=1,
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
    encoding: str | None = typer.Option(
        None, help="Decode every input with this encoding (e.g. cp1252) instead of detecting."),
    any_language: bool = typer.Option(False, "--any-language",
                                      help="Analyse texts in any language, not only English."),
) -> None:
    """Analyse articles into the ledger; skip what is already there, what is not English and
    what is no article (noted); record bad inputs (exit 2 when any)."""
    if output is not None and output[0] != "parquet":
        fail(f"--output {output[0]!r}: only parquet is supported")
    ledger = open_ledger(db, read_only=False)
    console = Console(stderr=True)
    progress = progress_bar(console, quiet)

    def counts(stats: IngestStats) -> str:
        rate = stats.new / max(progress.tasks[0].elapsed or 1e-9, 1e-9) if progress.tasks \
            else 0.0
        return progress_counts(stats, rate)

    def on_progress(stats: IngestStats) -> None:
        progress.update(task, completed=stats.seen, counts=counts(stats))
        if stats.seconds:  # the last call: every article is in (the stories come next)
            progress.update(task, total=stats.seen, completed=stats.seen)

    def on_commit(stats: IngestStats) -> None:
        if verbose:
            err.print(f"committed batch {stats.batches}: {stats.new} new, {stats.duplicate} "
                      f"duplicate, {stats.near_duplicate} near, {stats.skipped} skipped, "
                      f"{stats.failed} failed", highlight=False)

    try:
        with progress:
            task = progress.add_task("ingest", total=estimate(paths),
                                     counts=counts(IngestStats()))
            try:
                stats = ingest_articles(
                    paths, ledger, analyzer=analyzer, jobs=jobs, batch_size=batch_size,
                    threshold=threshold, outlet=outlet, max_bytes=max_bytes,
                    on_progress=on_progress, on_commit=on_commit, cluster=cluster,
                    output=output[1] if output else None, corroborate=stories,
                    encoding=encoding, any_language=any_language)
            except ClusterError as exc:
                fail(exc)
    finally:
        ledger.close()
    if not quiet:
        console.print(
            f"{stats.new} new articles ({stats.events} events), {stats.duplicate} duplicates, "
            f"{stats.near_duplicate} near-duplicates, {stats.skipped} skipped, "
            f"{stats.failed} failed in "
            f"{stats.seconds:.1f} s ({stats.rate:.1f} articles/s) -> {escape(str(db))}",
            highlight=False, soft_wrap=True)
        if stats.stories:
            console.print(f"stories: {stats.stories['stories_new']} new, "
                          f"{stats.stories['stories_updated']} written", highlight=False)
        for label, items in (("[yellow]skipped[/yellow]", stats.skips),
                             ("[red]failed[/red]", stats.errors)):
            for item in items[:20]:
                console.print(f"  {label} {escape(str(item))}", highlight=False,
                              soft_wrap=True)
            if len(items) > 20:
                console.print(f"  … and {len(items) - 20} more (newsledger errors)")
    if stats.failed:
        raise typer.Exit(2)
