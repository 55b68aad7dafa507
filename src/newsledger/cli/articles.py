"""Commands on articles: analyze one, the demo folder, and evaluation against gold data."""

from __future__ import annotations

import json
import sys
import warnings
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

from ..inputs import DEFAULT_MAX_BYTES, InputError
from ..reader import read_document
from .common import FORMAT, JSON_ALIAS, Output, app, err, output, read_article
from .common import analyzer as _analyzer


class Format(StrEnum):
    json = "json"
    table = "table"
    html = "html"


@app.command()
def analyze(
    path: str = typer.Argument(..., help="Article file (.txt, .html, .json) or - for stdin."),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="Output format."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write to this file."),
    date: str | None = typer.Option(None, help="Dateline YYYY-MM-DD (overrides the file's)."),
    outlet: str | None = typer.Option(None, help="Outlet name (overrides the file's)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Refuse inputs larger than this."),
    encoding: str | None = typer.Option(
        None, help="Decode the input with this encoding (e.g. cp1252) instead of detecting."),
    any_language: bool = typer.Option(False, "--any-language",
                                      help="Analyse a text in any language, not only English."),
) -> None:
    """Analyse one article: actors, coded events with status, attributed and graded claims.
    Only English is analysed (exit 2 for another language, unless --any-language)."""
    from ..ingest.language import check_english, detect_language

    try:
        document = read_article(path, "analysing", date=date, outlet=outlet,
                                max_bytes=max_bytes, encoding=encoding)
        document.language = detect_language(document.text)
        if not any_language:
            check_english(document, "<stdin>" if path == "-" else path)
    except InputError as exc:
        label = "[yellow]skipped:[/yellow]" if exc.kind == "skipped" else "[red]error:[/red]"
        err.print(f"{label} {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    analysis = _analyzer(spinner=True).analyze_document(document)
    if fmt is Format.table:
        console = Console(file=open(out, "w", encoding="utf-8") if out else None,  # noqa: SIM115
                          width=160 if out else None)
        from ..render import render_tables

        render_tables(analysis, console)
        return
    if fmt is Format.html:
        from ..render import render_html

        text = render_html(analysis)
    else:
        text = json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2)
    if out:
        out.write_text(text, encoding="utf-8")
        err.print(f"wrote {out}")
    else:
        sys.stdout.write(text + "\n")


@app.command()
def demo(
    folder: Path = typer.Argument(Path("examples"), help="Folder of example articles."),
    out: Path = typer.Option(Path("demo-out"), "--out", "-o", help="Where JSON/HTML go."),
) -> None:
    """Analyse every article in FOLDER: tables on screen, JSON and HTML in OUT."""
    from rich.progress import track

    from ..render import render_html, render_tables

    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    out.mkdir(parents=True, exist_ok=True)
    console = Console()
    analyzer = _analyzer(spinner=True)
    failed = 0
    for path in track(files, description="Analysing", console=console):
        try:
            document = read_document(str(path))
        except InputError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
            failed += 1
            continue
        analysis = analyzer.analyze_document(document)
        render_tables(analysis, console)
        (out / f"{path.stem}.json").write_text(
            json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        (out / f"{path.stem}.html").write_text(render_html(analysis), encoding="utf-8")
    console.print(f"{len(files) - failed} articles analysed, {failed} failed; "
                  f"JSON and HTML in {out}/")
    if failed:
        raise typer.Exit(2)


class Breakdown(StrEnum):
    type = "type"
    status = "status"
    grade = "grade"


@app.command("eval")
def evaluate(
    gold: list[Path] = typer.Argument(..., help="Gold JSON Lines file(s) (docs/eval.md)."),
    fmt: Output = FORMAT,
    as_json: bool = JSON_ALIAS,
    by: Breakdown | None = typer.Option(None, "--by", help="Add a breakdown table."),
    errors: int = typer.Option(0, "--errors", min=0, help="Show the N worst items."),
) -> None:
    """Score the analyser against hand-coded gold items: events, status, actors, claims.
    json: one JSON object per file (one per line); csv: one row per file of the scores
    (nested ones as ``events.f1``)."""
    from ..evaluation import evaluate as run
    from ..evaluation import load_gold
    from ..evaluation.gold import DuplicateIdWarning

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DuplicateIdWarning)
            loaded = [(path, load_gold(path, unique_ids=False)) for path in gold]
        for warning in caught:
            err.print(f"[yellow]warning:[/yellow] {warning.message}", highlight=False,
                      soft_wrap=True)
    except InputError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    fmt = output(fmt, as_json)
    analyzer = _analyzer(spinner=True)
    console = Console()
    scores: list[dict[str, Any]] = []
    for path, items in loaded:
        report = run(items, analyzer, name=str(path))
        if fmt is Output.json:
            sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
            continue
        if fmt is Output.csv:
            scores.append({"file": str(path), **flat(report.to_dict())})
            continue
        from ..render.evaluation import render_report

        render_report(report, console, by=by.value if by else None, errors=errors)
    if scores:
        from ..export import write_csv
        from ..store import Table

        columns = list(dict.fromkeys(key for row in scores for key in row))
        write_csv(Table(columns, [tuple(row.get(k) for k in columns) for row in scores]),
                  sys.stdout)


def flat(report: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """The numbers and words of a report, nested keys joined by dots (``events.f1``);
    lists (the worst items, the confusion pairs) are left out."""
    out: dict[str, Any] = {}
    for key, value in report.items():
        if isinstance(value, dict):
            out.update(flat(value, f"{prefix}{key}."))
        elif not isinstance(value, list):
            out[f"{prefix}{key}"] = value
    return out
