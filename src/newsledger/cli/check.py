"""``newsledger check ARTICLE``: analyse an article without storing it and show, for each of
its claims, the matching stories of the ledger — independent sources, first report,
denials, conflicts and a verdict."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from ..inputs import DEFAULT_MAX_BYTES, InputError
from .common import DB, TableOrJson, analyzer, app, err, fail, open_ledger, read_article


@app.command()
def check(
    path: str = typer.Argument(..., help="Article file (.txt, .html, .json) or - for stdin."),
    db: Path = DB,
    fmt: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f",
                                    help="Output format."),
    date: str | None = typer.Option(None, help="Dateline YYYY-MM-DD (overrides the file's)."),
    outlet: str | None = typer.Option(None, help="Outlet name (overrides the file's)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Refuse inputs larger than this."),
) -> None:
    """Who else says what this article says, and has anyone denied it? Verdicts:
    contested (someone denies it), contradicted (sources disagree), corroborated (two or
    more independent outlets), single-source, unasserted (only rumoured, demanded, refused
    or negated), new (nothing in the ledger; always for an article without a date). The
    article is not stored; only English is analysed, as by analyze."""
    from ..corroborate.check import check as run
    from ..ingest.language import check_english

    try:
        document = read_article(path, "checking", date=date, outlet=outlet,
                                max_bytes=max_bytes)
        check_english(document, "<stdin>" if path == "-" else path)
    except InputError as exc:
        fail(exc)
    if not db.exists():
        fail(f"{db}: no ledger here (ingest articles first: newsledger ingest FOLDER --db {db})")
    err.print("analysing (the language model takes a few seconds to load)…", highlight=False)
    analysis = analyzer().analyze_document(document)
    with open_ledger(db) as ledger:
        result = run(ledger, analysis)
    if fmt is TableOrJson.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    console = Console()
    doc = result["document"]
    console.print(f"[bold]{escape(doc['title'] or path)}[/bold] {doc['date'] or ''} "
                  f"{escape(doc['outlet'] or '')}: {doc['claims_with_events']} of "
                  f"{doc['claims']} claims carry events", highlight=False)
    for claim in result["claims"]:
        console.print(f"\n[bold]{claim['verdict']}[/bold] (grade {claim['grade']}, "
                      f"{claim['independent_sources']} independent source(s)): "
                      f"{escape(claim['text'])}", highlight=False, soft_wrap=True)
        first = claim["first_report"]
        if first:
            console.print(f"  first reported by {escape(str(first['outlet'] or 'an article'))}"
                          f" on {first['date'] or '?'}", highlight=False)
        for d in claim["denials"]:
            party = " (a party to it)" if d["involved"] else ""
            console.print(f"  [yellow]denied[/yellow] by {escape(str(d['by']))}{party}, "
                          f"{escape(str(d['outlet'] or ''))} {d['date'] or ''}: "
                          f"{escape(d['text'])}", highlight=False, soft_wrap=True)
        for c in claim["conflicts"]:
            console.print(f"  [red]conflict[/red] {c['field']}: "
                          f"{escape(', '.join(map(str, c['values'])))}", highlight=False)
        for s in claim["stories"]:
            console.print(f"  story {s['id']}: {escape(s['headline'] or '')}", highlight=False,
                          soft_wrap=True)
