"""Every error the server answers, in one shape: ``{"error": "one line"}`` under /api/
(and from the guards, everywhere), the error page elsewhere. No message names a file or
another process: the ledger's errors give their ``reason`` only, an unexpected error its
type only, and the whole of it (with the traceback) goes to the server's log.

| error | status |
|---|---|
| a bad parameter or body (``RequestValidationError``, ``QueryError``, ``InputError``) | 400 |
| a bad id in a path, an id not found (``NotFound``), an unknown route | 404 |
| a body over the limit (``security.BodyLimit``) | 413 |
| the ledger busy or unreadable (``LedgerError``), every analysis slot taken (``Busy``), an
  analysis over its time limit (``TimedOut``) or whose worker ended (``Stopped``) | 503 |
| an analysis that failed (``AnalysisFailed``), anything else unexpected | 500 |
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from ..inputs import InputError
from .access import LedgerBusy, LedgerError, NotFound, QueryError
from .analyses import Busy, Stopped, TimedOut

log = logging.getLogger("newsledger.web")
Handler = Callable[[Request, Any], Awaitable[Response]]
RETRY_SECONDS = "5"  # the Retry-After of a 503


class AnalysisFailed(Exception):
    """The analysis raised something other than an InputError (its cause is kept)."""


def one_line(message: str) -> str:
    """A message as one line of valid UTF-8 (a lone surrogate becomes "?")."""
    return " ".join(message.encode("utf-8", "replace").decode("utf-8").split())


def error(request: Request, status: int, message: str,
          headers: dict[str, str] | None = None) -> Response:
    """``{"error": message}`` under /api/, else the error page."""
    message = one_line(message)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    web = request.app.state.web
    return HTMLResponse(web.page("error.html", title="Error", status=status, message=message),
                        status_code=status, headers=headers)


PATH_NOUNS = {"doc_id": "article", "story_id": "story", "actor_id": "actor"}
SHOWN_ID = 80  # the most characters of a bad id a message repeats


async def invalid(request: Request, exc: RequestValidationError) -> Response:
    """A bad id in a path is a 404 in words ("no article with id 'zzzz'", not the
    pattern it fails); any other bad parameter a 400 naming it."""
    first = exc.errors()[0] if exc.errors() else {}
    loc = tuple(first.get("loc", ()))
    if loc[:1] == ("path",):
        name = str(loc[-1])
        value = str(first.get("input", ""))
        shown = value if len(value) <= SHOWN_ID else value[:SHOWN_ID] + "…"
        return error(request, 404, f"no {PATH_NOUNS.get(name, name)} with id {shown!r}")
    where = ".".join(str(p) for p in loc)
    return error(request, 400, f"{where}: {first.get('msg', 'invalid')}")


async def http_error(request: Request, exc: HTTPException) -> Response:
    """Starlette's own (an unknown route, a wrong method, a malformed form) in our shape;
    a form part over the limit is a 413."""
    status = 413 if exc.status_code == 400 and "maximum size" in str(exc.detail) \
        else exc.status_code
    return error(request, status, str(exc.detail), dict(exc.headers or {}))


async def ledger_error(request: Request, exc: LedgerError) -> Response:
    if not isinstance(exc, LedgerBusy):
        log.error("the ledger cannot be opened: %s", exc)
    return error(request, 503, exc.reason, {"Retry-After": RETRY_SECONDS})


async def analysis_failed(request: Request, exc: AnalysisFailed) -> Response:
    cause = exc.__cause__ or exc
    log.error("the analysis failed", exc_info=(type(cause), cause, cause.__traceback__))
    return error(request, 500, f"the analysis failed ({type(cause).__name__}); the "
                               "server's log has the details")


async def unexpected(request: Request, exc: Exception) -> Response:
    """Anything else: Starlette logs the traceback (it re-raises after this answer)."""
    return error(request, 500, f"internal error ({type(exc).__name__}); the server's log "
                               "has the details")


def status(code: int, retry: bool = False) -> Handler:
    """A handler answering ``code`` with the exception's message."""

    async def handler(request: Request, exc: Exception) -> Response:
        message = exc.reason if isinstance(exc, InputError) else str(exc)
        return error(request, code, message, {"Retry-After": RETRY_SECONDS} if retry else None)

    return handler


HANDLERS: tuple[tuple[type[Exception], Handler], ...] = (
    (QueryError, status(400)), (InputError, status(400)), (NotFound, status(404)),
    (RequestValidationError, invalid), (HTTPException, http_error),
    (LedgerError, ledger_error), (Busy, status(503, retry=True)), (TimedOut, status(503)),
    (Stopped, status(503, retry=True)), (AnalysisFailed, analysis_failed),
    (Exception, unexpected))


def add_error_handlers(app: FastAPI) -> None:
    for kind, handler in HANDLERS:
        app.add_exception_handler(kind, handler)
