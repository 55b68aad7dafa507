"""The ``newsledger`` command: a thin layer that parses options and calls the library.

Commands on single articles live in ``articles.py``; on a ledger in ``ingest.py``,
``lists.py`` (articles, and the options every listing command shares), ``query.py``
(events, actors, claims, show, stats, errors, sql), ``export.py``,
``stories.py`` (corroborate, stories, story), ``check.py`` (an article against the
ledger) and ``serve.py``.
"""

from __future__ import annotations

# isort: off
# Importing a module registers its commands on app; this order is the order of --help.
from . import articles, ingest, lists, query, search, export, stories, check, serve  # noqa: F401
# isort: on
import typer

from .common import app


def print_version(asked: bool) -> None:
    """``--version``/``-V``: the installed package's version (importlib.metadata), then
    exit 0."""
    if asked:
        from importlib.metadata import version

        typer.echo(f"newsledger {version('newsledger')}")
        raise typer.Exit()


@app.callback()
def options(
    version: bool = typer.Option(False, "--version", "-V", callback=print_version,
                                 is_eager=True, help="Print the version and exit."),
) -> None:
    """Turn news reports into an auditable record of events and claims."""


def main() -> None:  # pragma: no cover
    app()


__all__ = ["app", "main"]
