"""Rich tables of an evaluation report: summary, per-type scores, breakdowns, worst items."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..evaluation.misses import MISS_CLASSES
from ..evaluation.scoring import NONE, Report, describe_event
from ..ontology import PLOVER_TYPES


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _frac(right: int, total: int) -> str:
    return f"{right}/{total}" if total else "—"


def render_summary(report: Report, console: Console) -> None:
    e = report.events
    table = Table(title=f"{report.name or 'gold'}: {report.n} items, "
                        f"{report.items_per_second:.1f} items/s", show_header=True)
    table.add_column("measure")
    table.add_column("score", justify="right")
    table.add_column("count", justify="right")
    table.add_row("events precision", _pct(e.precision), _frac(e.tp, e.tp + e.fp))
    table.add_row("events recall", _pct(e.recall), _frac(e.tp, e.tp + e.fn))
    table.add_row("[bold]events F1[/bold]", f"[bold]{e.f1:.3f}[/bold]", "")
    t = report.types
    table.add_row("event types F1 (any dyad)", f"{t.f1:.3f}", "")
    for name, tally in report.fields.items():
        table.add_row(f"{name} accuracy (matched)", _pct(tally.accuracy),
                      _frac(tally.right, tally.total))
    table.add_row("actor accuracy", _pct(report.actors.accuracy),
                  _frac(report.actors.right, report.actors.total))
    table.add_row("claim grade accuracy", _pct(report.claims["grade"].accuracy),
                  _frac(report.claims["grade"].right, report.claims["grade"].total))
    table.add_row("attribution accuracy", _pct(report.attribution.accuracy),
                  _frac(report.attribution.right, report.attribution.total))
    for name in ("type", "source"):
        tally = report.claims[name]
        table.add_row(f"  attribution {name}", _pct(tally.accuracy),
                      _frac(tally.right, tally.total))
    console.print(table)


def render_types(report: Report, console: Console) -> None:
    """Per-type precision/recall/F1 and the confusion counts of each gold type."""
    table = Table(title="Events by PLOVER type (gold rows; predicted columns in confusion)")
    for col in ("type", "P", "R", "F1", "tp", "fp", "fn", "confused with"):
        table.add_column(col, justify="left" if col in ("type", "confused with") else "right")
    for plover in PLOVER_TYPES:
        counts = report.by_type.get(plover)
        if counts is None:
            continue
        confused = sorted(((pred, n) for (gold, pred), n in report.confusion.items()
                           if gold == plover and pred != plover), key=lambda x: -x[1])
        table.add_row(plover, _pct(counts.precision), _pct(counts.recall), _pct(counts.f1),
                      str(counts.tp), str(counts.fp), str(counts.fn),
                      ", ".join(f"{pred} {n}" for pred, n in confused))
    spurious = sorted(((pred, n) for (gold, pred), n in report.confusion.items()
                       if gold == NONE), key=lambda x: -x[1])
    if spurious:
        table.add_row(f"{NONE} (no gold)", "", "", "", "", "", "",
                      ", ".join(f"{pred} {n}" for pred, n in spurious))
    console.print(table)


def render_by(report: Report, by: str, console: Console) -> None:
    if by == "type":
        render_types(report, console)
    elif by == "status":
        table = Table(title="Events by gold status")
        for col in ("status", "gold", "matched", "status right", "accuracy"):
            table.add_column(col, justify="left" if col == "status" else "right")
        for status, row in report.by_status.items():
            table.add_row(status, str(row["gold"]), str(row["matched"]), str(row["right"]),
                          _pct(row["right"] / row["matched"] if row["matched"] else None))
        console.print(table)
    elif by == "grade":
        table = Table(title="Claims by gold sourcing grade")
        for col in ("grade", "n", "right", "accuracy"):
            table.add_column(col, justify="left" if col == "grade" else "right")
        for grade, tally in sorted(report.by_grade.items()):
            table.add_row(grade, str(tally.total), str(tally.right), _pct(tally.accuracy))
        console.print(table)
    else:
        raise ValueError(f"unknown breakdown {by!r}")


def render_misses(report: Report, console: Console) -> None:
    """Every miss by its class (evaluation/misses.py)."""

    table = Table(title=f"Misses by class — {report.name}")
    table.add_column("class")
    table.add_column("count", justify="right")
    total = sum(report.misses.values()) or 1
    table.add_column("share", justify="right")
    for kind in MISS_CLASSES:
        count = report.misses.get(kind, 0)
        table.add_row(kind, str(count), _pct(count / total))
    console.print(table)


def render_errors(report: Report, count: int, console: Console) -> None:
    """The worst items: what was expected and what came out, each miss with its class."""
    render_misses(report, console)
    for result in report.worst(count):
        item = result.item
        console.rule(f"[bold]{escape(item.id)}[/bold] (line {item.line}): "
                     f"{result.errors} error(s)")
        console.print(escape(item.text), soft_wrap=True, highlight=False)
        for kind, what in result.misses:
            console.print(f"  [bold]{kind:15}[/bold] {escape(what)}", highlight=False)
        for gold in result.missed:
            console.print(f"  [red]missed[/red]   {escape(gold.describe())}", highlight=False)
        for event in result.spurious:
            console.print(f"  [yellow]spurious[/yellow] "
                          f"{escape(describe_event(result.analysis, event))} "
                          f"({escape(event.evidence.trigger.text)})", highlight=False)
        for gold, name, expected, got, ok in result.event_checks:
            if not ok:
                console.print(f"  [magenta]{name}[/magenta]   {gold.plover}: expected "
                              f"{escape(str(expected))}, got {escape(str(got))}",
                              highlight=False)
        for gold_actor, got, ok in result.actor_checks:
            if not ok:
                want = (gold_actor.country or "") + (gold_actor.sector or "")
                console.print(f"  [cyan]actor[/cyan]    {escape(gold_actor.text)!r}: expected "
                              f"{want}, got {got or 'nothing'}", highlight=False)
        for gold_claim, name, expected, got, ok in result.claim_checks:
            if not ok:
                console.print(f"  [blue]claim {name}[/blue] "
                              f"{escape(gold_claim.text_contains)!r}: expected "
                              f"{escape(str(expected))}, got {escape(str(got))}",
                              highlight=False)


def render_report(report: Report, console: Console, by: str | None = None,
                  errors: int = 0) -> None:
    render_summary(report, console)
    render_types(report, console)
    if by and by != "type":
        render_by(report, by, console)
    if errors:
        render_errors(report, errors, console)
