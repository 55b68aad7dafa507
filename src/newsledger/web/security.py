"""What guards the server: the Host names a loopback server answers to, the token a
non-loopback one requires (and the login form that gives a browser its cookie), the origin
of every state-changing request, the headers every response carries, and the request body
limit. Every refusal is ``{"error": …}``, but for the login form shown to a browser.

``newsledger serve`` listens on 127.0.0.1 unless told otherwise, and refuses any other
address without a token. Without a token only loopback Host names are answered (a page
on another site that rebinds its name to 127.0.0.1 gets nothing); with one, every request
must carry it: a browser asking for a page without it gets the login form (401), which
posts the token to ``/login`` (``web/login.py``) and gets it back as an HttpOnly,
SameSite=Strict cookie; the API answers ``{"error": …}`` (401). A POST, PUT, PATCH or
DELETE is refused (403) unless its ``Origin`` (or, without one, its ``Referer``) is this
server's own origin, so that no page of another site can make the analyst's browser start
an analysis (or log in); a request with neither (curl, a script) needs the token when
there is one, and otherwise must come from a loopback address.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.datastructures import MutableHeaders
from starlette.middleware.base import BaseHTTPMiddleware

LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
TOKEN_COOKIE = "newsledger_token"
MIN_TOKEN_LENGTH = 16  # a shorter token can be guessed (issue 16: a one-character one was taken)
PUBLIC_PATHS = frozenset({"/login", "/logout"})  # answered without the token, as are the
PUBLIC_PREFIX = "/static/"  # package's own style sheet and script (they hold no data)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'")
# Not "no-referrer": under it a browser sends "Origin: null" with the pages' own forms.
# "same-origin" still sends nothing to another site (a ?token=… in a URL stays here).
REFERRER_POLICY = "same-origin"
STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
DEFAULT_PORTS = {"http": 80, "https": 443}
DRAIN_BYTES = 64 * 1024 * 1024  # the most of a refused body read (and dropped) …
DRAIN_SECONDS = 10.0  # … and for how long, before the 413 goes out anyway

CallNext = Callable[[Request], Awaitable[Response]]
Dispatch = Callable[[Request, CallNext], Awaitable[Response]]


def install(app: FastAPI, token: str | None, max_body: int) -> None:
    """Add the guards, outermost last: the body limit, then the response headers, then the
    token check, then the origin check, then (without a token) the Host check nearest the
    routes."""
    app.state.token = token  # for the login form (web/login.py)
    web = getattr(app.state, "web", None)
    if web is not None:  # the pages offer "Log out" only when there is something to leave
        web.env.globals["token_mode"] = token is not None
    if token is None:  # loopback only: refuse other Host names (DNS rebinding)
        app.add_middleware(BaseHTTPMiddleware, dispatch=host_check(LOOPBACK_HOSTS))
    app.add_middleware(BaseHTTPMiddleware, dispatch=origin_check(token))
    app.add_middleware(BaseHTTPMiddleware, dispatch=token_check(token))
    app.add_middleware(BaseHTTPMiddleware, dispatch=security_headers)
    app.add_middleware(BodyLimit, limit=max_body)


def refuse(status: int, message: str) -> Response:
    return JSONResponse({"error": message}, status_code=status)


# -- Host -----------------------------------------------------------------------------------
def host_name(host: str) -> str:
    """The name in a Host header, without its port: ``[::1]:8000`` -> ``[::1]``."""
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def host_check(allowed: list[str]) -> Dispatch:
    """A middleware answering 400 to a request whose Host is not one of ``allowed``."""

    async def require_host(request: Request, call_next: CallNext) -> Response:
        if host_name(request.headers.get("host", "").lower()) not in allowed:
            return refuse(400, "this server answers only to a loopback name (127.0.0.1, "
                               "localhost or [::1]) in the Host header")
        return await call_next(request)

    return require_host


# -- origin ---------------------------------------------------------------------------------
Origin = tuple[str, str, int | None]  # scheme, host name, port


def origin_of(url: str) -> Origin | None:
    """``(scheme, host, port)`` of an origin or URL (the port given or the scheme's
    default); None for ``null`` or anything that is not an http(s) URL."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname.lower(), port or DEFAULT_PORTS[scheme]


def own_origin(request: Request) -> Origin | None:
    """This server's origin as the client asked for it: its scheme and Host header."""
    host = request.headers.get("host") or request.url.netloc
    return origin_of(f"{request.url.scheme}://{host}")


def is_loopback(request: Request) -> bool:
    try:
        address = ipaddress.ip_address((request.client.host if request.client else "")
                                       .removeprefix("::ffff:"))
    except ValueError:
        return False
    return address.is_loopback


def cross_site(request: Request, token: str | None) -> str | None:
    """Why a state-changing request is refused, or None when it may go ahead: its Origin
    (else Referer) must be this server's; with neither, it needs the token when there is
    one, or else a loopback client."""
    sent = request.headers.get("origin") or request.headers.get("referer")
    if sent is not None:
        if origin_of(sent) is None or origin_of(sent) != own_origin(request):
            return ("refused: this request comes from another site's page "
                    "(its Origin or Referer is not this server)")
        return None
    if token is not None:
        return None if token_matches(given_token(request), token) else \
            "refused: a request without Origin or Referer needs the token"
    if not is_loopback(request):
        return "refused: a request without Origin or Referer must come from this machine"
    return None


def origin_check(token: str | None) -> Dispatch:
    """A middleware answering 403 to a cross-site POST, PUT, PATCH or DELETE."""

    async def require_own_origin(request: Request, call_next: CallNext) -> Response:
        if request.method in STATE_CHANGING:
            why = cross_site(request, token)
            if why is not None:
                return refuse(403, why)
        return await call_next(request)

    return require_own_origin


# -- token --------------------------------------------------------------------------------
def given_token(request: Request) -> str:
    """The token a request carries: ``Authorization: Bearer …``, else the cookie set by
    ``?token=…``, else ``?token=…``; "" when none."""
    return (request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            or request.cookies.get(TOKEN_COOKIE) or request.query_params.get("token")
            or "")


def token_matches(given: str, token: str) -> bool:
    """Compared in constant time."""
    return hmac.compare_digest(given.encode(), token.encode())


def token_check(token: str | None) -> Dispatch:
    """A middleware answering 401 to a request without ``token`` (every request passes
    when it is None): the login form to a browser asking for a page (:func:`wants_page`),
    ``{"error": …}`` to anything else. The login routes and the static files need no
    token. ``?token=…`` also sets the cookie, so that the pages' links work."""

    async def require_token(request: Request, call_next: CallNext) -> Response:
        path = request.url.path
        if token is None or path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIX):
            return await call_next(request)
        if not token_matches(given_token(request), token):
            if wants_page(request):
                return login_page(request, asked_for(request))
            return refuse(401, "a valid token is required")
        response = await call_next(request)
        if request.query_params.get("token"):
            set_token_cookie(response, request, token)
        return response

    return require_token


def wants_page(request: Request) -> bool:
    """A browser asking for a page: a GET (or HEAD) accepting ``text/html``, not under
    ``/api/`` nor the OpenAPI document (scripts get JSON there whatever they accept)."""
    path = request.url.path
    return (request.method in ("GET", "HEAD") and "text/html" in request.headers.get(
        "accept", "") and not path.startswith("/api/") and path != "/openapi.json")


def asked_for(request: Request) -> str:
    """The path and query a request asked for (where the login form sends it back)."""
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def local_path(target: str | None) -> str:
    """Where to go after logging in: ``target`` when it is a path on this server
    (``/events?actor=PAK``), else ``/``. Never another site (no open redirect): a scheme,
    a host (``//evil.example``), a backslash (browsers read ``/\\evil`` as ``//evil``),
    a control character or the login routes themselves give ``/``."""
    if (not target or not target.startswith("/") or "\\" in target
            or any(ord(c) < 32 or ord(c) == 127 for c in target)):
        return "/"
    try:
        parts = urlsplit(target)
    except ValueError:
        return "/"
    if parts.scheme or parts.netloc or target.startswith("//") or parts.path in PUBLIC_PATHS:
        return "/"
    return target


def login_page(request: Request, target: str, message: str | None = None,
               status: int = 401) -> Response:
    """The login form (templates/web/login.html), sending the browser back to ``target``
    (a local path) once the token is right."""
    web = request.app.state.web
    return HTMLResponse(web.page("login.html", title="Log in", next=local_path(target),
                                 message=message, logging_in=True), status_code=status)


def set_token_cookie(response: Response, request: Request, token: str) -> None:
    """The token as a cookie the pages' scripts cannot read (HttpOnly), never sent by
    another site's page (SameSite=Strict), over https only when the page came by https."""
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")


# -- response headers -----------------------------------------------------------------------
def set_security_headers(headers: MutableHeaders) -> None:
    """No type sniffing and no referrer to another site on every response; on a page, a
    policy allowing only this server's own script, styles and images (nothing from
    another site)."""
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", REFERRER_POLICY)
    if headers.get("content-type", "").startswith("text/html"):
        headers["Content-Security-Policy"] = CSP


async def security_headers(request: Request, call_next: CallNext) -> Response:
    response = await call_next(request)
    set_security_headers(response.headers)
    return response


# -- body limit ---------------------------------------------------------------------------
class BodyLimit:
    """Refuse request bodies over ``limit`` bytes (413) without reading them whole.

    The refused rest of a body is read and dropped, up to ``drain`` bytes and
    ``DRAIN_SECONDS``, before the 413 goes out: the server closes the connection after it,
    and closing a socket with unread data resets the connection, so that the client, still
    sending, saw a broken pipe instead of the 413. A body declared longer than ``drain``,
    or sent with ``Expect: 100-continue`` (not sent yet), is answered at once.
    """

    def __init__(self, app: Any, limit: int, drain: int = DRAIN_BYTES):
        self.app, self.limit, self.drain = app, limit, drain

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        waiting = headers.get(b"expect", b"").lower() == b"100-continue"
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            if not waiting and int(declared) <= self.drain:
                await drain(receive, self.drain)
            await too_large(send, self.limit)
            return
        seen, more = 0, True

        async def limited() -> dict:
            nonlocal seen, more
            message = await receive()
            seen += len(message.get("body", b""))
            more = message["type"] == "http.request" and message.get("more_body", False)
            if seen > self.limit:
                raise TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except TooLarge:
            if more:
                await drain(receive, self.drain - seen)
            await too_large(send, self.limit)


class TooLarge(Exception):
    """Raised to the application reading a body past the limit."""


async def drain(receive: Callable, budget: int) -> None:
    """Read and drop what is left of a request body, at most ``budget`` bytes and
    ``DRAIN_SECONDS``; nothing of it is kept."""
    with anyio.move_on_after(DRAIN_SECONDS):
        while budget >= 0:
            message = await receive()
            if message["type"] != "http.request":
                return
            budget -= len(message.get("body", b""))
            if not message.get("more_body", False):
                return


async def too_large(send: Callable, limit: int) -> None:
    body = json.dumps({"error": f"request body over the limit of {limit:,} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
