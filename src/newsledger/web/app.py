"""The web UI and JSON API over a ledger (``newsledger serve``).

Pages are rendered on the server (Jinja2, autoescaped); a small plain script makes the
highlights of an article clickable; charts and the network are SVG drawn on the server.
Nothing is loaded from another site. No route takes a file path: ids are checked against
their patterns and looked up with query parameters.

The pieces: ``access`` (the ledger file), ``security`` (Host, token, headers, body limit),
``api`` (the JSON routes), ``pages`` (the HTML routes), ``context`` (what they share).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response

from ..reader import DEFAULT_MAX_BYTES, InputError
from . import api, pages, security
from .access import LedgerAccess, LedgerError, NotFound, QueryError
from .context import Web


def create_app(db: Path, token: str | None = None,
               max_body: int = DEFAULT_MAX_BYTES) -> FastAPI:
    """The application for one ledger file; with ``token``, every request must carry it
    (``Authorization: Bearer …``, the cookie set by ``?token=…``, or ``?token=…``)."""
    access = LedgerAccess(Path(db))
    app = FastAPI(title="newsledger", version="1", docs_url=None, redoc_url=None,
                  description="Events, actors, claims and stories of a news ledger.")
    app.state.access = access
    app.state.web = Web(access, max_body)
    security.install(app, token=token, max_body=max_body)
    add_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.router.on_shutdown.append(access.close)
    return app


def error(request: Request, status: int, message: str) -> Response:
    """``{"error": message}`` under /api/, else the error page."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status)
    web: Web = request.app.state.web
    return HTMLResponse(web.page("error.html", title="Error", status=status, message=message),
                        status_code=status)


async def bad_query(request: Request, exc: QueryError) -> Response:
    return error(request, 400, str(exc))


async def not_found(request: Request, exc: NotFound) -> Response:
    return error(request, 404, str(exc))


async def ledger_error(request: Request, exc: LedgerError) -> Response:
    return error(request, 503, str(exc))


async def input_error(request: Request, exc: InputError) -> Response:
    return error(request, 400, exc.reason)


async def invalid(request: Request, exc: RequestValidationError) -> Response:
    """A bad id in a path is a 404; any other bad parameter a 400."""
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()))
    return error(request, 404 if first.get("loc", ("",))[0] == "path" else 400,
                 f"{where}: {first.get('msg', 'invalid')}")


HANDLERS = ((QueryError, bad_query), (NotFound, not_found), (LedgerError, ledger_error),
            (InputError, input_error), (RequestValidationError, invalid))


def add_error_handlers(app: FastAPI) -> None:
    for kind, handler in HANDLERS:
        app.exception_handler(kind)(handler)
