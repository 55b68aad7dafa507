"""What every command shares: the Typer app, the error console, output of tables."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

if TYPE_CHECKING:
    from ..analyzer import Analyzer
    from ..ledger.query import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news reports into an auditable record of events and claims.")
err = Console(stderr=True)


class Output(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def analyzer() -> Analyzer:
    from .. import default_analyzer

    return default_analyzer()


def fail(message: object, code: int = 2) -> NoReturn:
    err.print(f"[red]error:[/red] {escape(str(message))}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def emit(table: Table, fmt: Output, title: str | None = None,
         brief: tuple[str, ...] | None = None) -> None:
    """Print a query result as a Rich table, CSV or JSON (a list of objects). A terminal
    table shows only the ``brief`` columns when given; CSV and JSON show all."""
    if fmt is Output.json:
        records = [{k: _plain(v) for k, v in r.items()} for r in table.records()]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Output.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([_plain(v) for v in row] for row in table.rows)
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
