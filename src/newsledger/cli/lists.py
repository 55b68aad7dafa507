"""The options every listing command shares (the same names as the API's filters:
``--outlet``, ``--grade``, ``--status``, ``--type``, ``--since``, ``--until``, ``--actor``,
``--country``, ``--kind``, ``--q``, ``--sort``, ``--limit``, ``--offset``, ``--format``),
and the ``articles`` command. The values are checked by the store: a bad one ends the
command with one line (exit 2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from .. import store
from ..store import QueryError
from ..store.filters import Sorts
from ..store.lists import ARTICLE_SORTS
from .common import DB, FORMAT, MAX_ROWS, OFFSET, Output, app, emit, fail, open_ledger

T = TypeVar("T")


def ask(db: Path, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``query(ledger, *args, **kwargs)`` on the ledger at ``db`` (read-only); a bad
    filter value (a ``QueryError``) ends the command with one line (exit 2)."""
    with open_ledger(db) as ledger:
        try:
            return query(ledger, *args, **kwargs)
        except QueryError as exc:
            fail(exc)


def sort_option(sorts: Sorts) -> typer.models.OptionInfo:
    """``--sort`` for a list with ``sorts`` (its whitelist), its names in the help."""
    return typer.Option(sorts.default, "--sort", metavar="NAME",
                        help=f"{', '.join(sorts.terms)}; a leading '-' reverses "
                             "(--sort=-date: oldest first).")


OUTLET = typer.Option(None, help="Only articles from this outlet (case-insensitive).")
SINCE = typer.Option(None, help="On or after YYYY-MM-DD.")
UNTIL = typer.Option(None, help="On or before YYYY-MM-DD.")
ACTOR = typer.Option(None, help="An actor's exact name, alias, id or code (PAKMIL; PAK: all "
                                "of Pakistan). A partial name is an error naming the "
                                "actors it could mean.")
TYPE = typer.Option(None, "--type", help="PLOVER type (MOBILIZE, ASSAULT…).")
TEXT = typer.Option(None, "--q", help="A plain substring, case-insensitive (ranked "
                                      "full-text search: newsledger search).")
LIMIT = typer.Option(50, min=0, max=MAX_ROWS, help="At most this many rows.")


def shown_date(date: dt.date | None, precision: str | None) -> str:
    """An event's date as precise as its text: ``2025-10`` for a month, ``2025`` for a
    year, and ``2025-10-28 (article)`` when the text gives none and the article's date
    stands in (``date_precision`` ``none``)."""
    if date is None:
        return ""
    if precision == "month":
        return date.isoformat()[:7]
    if precision == "year":
        return date.isoformat()[:4]
    return date.isoformat() + (" (article)" if precision == "none" else "")


@app.command()
def articles(
    db: Path = DB,
    outlet: str | None = OUTLET,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    q: str | None = typer.Option(None, "--q", help="A substring of the title or URL."),
    sort: str = sort_option(ARTICLE_SORTS),
    limit: int = LIMIT,
    offset: int = OFFSET,
    fmt: Output = FORMAT,
) -> None:
    """Stored articles with their event and claim counts, newest first."""
    table = ask(db, store.articles, outlet=outlet, since=since, until=until, q=q, sort=sort,
                limit=limit, offset=offset)
    emit(table, fmt, title="Articles",
         brief=("doc_id", "date", "title", "outlet", "events", "claims"))
