"""The ``newsledger`` command: a thin layer that parses options and calls the library.

Commands on single articles live in ``articles.py``, commands on a ledger in ``ledger.py``.
"""

from __future__ import annotations

from . import articles, ledger  # noqa: F401  (they register their commands on app)
from .common import app


def main() -> None:  # pragma: no cover
    app()


__all__ = ["app", "main"]
