"""What every command shares: the Typer app (bad option values end in one line), the error
console, the ``--db`` and ``--format`` options, opening a ledger, loading the model (with a
spinner on a terminal), output of tables and of single records."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable
from typer.core import TyperGroup

from ..store.connection import DEFAULT_DB

if TYPE_CHECKING:
    from ..analyzer import Analyzer
    from ..model import Document
    from ..store import Ledger, Table


class Commands(TyperGroup):
    """The command group: a bad option or argument value (``--limit -1``, ``--format xml``)
    ends the command with one line naming the option (exit 2) instead of Click's usage
    box; other usage errors (an unknown option) keep the box, which lists the options."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except typer.BadParameter as exc:
            fail(one_line_error(exc))


def one_line_error(exc: typer.BadParameter) -> str:
    """``--limit '-1': input should be greater than or equal to 0``: the option (or the
    argument) as given, then the reason Typer's check gave."""
    param = exc.param
    if param is None:
        return " ".join(exc.format_message().split())
    name = ("/".join(param.opts) if param.param_type_name == "option"
            else (param.name or "").upper())
    errors = getattr(exc.__cause__, "errors", None)  # pydantic's, behind Typer's checks
    first = errors()[0] if callable(errors) and errors() else {}
    reason = (exc.message or "missing").removeprefix("Value error, ")
    given = f" {first['input']!r}" if "input" in first else ""
    given = "" if given.strip() in reason else given
    return " ".join(f"{name}{given}: {reason[:1].lower()}{reason[1:]}".split()).rstrip(".")


app = typer.Typer(cls=Commands, add_completion=False, no_args_is_help=True,
                  help="Turn news reports into an auditable record of events and claims.")
err = Console(stderr=True)


class Output(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


DB = typer.Option(Path(DEFAULT_DB), "--db", help="The ledger file (DuckDB).")
FORMAT = typer.Option(Output.table, "--format", "-f",
                      help="table (for reading), json or csv (with a header row).")
# The same choices for a command that shows one thing (show): None means "table on a
# terminal, json when stdout is a pipe or a file", so that scripts keep getting JSON.
FORMAT_AUTO = typer.Option(None, "--format", "-f", show_default=False,
                           help="table, json or csv [default: table on a terminal, json "
                                "when the output goes to a pipe or a file].")
# The old ``--json`` flags (stats, story, eval) still work, hidden from --help.
JSON_ALIAS = typer.Option(False, "--json", hidden=True, help="Same as --format json.")


def output(fmt: Output | None, as_json: bool = False) -> Output:
    """The format asked for: ``--json`` is ``--format json`` (with ``--format csv`` it
    ends the command, exit 2); no ``--format`` (``FORMAT_AUTO``) is a table on a terminal,
    else JSON."""
    if as_json and fmt is Output.csv:
        fail("--json and --format csv ask for two formats; give one")
    if as_json:
        return Output.json
    if fmt is None:
        return Output.table if sys.stdout.isatty() else Output.json
    return fmt


MAX_ROWS = 2**63 - 1  # the largest row count the ledger takes (a signed 64-bit integer)


def row_offset(value: str | int) -> int:
    """``--offset`` as a number of rows (0 or more); anything else ends the command with
    one line naming the option and the value (exit 2)."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0 or number > MAX_ROWS:
        fail(f"--offset {value!r} is not a number of rows (a whole number, 0 to {MAX_ROWS})")
    return number


OFFSET = typer.Option(0, "--offset", parser=row_offset, metavar="N",
                      help="Skip this many rows first (with --limit: the next page).")


def analyzer(spinner: bool = False) -> Analyzer:
    """The analyser with its English model (~9 s to load). With ``spinner`` and stderr a
    terminal, a spinner says so meanwhile and is gone when it is loaded; in a pipe or a
    file nothing is written."""
    from .. import default_analyzer

    with loading("loading the English model…", spinner):
        return default_analyzer()


@contextmanager
def loading(what: str, spinner: bool = True) -> Iterator[None]:
    """A Rich spinner with ``what`` on stderr while the block runs, only when stderr is a
    terminal (Rich's ``Console.is_terminal``); it leaves nothing behind."""
    if not (spinner and err.is_terminal):
        yield
        return
    with err.status(what, spinner="dots"):
        yield


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


def _cell(value: Any) -> str:
    """A value as a terminal table shows it: nothing for None, a list's items one to a line
    (rule ids), dates as ISO text."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value)
    return str(_plain(value))


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
            rich.add_row(*[escape(_cell(row[i])) for i in keep])
        Console().print(rich)
        if not table.rows:
            err.print("no rows match", highlight=False)


def emit_one(data: Any, fmt: Output, rows: Callable[[], Table],
             view: Callable[[Console], None]) -> None:
    """Print one thing (an article, a story, the counts): ``data`` as JSON (dates as ISO
    text), ``rows()`` as CSV with a header row, or ``view`` drawing it on the console."""
    if fmt is Output.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_json_value)
                         + "\n")
    elif fmt is Output.csv:
        from ..export import write_csv

        write_csv(rows(), sys.stdout)
    else:
        view(Console())


def _json_value(value: Any) -> str:
    return str(_plain(value))
