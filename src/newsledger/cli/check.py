"""``newsledger check ARTICLE``: analyse an article without storing it and show, for each of
its claims, the matching stories of the ledger — independent sources, first report,
denials, conflicts and a verdict."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from ..inputs import DEFAULT_MAX_BYTES, InputError
from ..store import Table
from .common import (
    DB,
    FORMAT,
    Output,
    analyzer,
    app,
    emit_one,
    fail,
    open_ledger,
    read_article,
)


@app.command()
def check(
    path: str = typer.Argument(..., help="Article file (.txt, .html, .json) or - for stdin."),
    db: Path = DB,
    fmt: Output = FORMAT,
    date: str | None = typer.Option(None, help="Dateline YYYY-MM-DD (overrides the file's)."),
    outlet: str | None = typer.Option(None, help="Outlet name (overrides the file's)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Refuse inputs larger than this."),
) -> None:
    """Who else says what this article says, and has anyone denied it? Verdicts:
    contested (someone denies it), contradicted (sources disagree), corroborated (two or
    more independent outlets), single-source, unasserted (only rumoured, demanded, refused
    or negated), new (nothing in the ledger; always for an article without a date). The
    article is not stored; only English is analysed, as by analyze. csv: one row per
    claim."""
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
    analysis = analyzer(spinner=True).analyze_document(document)
    with open_ledger(db) as ledger:
        result = run(ledger, analysis)
    emit_one(result, fmt, lambda: claim_rows(result),
             lambda console: checked_view(result, path, console))


def claim_rows(result: dict) -> Table:
    """One row per claim of a checked article: its verdict, grade, independent sources,
    first report, denials and stories."""
    rows = []
    for c in result["claims"]:
        first = c["first_report"] or {}
        rows.append((c["verdict"], c["grade"], c["independent_sources"],
                     first.get("outlet") or "", first.get("date") or "",
                     "; ".join(str(d["by"]) for d in c["denials"]),
                     " ".join(s["id"] for s in c["stories"]), c["text"]))
    return Table(["verdict", "grade", "independent_sources", "first_outlet", "first_date",
                  "denied_by", "stories", "text"], rows)


def checked_view(result: dict, path: str, console: Console) -> None:
    doc = result["document"]
    console.print(f"[bold]{escape(doc['title'] or path)}[/bold] {doc['date'] or ''} "
                  f"{escape(doc['outlet'] or '')}: {doc['claims_with_events']} of "
                  f"{doc['claims']} claims carry events", highlight=False)
    for claim in result["claims"]:
        n = claim["independent_sources"]
        sources = {0: "no independent source on record", 1: "1 independent source"}.get(
            n, f"{n} independent sources")
        console.print(f"\n[bold]{claim['verdict']}[/bold] (grade {claim['grade']}, "
                      f"{sources}; {escape(claim['verdict_reason'])}): "
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
