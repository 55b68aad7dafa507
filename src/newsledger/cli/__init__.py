"""The ``newsledger`` command: a thin layer that parses options and calls the library.

Commands on single articles live in ``articles.py``; on a ledger in ``ingest.py``,
``query.py`` (events, actors, claims, show, stats, errors, sql), ``export.py``,
``stories.py`` (corroborate, stories, story), ``check.py`` (an article against the
ledger) and ``serve.py``.
"""

from __future__ import annotations

# isort: off
# Importing a module registers its commands on app; this order is the order of --help.
from . import articles, ingest, query, export, stories, check, serve  # noqa: F401
# isort: on
from .common import app


def main() -> None:  # pragma: no cover
    app()


__all__ = ["app", "main"]
