"""Token mode (``serve --token``): a short token is refused at start; a browser without the
token gets the login form (the API its JSON 401); the form checks the token, sets an
HttpOnly, SameSite=Strict cookie and goes back to the page asked for, never to another
site; its POST is checked for origin like every state-changing request; logging out
removes the cookie. Against a real server."""

from __future__ import annotations

import http.client
import subprocess
import sys
import urllib.parse

import pytest

from newsledger.web.security import local_path

from .conftest import start_server, stop_server

TOKEN = "correct-horse-battery-staple"
PAGE = {"Accept": "text/html,application/xhtml+xml"}


@pytest.fixture(scope="module")
def guarded(web_db):
    proc, base = start_server(web_db, "--token", TOKEN)
    yield base
    stop_server(proc)


def call(base: str, method: str, path: str, headers: dict | None = None,
         form: dict | None = None) -> tuple[int, dict[str, str], str]:
    """One request, redirects not followed: status, headers (lower-case names), body."""
    host = urllib.parse.urlsplit(base)
    con = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    body = urllib.parse.urlencode(form).encode() if form is not None else None
    sent = dict(headers or {})
    if body is not None:
        sent["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        con.request(method, path, body=body, headers=sent)
        response = con.getresponse()
        return (response.status, {k.lower(): v for k, v in response.getheaders()},
                response.read().decode())
    finally:
        con.close()


@pytest.mark.parametrize("how", ["option", "env"])
def test_a_token_under_16_characters_is_refused_at_start(web_db, how):
    short = "x" * 15
    args = ["--token", short] if how == "option" else []
    env = {"PATH": "/usr/bin:/bin", **({"NEWSLEDGER_TOKEN": short} if how == "env" else {})}
    proc = subprocess.run([sys.executable, "-m", "newsledger.cli", "serve", "--db",
                           str(web_db), "--port", "1", *args], capture_output=True,
                          text=True, timeout=300, env=env)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, proc.stderr
    assert "15 characters" in lines[0] and "at least 16" in lines[0]


def test_a_browser_gets_the_form_and_the_api_its_json(guarded):
    status, headers, html = call(guarded, "GET", "/events?actor=PAK", PAGE)
    assert status == 401 and headers["content-type"].startswith("text/html")
    assert '<form method="post" action="/login">' in html
    assert 'name="next" value="/events?actor=PAK"' in html
    assert "form-action 'self'" in headers["content-security-policy"]
    status, headers, body = call(guarded, "GET", "/api/documents", PAGE)
    assert status == 401 and body == '{"error":"a valid token is required"}'
    assert call(guarded, "GET", "/static/style.css")[0] == 200  # the form's style sheet


def test_a_wrong_token_gets_the_form_again_and_no_cookie(guarded):
    status, headers, html = call(guarded, "POST", "/login", {"Origin": guarded},
                                 {"token": TOKEN[:-1] + "X", "next": "/stories"})
    assert status == 401 and "set-cookie" not in headers
    assert "not this server" in html and 'value="/stories"' in html


def test_the_right_token_sets_an_httponly_cookie_and_goes_back(guarded):
    status, headers, _ = call(guarded, "POST", "/login", {"Origin": guarded},
                              {"token": TOKEN, "next": "/events?actor=PAK"})
    assert status == 303 and headers["location"] == "/events?actor=PAK"
    cookie = [part.strip().lower() for part in headers["set-cookie"].split(";")]
    assert cookie[0] == f"newsledger_token={TOKEN}".lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
    assert "secure" not in cookie  # plain http: a Secure cookie would never come back
    status, _, html = call(guarded, "GET", "/events?actor=PAK",
                           {**PAGE, "Cookie": f"newsledger_token={TOKEN}"})
    assert status == 200 and 'action="/logout"' in html


@pytest.mark.parametrize("target", [
    "//evil.example/x", "https://evil.example/", "/\\evil.example", "http:/evil.example",
    "javascript:alert(1)", "/ok\r\nLocation: //evil.example", "/login", ""])
def test_never_a_redirect_to_another_site(guarded, target):
    status, headers, _ = call(guarded, "POST", "/login", {"Origin": guarded},
                              {"token": TOKEN, "next": target})
    assert status == 303 and headers["location"] == "/", target


def test_local_paths_are_kept_and_others_replaced():
    assert local_path("/articles/8eb9b542#s3") == "/articles/8eb9b542#s3"
    assert local_path("/events?actor=PAK&since=2025-10-01") == \
        "/events?actor=PAK&since=2025-10-01"
    for target in ("//x.example", "\\\\x.example", "/\\x", "x.example", "/a\tb", None):
        assert local_path(target) == "/", target


@pytest.mark.parametrize("origin", ["http://evil.example", "null"])
def test_the_login_post_is_checked_for_origin(guarded, origin):
    status, headers, body = call(guarded, "POST", "/login", {"Origin": origin},
                                 {"token": TOKEN, "next": "/"})
    assert status == 403 and "another site" in body and "set-cookie" not in headers
    status, _, _ = call(guarded, "POST", "/login", {}, {"token": TOKEN})  # no Origin,
    assert status == 403  # no Referer, no token header: a script must use the token


def test_logging_out_removes_the_cookie(guarded):
    status, headers, _ = call(guarded, "POST", "/logout",
                              {"Origin": guarded, "Cookie": f"newsledger_token={TOKEN}"})
    assert status == 303 and headers["location"] == "/login"
    assert headers["set-cookie"].startswith('newsledger_token=""')
    assert "max-age=0" in headers["set-cookie"].lower()
    status, _, html = call(guarded, "GET", "/login", PAGE)
    assert status == 200 and 'action="/login"' in html and 'action="/logout"' not in html
