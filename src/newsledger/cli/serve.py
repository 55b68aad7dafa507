"""``newsledger serve``: the web UI and JSON API over a ledger."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from ..reader import DEFAULT_MAX_BYTES
from ..store import LedgerError
from .common import DB, app, err, fail

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@app.command()
def serve(
    db: Path = DB,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, min=1, max=65535),
    token: str | None = typer.Option(None, envvar="NEWSLEDGER_TOKEN",
                                     help="Required of every request; needed to listen "
                                          "on anything but loopback."),
    max_body: int = typer.Option(DEFAULT_MAX_BYTES, help="Largest request body accepted."),
) -> None:
    """Open the ledger in the browser: articles, events, actors, network, stories, API."""
    if host not in LOOPBACK and not token:
        fail(f"refusing to listen on {host} without --token (or NEWSLEDGER_TOKEN): anyone "
             "on the network could read the ledger")
    import uvicorn

    from ..web import create_app

    try:
        application = create_app(db, token=token, max_body=max_body)
    except LedgerError as exc:
        fail(exc)
    err.print(f"newsledger: serving {escape(str(db))} on http://{host}:{port}/",
              highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
