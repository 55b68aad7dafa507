"""What every command shares: the Typer app, the error console, the ``--db`` and
``--format`` options, opening a ledger, output of tables."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from ..store.connection import DEFAULT_DB

if TYPE_CHECKING:
    from ..analyzer import Analyzer
    from ..model import Document
    from ..store import Ledger, Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news reports into an auditable record of events and claims.")
err = Console(stderr=True)


class Output(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class TableOrJson(StrEnum):
    """The output of a command that prints one thing (show, check)."""

    table = "table"
    json = "json"


DB = typer.Option(Path(DEFAULT_DB), "--db", help="The ledger file (DuckDB).")
FORMAT = typer.Option(Output.table, "--format", "-f", help="Output format.")


def row_offset(value: str | int) -> int:
    """``--offset`` as a number of rows (0 or more); anything else ends the command with
    one line naming the option and the value (exit 2)."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        fail(f"--offset {value!r} is not a number of rows (a whole number, 0 or more)")
    return number


OFFSET = typer.Option(0, "--offset", parser=row_offset, metavar="N",
                      help="Skip this many rows first (with --limit: the next page).")


def analyzer() -> Analyzer:
    from .. import default_analyzer

    return default_analyzer()


def read_article(path: str, doing: str, **options: Any) -> Document:
    """One article asked for by name (``read_document``'s options): a paywalled page gives
    its text before the notice, with a note saying so (issue 14, case 21); ingest skips
    such pages instead. Raises :class:`InputError`."""
    from ..inputs import PaywallStub
    from ..reader import read_document

    try:
        return read_document(path, **options)
    except PaywallStub as stub:
        if stub.document is None:
            raise
        err.print(f"[yellow]note:[/yellow] {escape(str(stub))}; {doing} only the text "
                  "before the paywall notice", highlight=False, soft_wrap=True)
        return stub.document


def fail(message: object, code: int = 2) -> NoReturn:
    err.print(f"[red]error:[/red] {escape(str(message))}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def open_ledger(db: Path, read_only: bool = True) -> Ledger:
    """The ledger at ``db``; a file that cannot be opened ends the command (exit 2)."""
    from ..store import Ledger, LedgerError

    try:
        return Ledger(db, read_only=read_only)
    except LedgerError as exc:
        fail(exc)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def emit(table: Table, fmt: Output, title: str | None = None,
         brief: tuple[str, ...] | None = None) -> None:
    """Print a query result as a Rich table, CSV or JSON (a list of objects). A terminal
    table shows only the ``brief`` columns when given; CSV and JSON show all. CSV cells
    go through the export cell policy (``newsledger.export.safe_cell``)."""
    if fmt is Output.json:
        records = [{k: _plain(v) for k, v in r.items()} for r in table.records()]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Output.csv:
        from ..export import write_csv

        write_csv(table, sys.stdout)
    else:
        keep = [i for i, c in enumerate(table.columns) if brief is None or c in brief]
        rich = RichTable(title=title, show_lines=False)
        for i in keep:
            rich.add_column(table.columns[i], overflow="fold", max_width=48)
        for row in table.rows:  # article text is data, never markup
            rich.add_row(*[escape("" if row[i] is None else str(_plain(row[i])))
                           for i in keep])
        Console().print(rich)
        if not table.rows:
            err.print("no rows match", highlight=False)
