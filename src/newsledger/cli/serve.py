"""``newsledger serve``: the web UI and JSON API over a ledger."""

from __future__ import annotations

from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from ..inputs import DEFAULT_MAX_BYTES
from ..store import LedgerError
from .common import DB, app, err, fail

if TYPE_CHECKING:
    from fastapi import FastAPI

SHUTDOWN_GRACE = 3  # seconds the requests in progress get to finish after SIGTERM/Ctrl-C


@app.command()
def serve(
    db: Path = DB,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, min=1, max=65535),
    token: str | None = typer.Option(None, envvar="NEWSLEDGER_TOKEN",
                                     help="Required of every request (browsers get a "
                                          "login form); needed to listen on anything but "
                                          "loopback. At least 16 characters."),
    max_body: int = typer.Option(DEFAULT_MAX_BYTES, help="Largest request body accepted."),
    max_analyses: int = typer.Option(2, min=1, max=64,
                                     help="Analyses run at once (each in a worker process "
                                          "of ~300 MB); more get a 503."),
    analysis_timeout: float = typer.Option(120.0, min=1.0,
                                           help="Seconds an analysis may run before it "
                                                "is stopped (a 503)."),
) -> None:
    """Open the ledger in the browser: articles, events, actors, network, stories, API.

    The ledger is opened read-only for each request and closed after it, so `ingest` can
    run meanwhile (while it writes, the pages answer 503 and say so).
    """
    from ..web import create_app
    from ..web.security import LOOPBACK_HOSTS, MIN_TOKEN_LENGTH

    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        fail(f"--token (or NEWSLEDGER_TOKEN) has {len(token)} characters; at least "
             f"{MIN_TOKEN_LENGTH} are needed, or it can be guessed (make one: python -c "
             "'import secrets; print(secrets.token_urlsafe(24))')")
    if host not in LOOPBACK_HOSTS and not token:
        fail(f"refusing to listen on {host} without --token (or NEWSLEDGER_TOKEN): anyone "
             "on the network could read the ledger")

    try:
        application = create_app(db, token=token, max_body=max_body,
                                 max_analyses=max_analyses, analysis_seconds=analysis_timeout)
    except LedgerError as exc:
        fail(exc)
    err.print(f"newsledger: serving {escape(str(db))} on http://{host}:{port}/",
              highlight=False)
    if not run(application, host, port):
        raise typer.Exit(3)  # uvicorn has said why (the port in use, …)


def run(application: FastAPI, host: str, port: int) -> bool:
    """Serve until SIGTERM or Ctrl-C, then stop cleanly: no new connection, the requests
    in progress get ``SHUTDOWN_GRACE`` seconds (a running analysis is then stopped with a
    503), the worker processes are stopped. False when the server could not start."""
    import uvicorn

    from ..web import stopping

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: FrameType | None) -> None:
            stopping(application, SHUTDOWN_GRACE)
            super().handle_exit(sig, frame)

    config = uvicorn.Config(application, host=host, port=port, log_level="warning",
                            timeout_graceful_shutdown=SHUTDOWN_GRACE + 2)
    server = Server(config)
    try:
        server.run()
    except KeyboardInterrupt:  # pragma: no cover (a second Ctrl-C)
        pass
    return server.started
