"""The server's guards, one function at a time (no server): the token, the response headers,
the order of the middleware, the origin of state-changing requests, the body limit, CSV
cells and JSON in a script block."""

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
from starlette.requests import Request

from newsledger.web import security
from newsledger.web.access import Table
from newsledger.web.context import json_script
from newsledger.web.security import (
    CSP,
    BodyLimit,
    cross_site,
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
    # not no-referrer: under it a browser sends "Origin: null" with the pages' own forms
    assert page["referrer-policy"] == "same-origin"
    data = MutableHeaders({"content-type": "application/json",
                           "referrer-policy": "no-referrer"})
    set_security_headers(data)
    assert "content-security-policy" not in data and data["referrer-policy"] == "no-referrer"


def test_guards_are_installed_in_order():
    """Outermost first: body limit, headers, token, origin, and the Host check only
    without a token (a non-loopback server, reached by any name, has a token instead)."""
    for token, host_check in ((None, ["require_host"]), ("t", [])):
        app = FastAPI()
        security.install(app, token=token, max_body=10)
        kinds = [m.cls for m in app.user_middleware]
        assert kinds == [BodyLimit] + [BaseHTTPMiddleware] * (3 + len(host_check))
        assert app.user_middleware[0].kwargs == {"limit": 10}
        names = [m.kwargs["dispatch"].__name__ for m in app.user_middleware[1:]]
        assert names == ["security_headers", "require_token", "require_own_origin",
                         *host_check]


# -- origin ---------------------------------------------------------------------------------
def post(headers: dict[str, str], client: str = "127.0.0.1", scheme: str = "http") -> Request:
    return Request({"type": "http", "method": "POST", "path": "/analyze", "scheme": scheme,
                    "query_string": b"", "client": (client, 50000), "server": ("x", 80),
                    "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]})


HOST = {"Host": "127.0.0.1:8000"}


@pytest.mark.parametrize("headers", [
    {"Origin": "http://127.0.0.1:8000"}, {"Origin": "HTTP://127.0.0.1:8000"},
    {"Referer": "http://127.0.0.1:8000/analyze?x=1"}, {},
    {"Host": "localhost", "Origin": "http://localhost:80"},
    {"Host": "[::1]:8000", "Origin": "http://[::1]:8000"}])
def test_own_origin_and_loopback_scripts_may_post(headers):
    assert cross_site(post({**HOST, **headers}), token=None) is None


@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example"}, {"Origin": "null"}, {"Origin": "http://127.0.0.1:8001"},
    {"Origin": "https://127.0.0.1:8000"}, {"Origin": "http://127.0.0.1:8000.evil.example"},
    {"Referer": "http://evil.example/?http://127.0.0.1:8000"}, {"Origin": "garbage"},
    {"Origin": "http://evil.example", "Referer": "http://127.0.0.1:8000/"},
    {"Origin": "http://127.0.0.1:bad"}])
def test_other_origins_are_refused(headers):
    why = cross_site(post({**HOST, **headers}), token=None)
    assert why is not None and why.startswith("refused")


def test_without_origin_or_referer_a_token_or_loopback_is_needed():
    assert cross_site(post(HOST, client="10.0.0.5"), token=None) is not None
    assert cross_site(post(HOST, client="::1"), token=None) is None
    assert cross_site(post(HOST, client="10.0.0.5"), token="t") is not None
    assert cross_site(post({**HOST, "Authorization": "Bearer t"}, client="10.0.0.5"),
                      token="t") is None


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
