"""Stories from the command line: corroborate (update them), stories (the list), story
(one: headline, first report, asserting outlets, reports, denials and other answers,
conflicts, revisions)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from .. import store
from ..store import QueryError, Table
from ..store.stories_query import STORY_SORTS
from . import common, lists, views
from .common import DB, FORMAT, MAX_ROWS, OFFSET, Output, app, emit, err, fail, open_ledger


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
                                                 "contradicted, unasserted."),
    actor: str | None = lists.ACTOR,
    type: str | None = lists.TYPE,
    since: str | None = typer.Option(None, help="Stories going on at or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, help="Stories starting on or before YYYY-MM-DD."),
    q: str | None = typer.Option(None, "--q", help="A substring of the headline."),
    sort: str = lists.sort_option(STORY_SORTS),
    limit: int = typer.Option(50, min=0, max=MAX_ROWS, help="At most this many stories."),
    offset: int = OFFSET,
    fmt: Output = FORMAT,
) -> None:
    """Stories: one happening, its reports across outlets, independence and status."""
    found = lists.ask(db, store.stories, status=status, actor=actor, since=since, limit=limit,
                      offset=offset, type=type, until=until, q=q, sort=sort)
    if fmt is Output.json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    rows = [(s["id"], s["headline"] or s["plover_type"], s["status"],
             s["independent_sources"], s["n_articles"], len(s["conflicts"]), len(s["denials"]))
            for s in found]
    emit(Table(["id", "headline", "status", "independent", "articles", "conflicts",
                "denials"], rows), fmt, title="Stories",
         brief=("id", "headline", "status", "independent"))  # readable in 80 columns


@app.command("story")
def story_command(
    story_id: str = typer.Argument(..., help="Story id (or a unique start of it)."),
    db: Path = DB,
    fmt: Output = FORMAT,
    as_json: bool = common.JSON_ALIAS,
) -> None:
    """Every report of one story: outlet, evidence, grade, independence, conflicts (csv:
    one row per report, denial or other answer)."""
    with open_ledger(db) as ledger:
        try:
            found = store.story(ledger, story_id)
        except QueryError as exc:
            fail(exc)
    common.emit_one(found, common.output(fmt, as_json), lambda: views.story_rows(found),
             lambda console: story_view(found, console))


def _outlet(row: dict) -> str:
    """A row's outlet as a reader sees it: never Python's ``None``."""
    return str(row.get("outlet") or "(no outlet)")


def story_view(found: dict, console: Console) -> None:
    """A story on the terminal: headline, status, first report, reports with their
    sentences, denials and other answers, conflicts, revisions."""
    say = lambda text: console.print(text, highlight=False)  # noqa: E731
    say(f"[bold]{found['id']}[/bold] {escape(found['headline'] or found['plover_type'])}")
    say(f"  status [bold]{found['status']}[/bold]: {found['independent_sources']} "
        f"independent asserting source(s); {found['n_articles']} article(s)")
    if found["first_report"]:
        first = found["first_report"]
        say(f"  first report: {escape(_outlet(first))}, "
            f"{first['date'] or 'undated'}")
    if found["asserting_outlets"]:
        say("  asserted independently by: " + ", ".join(
            escape(f"{_outlet(o)} ({o['grade'] or '?'})") for o in found["asserting_outlets"]))
    for r in found["reports"]:
        tag = "independent" if r["independent"] else f"depends on {r['depends_on']}"
        say(f"  {escape('[' + r['kind'] + ']')} {escape(_outlet(r))} "
            f"{r['doc_id']} "
            f"{r['date'] or ''} grade {r['sourcing_grade']} ({escape(tag)})")
        for sentence in r["sentences"]:
            say(f"      {escape(sentence['text'])}")
    for a in found["denials"] + found["answers"]:
        party = " (a party to it)" if a["involved"] else ""
        role = "[yellow]denied[/yellow] by" if a["role"] == "denial" else escape(
            f"[{a['role']}]")
        say(f"  {role} {escape(str(a['by'] or '(no one named)'))}{party}, "
            f"{escape(str(a['outlet'] or a['doc_id']))} {a['date'] or ''}")
        for sentence in a["sentences"]:
            say(f"      {escape(sentence['text'])}")
    for c in found["conflicts"]:
        say(f"  [red]conflict[/red] {c['field']}: {escape(', '.join(map(str, c['values'])))}")
        for e in c["evidence"]:
            say(f"      {escape(str(e['value']))} — {escape(_outlet(e))}: "
                f"{escape(e['text'])}")
    for v in found["revisions"]:
        say(f"  [cyan]revised[/cyan] {v['field']}: "
            f"{escape(' → '.join(map(str, v['values'])))}")
        for e in v["evidence"]:
            say(f"      {escape(str(e['value']))} — {escape(_outlet(e))} "
                f"{e.get('date') or ''}: {escape(e['text'])}")
