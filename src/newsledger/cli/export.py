"""``newsledger export``: a ledger in one of the formats of ``newsledger.export.FORMATS``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer
from rich.markup import escape

from ..export import FORMATS
from .common import DB, app, err, fail, open_ledger

ExportFormat = StrEnum("ExportFormat", {name: name for name in FORMATS})  # type: ignore[misc]


@app.command("export")
def export_command(
    out: Path = typer.Argument(..., help="Output file (a folder for parquet)."),
    fmt: ExportFormat = typer.Option(..., "--format", "-f",  # type: ignore[valid-type]
                                     help=f"{', '.join(FORMATS)}."),
    db: Path = DB,
    all_statuses: bool = typer.Option(
        False, "--all-statuses", help="GDELT and GraphML: every event, also negated, "
        "denied, refused, speculative, demanded, planned and agreed ones (default: the "
        "events that occurred or are ongoing)."),
) -> None:
    """Export events (GDELT-style TSV), tables (Parquet), analyses (JSONL), the actor
    network (GraphML)."""
    from ..export import export

    with open_ledger(db) as ledger:
        try:
            count = export(ledger, fmt.value, out, all_statuses=all_statuses)
        except OSError as exc:
            fail(f"{out}: {exc.strerror or exc}")
    err.print(f"wrote {escape(str(out))} ({count:,} {FORMATS[fmt.value].unit})",
              highlight=False)
