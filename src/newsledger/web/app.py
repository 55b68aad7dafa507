"""The web UI and JSON API over a ledger (``newsledger serve``).

Pages are rendered on the server (Jinja2, autoescaped); a small plain script makes the
highlights of an article clickable; charts and the network are SVG drawn on the server.
Nothing is loaded from another site. No route takes a file path: ids are checked against
their patterns and looked up with query parameters.

The pieces: ``access`` (the ledger file, opened per request), ``analyses`` (the worker
processes, their number and time limit), ``security`` (Host, token, origin, headers, body
limit), ``errors`` (one error shape), ``api`` (the JSON routes), ``pages`` (the HTML
routes), ``context`` (what they share).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from ..inputs import DEFAULT_MAX_BYTES
from . import api, apidocs, lists, login, pages, search, security
from .access import LedgerAccess
from .analyses import DEFAULT_LIMIT, DEFAULT_SECONDS, Analyses
from .context import Web
from .errors import add_error_handlers, error

__all__ = ["create_app", "error", "stopping"]


def create_app(db: Path, token: str | None = None, max_body: int = DEFAULT_MAX_BYTES,
               max_analyses: int = DEFAULT_LIMIT,
               analysis_seconds: float = DEFAULT_SECONDS) -> FastAPI:
    """The application for one ledger file; with ``token``, every request must carry it
    (``Authorization: Bearer …``, the cookie set by ``?token=…``, or ``?token=…``).

    At most ``max_analyses`` analyses run at once (another gets a 503), each in a worker
    process stopped after ``analysis_seconds`` (a 503). Raises ``LedgerError`` for a file
    that is not a ledger (a new one is created when it does not exist); ``ValueError``
    for a limit or time below 1.
    """
    access = LedgerAccess(Path(db))
    web = Web(access, max_body, Analyses(max_analyses, analysis_seconds))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        web.analyses.close()  # the worker processes, and what they were running
        access.close()

    app = FastAPI(title="newsledger", version="1", docs_url=None, redoc_url=None,
                  description="Events, actors, claims and stories of a news ledger.",
                  lifespan=lifespan)
    app.state.access = access
    app.state.web = web
    security.install(app, token=token, max_body=max_body)
    add_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(search.router)
    app.include_router(lists.router)
    app.include_router(login.router)
    apidocs.install(app)  # summaries, examples and descriptions by hand
    return app


def stopping(app: FastAPI, grace: float) -> None:
    """Tell an application made by :func:`create_app` that its server is stopping
    (SIGTERM, Ctrl-C): no new analysis starts, and those running get ``grace`` seconds
    before they are stopped and answered 503. Safe to call from a signal handler."""
    app.state.web.analyses.stop_after(grace)
