"""The server's guards, one function at a time (no server): the token, the response headers,
the order of the middleware, the body limit, CSV cells and JSON in a script block."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import anyio
import pytest
from fastapi import FastAPI
from starlette.datastructures import MutableHeaders
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request

from newsledger.web import security
from newsledger.web.access import Table
from newsledger.web.context import json_script
from newsledger.web.security import (
    CSP,
    BodyLimit,
    given_token,
    set_security_headers,
    token_matches,
)
from newsledger.web.tables import csv_download


def request(headers: dict[str, str] | None = None, query: str = "") -> Request:
    return Request({"type": "http", "method": "GET", "path": "/", "query_string":
                    query.encode(), "headers": [(k.lower().encode(), v.encode())
                                                for k, v in (headers or {}).items()]})


# -- token ----------------------------------------------------------------------------------
def test_token_from_header_then_cookie_then_query():
    both = {"Authorization": "Bearer from-header", "Cookie": "newsledger_token=from-cookie"}
    assert given_token(request(both, "token=from-query")) == "from-header"
    assert given_token(request({"Cookie": "newsledger_token=from-cookie"}, "token=q")) == \
        "from-cookie"
    assert given_token(request(query="token=from-query")) == "from-query"
    assert given_token(request({"Authorization": "Bearer   "})) == ""
    assert given_token(request()) == ""


def test_token_must_match_exactly():
    assert token_matches("s3cret", "s3cret")
    assert not token_matches("", "s3cret")
    assert not token_matches("s3cre", "s3cret") and not token_matches("s3cret ", "s3cret")


# -- headers and order ----------------------------------------------------------------------
def test_pages_get_the_content_security_policy():
    page = MutableHeaders({"content-type": "text/html; charset=utf-8"})
    set_security_headers(page)
    assert page["content-security-policy"] == CSP and "script-src 'self'" in CSP
    assert page["x-content-type-options"] == "nosniff"
    assert page["referrer-policy"] == "no-referrer"
    data = MutableHeaders({"content-type": "application/json",
                           "referrer-policy": "same-origin"})
    set_security_headers(data)
    assert "content-security-policy" not in data and data["referrer-policy"] == "same-origin"


def test_guards_are_installed_in_order():
    """Outermost first: body limit, headers, token, and the Host check only without a
    token (a non-loopback server, reached by any name, has a token instead)."""
    for token, host_check in ((None, [TrustedHostMiddleware]), ("t", [])):
        app = FastAPI()
        security.install(app, token=token, max_body=10)
        kinds = [m.cls for m in app.user_middleware]
        assert kinds == [BodyLimit, BaseHTTPMiddleware, BaseHTTPMiddleware, *host_check]
        assert app.user_middleware[0].kwargs == {"limit": 10}
        assert app.user_middleware[1].kwargs["dispatch"] is security.security_headers
        assert app.user_middleware[2].kwargs["dispatch"].__name__ == "require_token"
        if host_check:
            assert app.user_middleware[3].kwargs["allowed_hosts"] == security.LOOPBACK_HOSTS


# -- body limit -----------------------------------------------------------------------------
class Body:
    """A request body in chunks, counting what was read of it."""

    def __init__(self, chunks: int, size: int = 10):
        self.messages = [{"type": "http.request", "body": b"x" * size,
                          "more_body": i < chunks - 1} for i in range(chunks)]
        self.read = 0

    async def receive(self) -> dict:
        if self.read < len(self.messages):
            self.read += 1
            return self.messages[self.read - 1]
        return {"type": "http.disconnect"}


def call(body: Body, headers: dict[str, str], limit: int = 25, drain: int = 100,
         method: str = "POST") -> tuple[int, bytes, bytes]:
    """(status, response body, what the application read) through BodyLimit."""
    seen, sent = bytearray(), []

    async def app(scope: dict, receive, send) -> None:
        while True:
            message = await receive()
            seen.extend(message.get("body", b""))
            if not message.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": method, "path": "/api/analyze",
             "headers": [(k.encode(), v.encode()) for k, v in headers.items()]}
    anyio.run(BodyLimit(app, limit, drain), scope, body.receive, send)
    return sent[0]["status"], sent[1]["body"], bytes(seen)


def test_a_body_within_the_limit_reaches_the_application():
    body = Body(2)
    assert call(body, {"content-length": "20"}) == (200, b"ok", b"x" * 20)
    assert call(Body(5), {}, method="GET")[0] == 200  # only POST, PUT, PATCH are limited


def test_a_declared_body_over_the_limit_is_refused_and_its_rest_dropped():
    body = Body(5)
    status, answer, seen = call(body, {"content-length": "50"})
    assert status == 413 and seen == b""
    assert json.loads(answer) == {"error": "request body over the limit of 25 bytes"}
    assert body.read == 5  # all of it read (and dropped), so the client can read the 413


def test_a_streamed_body_over_the_limit_is_refused_once_past_it():
    body = Body(5)
    status, _, seen = call(body, {})
    assert status == 413 and len(seen) <= 25 and body.read == 5


@pytest.mark.parametrize("headers", [{"content-length": "5000"},  # over the drain limit
                                     {"content-length": "50", "expect": "100-continue"}])
def test_what_is_not_worth_reading_is_refused_at_once(headers):
    body = Body(5)
    assert call(body, headers)[0] == 413 and body.read == 0


# -- output ---------------------------------------------------------------------------------
def test_csv_cells_never_start_a_formula():
    values = ['=HYPERLINK("x")', "+1", "-1", "@SUM(A1)", "\tx", "Lahore", "",
              dt.date(2025, 11, 20), -3, None]
    response = csv_download(Table(["value"], [(v,) for v in values]), "t.csv")
    assert response.headers["content-disposition"] == 'attachment; filename="t.csv"'
    rows = list(csv.reader(io.StringIO(response.body.decode(), newline="")))
    assert rows[0] == ["value"] and [r[0] for r in rows[1:]] == [
        "'=HYPERLINK(\"x\")", "'+1", "'-1", "'@SUM(A1)", "'\tx", "Lahore", "",
        "2025-11-20", "-3", ""]
    carriage = csv_download(Table(["value"], [("\rx",)]), "t.csv").body.decode()
    assert "'\rx" in carriage


def test_json_in_a_script_block_cannot_close_it():
    text = json_script({"title": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["title"].startswith("</script>")
