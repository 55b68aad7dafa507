"""``newsledger search``: full-text search over a ledger's articles, claims and actors
(the index beside the ledger, ``newsledger.search``)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from ..search import KINDS, Hit, SearchError, rebuild, search
from ..store import LedgerError, Table
from .common import DB, FORMAT, OFFSET, Output, app, err, fail, open_ledger

Kind = StrEnum("Kind", [(name, name) for name in KINDS])
COLUMNS = ("kind", "key", "score", "doc_id", "sentence", "title", "outlet", "date", "grade",
           "source", "snippet")

SEARCH_HELP = """Search articles, claims and actors, best match first (bm25).

Words must all match ("troops gaza"); "a phrase" matches those words in order; word*
matches words starting so; a OR b matches either. Case, accents and word endings are
ignored ("troops" finds "troop"). An article's hit names its best-matching sentence
(doc_id#sN, the anchor of /articles/doc_id#sN in the browser).

The index is a file beside the ledger (LEDGER.search): ingest keeps it up to date, each
search catches up with anything it lacks, and --rebuild builds it again from the ledger."""


def note(line: str) -> None:
    err.print(f"[yellow]note:[/yellow] {escape(line)}", highlight=False, soft_wrap=True)


def where(hit: Hit) -> str:
    """Where a hit points: ``doc_id#sN`` (an article or a claim), or the actor id."""
    if hit.kind == "actor":
        return hit.key
    return f"{hit.doc_id}#s{hit.sentence}" if hit.sentence is not None else str(hit.doc_id)


def about(hit: Hit) -> str:
    """Outlet and date of an article (and a claim's grade), kind and country of an actor."""
    parts = ([hit.actor_kind, hit.country] if hit.kind == "actor"
             else [hit.outlet, hit.date, f"grade {hit.grade}" if hit.grade else None])
    return " · ".join(str(p) for p in parts if p)


def marked(hit: Hit) -> str:
    """The snippet as Rich markup: the matches bold, the text escaped."""
    out, at = [], 0
    for start, end in hit.matches:
        out += [escape(hit.snippet[at:start]), "[bold]", escape(hit.snippet[start:end]),
                "[/bold]"]
        at = end
    return "".join([*out, escape(hit.snippet[at:])])


@app.command("search", help=SEARCH_HELP)
def search_command(
    query: str | None = typer.Argument(None, help='What to look for: words, "a phrase", '
                                                  "word*, a OR b."),
    kind: Kind | None = typer.Option(None, "--kind", help="Only articles, claims or actors."),
    limit: int = typer.Option(20, min=1, max=1000, help="At most this many hits."),
    offset: int = OFFSET,
    fmt: Output = FORMAT,
    rebuild_index: bool = typer.Option(False, "--rebuild",
                                       help="Build the index again from the ledger first."),
    db: Path = DB,
) -> None:
    if query is None and not rebuild_index:
        fail("give something to search for (or --rebuild to rebuild the index)")
    if rebuild_index:
        with open_ledger(db) as ledger:
            try:
                done = rebuild(ledger, note=note)
            except SearchError as exc:
                fail(exc)
        err.print(f"search index rebuilt: {done.added} articles, {done.actors_added} actors",
                  highlight=False)
    if query is None:
        return
    if not db.exists():
        open_ledger(db)  # says there is no such ledger (exit 2)
    try:
        results = search(db, query, kind=kind.value if kind else None, limit=limit,
                         offset=offset, note=note)
    except (SearchError, LedgerError) as exc:
        fail(exc)
    if fmt is Output.json:
        sys.stdout.write(json.dumps([h.to_dict() for h in results.hits], ensure_ascii=False,
                                    indent=2) + "\n")
    elif fmt is Output.csv:
        from ..export import write_csv

        rows = [tuple(getattr(h, c) for c in COLUMNS) for h in results.hits]
        write_csv(Table(list(COLUMNS), rows), sys.stdout)
    else:
        table = RichTable(title=f"Search: {escape(query)}", show_lines=True)
        for name, width in (("kind", 7), ("where", 24), ("title", 30), ("about", 16),
                            ("snippet", 60)):
            table.add_column(name, overflow="fold", max_width=width)
        for hit in results.hits:
            table.add_row(hit.kind, escape(where(hit)), escape(hit.title or ""),
                          escape(about(hit)), marked(hit))
        Console().print(table)
        if not results.hits:
            err.print("no matches", highlight=False)
        elif results.more:
            err.print(f"more: --offset {offset + limit}", highlight=False)
