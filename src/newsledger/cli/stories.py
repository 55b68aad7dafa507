"""Stories from the command line: corroborate (update them), stories (the list), story
(one, with its reports, conflicts and denials)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from .. import store
from ..store import QueryError, Table
from .common import DB, FORMAT, Output, app, emit, err, fail, open_ledger


@app.command()
def corroborate(
    db: Path = DB,
    rebuild: bool = typer.Option(False, "--rebuild", help="Recompute every story."),
) -> None:
    """Group reports of the same happening into stories; judge their sources."""
    from ..corroborate import corroborate as run

    ledger = open_ledger(db, read_only=False)
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
    with open_ledger(db) as ledger:
        try:
            found = store.stories(ledger, status=status, actor=actor, since=since, limit=limit)
        except QueryError as exc:
            fail(exc)
    if fmt is Output.json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    rows = [(s["id"], s["plover_type"], "/".join(s["source_countries"]) or "?",
             "/".join(s["target_countries"]) or "?", s["date_start"] or "", s["status"],
             s["independent_sources"], s["n_articles"], len(s["conflicts"]), len(s["denials"]))
            for s in found]
    emit(Table(["id", "type", "source", "target", "from", "status", "independent",
                  "articles", "conflicts", "denials"], rows), fmt, title="Stories")


@app.command("story")
def story_command(
    story_id: str = typer.Argument(..., help="Story id (or a unique start of it)."),
    db: Path = DB,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Every report of one story: outlet, evidence, grade, independence, conflicts."""
    with open_ledger(db) as ledger:
        try:
            found = store.story(ledger, story_id)
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
