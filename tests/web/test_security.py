"""Hostile text is shown escaped and never runs; injection strings change nothing; no
path-like parameter reaches the disk; a non-loopback server needs a token."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import duckdb
import pytest

from .conftest import FORMULA, HOSTILE, start_server, stop_server


def fetch(url: str, headers: dict | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def hostile_doc(server: str) -> str:
    _, body = fetch(server + "/api/documents?limit=100")
    return next(d["doc_id"] for d in json.loads(body)["items"] if "Lahore" in d["title"])


def test_hostile_article_is_escaped_on_every_page(server):
    doc_id = hostile_doc(server)
    for path in (f"/articles/{doc_id}", "/", "/events?limit=500", "/stories"):
        status, html = fetch(server + path)
        assert status == 200
        assert "<script>window.__pwned" not in html, path
        assert "<img src=x" not in html and 'href="javascript:' not in html, path
    _, html = fetch(server + f"/articles/{doc_id}")
    assert "&lt;script&gt;window.__pwned = 1;&lt;/script&gt;" in html
    assert "Evil &lt;b&gt;Daily&lt;/b&gt;" in html


@pytest.mark.parametrize("evil", ["' OR 1=1 --", "PAK'); DROP TABLE events; --",
                                  "1; DELETE FROM documents", "%' UNION SELECT * FROM meta--"])
def test_injection_in_every_filter(server, web_db, evil):
    quoted = urllib.parse.quote(evil)
    for param in ("actor", "country", "type", "status", "since", "until", "outlet"):
        status, body = fetch(f"{server}/api/events?{param}={quoted}")
        assert status in (200, 400), (param, status)
        if status == 200:
            assert json.loads(body)["items"] == []
    for path in (f"/api/claims?actor={quoted}", f"/api/claims?grade={quoted}",
                 f"/api/stories?actor={quoted}", f"/api/stories?status={quoted}",
                 f"/api/actors?country={quoted}", f"/events?actor={quoted}",
                 f"/network?type={quoted}"):
        status, _ = fetch(server + path)
        assert status in (200, 400), (path, status)
    con = duckdb.connect(str(web_db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] >= 8
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    finally:
        con.close()


@pytest.mark.parametrize("path", [
    "/static/..%2f..%2fpyproject.toml", "/static/%2e%2e/app.py", "/static/../../etc/passwd",
    "/articles/..%2f..%2fetc%2fpasswd", "/api/documents/..%2fmeta", "/actors/..%2f..",
    "/api/actors/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/stories/..%2fx", "/static/app.py",
])
def test_path_traversal_fails(server, path):
    status, body = fetch(server + path)
    assert status in (400, 404), (path, status)
    assert "root:" not in body and "[project]" not in body


def test_non_loopback_without_token_refuses_to_start(web_db):
    proc = subprocess.run([sys.executable, "-m", "newsledger.cli", "serve", "--db",
                           str(web_db), "--host", "0.0.0.0", "--port", "1"],
                          capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin"})
    assert proc.returncode == 2 and "token" in proc.stderr


def test_token_is_required_of_every_request(web_db):
    proc, base = start_server(web_db, "--token", "s3cret-token-16ch")
    try:
        assert fetch(base + "/api/documents")[0] == 401
        assert fetch(base + "/")[0] == 401
        assert fetch(base + "/api/documents", {"Authorization": "Bearer wrong"})[0] == 401
        ok, _ = fetch(base + "/api/documents", {"Authorization": "Bearer s3cret-token-16ch"})
        assert ok == 200
        assert fetch(base + "/?token=s3cret-token-16ch")[0] == 200
    finally:
        stop_server(proc)
    assert HOSTILE["title"]  # the fixture data is the hostile article


def test_other_host_names_are_refused_without_a_token(server):
    """A page on another site that rebinds its name to 127.0.0.1 gets nothing."""
    status, _ = fetch(server + "/api/documents", {"Host": "attacker.example"})
    assert status == 400
    assert fetch(server + "/api/documents", {"Host": "localhost"})[0] == 200


def test_csv_cells_never_start_a_formula(server, web_db, tmp_path):
    status, body = fetch(server + "/api/events?format=csv&limit=10000")
    assert status == 200
    import csv
    import io

    rows = list(csv.reader(io.StringIO(body)))
    for row in rows:
        assert all(not cell.startswith(("=", "+", "@")) for cell in row), row
    assert any(cell == "'" + FORMULA["outlet"] for row in rows for cell in row)


def test_api_docs_page_is_served_from_here(server):
    status, html = fetch(server + "/docs")
    assert status == 200 and "/api/events" in html and "cdn" not in html.lower()
