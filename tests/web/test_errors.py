"""One error shape, ``{"error": "one line"}``, for every bad request (never FastAPI's
``{"detail": [...]}`` nor a 422), no 500 for inputs that used to cause one, and no error
body naming a file or another process. Against real servers."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest

from newsledger.store.connection import BUSY_WRITING

from .conftest import start_server, stop_server
from .test_access import hold
from .test_limits import call

ANY_PATH = re.compile(r"(^|[\s'\"(])/(home|root|tmp|usr|work|var|etc)\b|\.duckdb|PID|pid \d")


def assert_one_error(body: dict) -> None:
    """``{"error": …}`` alone, one line, naming no file and no process."""
    assert set(body) == {"error"} and isinstance(body["error"], str), body
    assert "\n" not in body["error"] and not ANY_PATH.search(body["error"]), body


@pytest.mark.parametrize("path", [
    "/api/documents?offset=9223372036854775808", "/api/events?offset=9223372036854775808",
    "/api/events?offset=99999999999999999999999", "/api/documents?offset=-1",
    "/api/documents?limit=abc", "/api/events?limit=0", "/api/claims?hedged=perhaps",
    "/api/events?since=0001-13-01", "/api/events?type=HUG", "/api/claims?offset=-1",
    "/api/stories?offset=abc", "/api/stories?offset=9223372036854775808"])
def test_every_bad_parameter_is_400_with_one_error(server, path):
    status, body, _ = call(server, path)
    assert status == 400, (path, status, body)
    assert_one_error(body)


def test_the_largest_offset_is_an_empty_page(server):
    status, body, _ = call(server, "/api/documents?offset=9223372036854775807")
    assert status == 200 and body["items"] == []


@pytest.mark.parametrize("raw", [
    b'{"text": "Turkey sent aid \\ud800 to Gaza on Monday."}',  # a lone surrogate
    b'{"text": "Turkey sent aid to Gaza.", "title": "\\udfff"}', b'{"text": 5}', b'{"text": ',
    b'{"title": "no text"}', b'[]', b'{"text": "Aid to Gaza.", "date": "2025-02-30"}',
    b'{"text": "   "}'])
def test_bad_bodies_are_400_with_one_error(server, raw):
    status, body, _ = call(server, "/api/analyze", form=raw,
                           headers={"content-type": "application/json"})
    assert status == 400, (raw, status, body)
    assert_one_error(body)


def test_a_lone_surrogate_is_named(server):
    raw = b'{"text": "Turkey sent aid \\ud800 to Gaza on Monday."}'
    _, body, _ = call(server, "/api/analyze", form=raw,
                      headers={"content-type": "application/json"})
    assert body == {"error": "text: not valid Unicode (a lone surrogate at character 16)"}


@pytest.mark.parametrize("method, path, code", [
    ("GET", "/api/nothing", 404), ("DELETE", "/api/documents", 405),
    ("GET", "/api/documents/zz", 404), ("PUT", "/api/analyze", 405)])
def test_starlettes_own_errors_have_the_same_shape(server, method, path, code):
    request = urllib.request.Request(server + path, method=method)
    try:
        urllib.request.urlopen(request, timeout=60)
        raise AssertionError("no error")
    except urllib.error.HTTPError as exc:
        assert exc.code == code
        assert_one_error(json.loads(exc.read()))


def test_a_host_refused_is_json(server):
    status, body, _ = call(server, "/api/documents", headers={"Host": "attacker.example"})
    assert status == 400
    assert_one_error(body)


DATED = {"text": "Turkey sent 30 tonnes of aid to Gaza on Sunday, officials said.",
         "date": "0001-01-01"}  # a Monday: "Sunday" is the day before the calendar starts


def test_a_date_at_the_start_of_the_calendar_is_analysed(server):
    status, body, _ = call(server, "/api/analyze", DATED)
    assert status == 200, body


def test_a_ledger_being_written_by_another_process_is_one_sentence(own_db):
    """The server holds nothing between requests: an ingest can start any time; while it
    writes, the pages say so (503), and when it is done they answer again."""
    proc, base = start_server(own_db)
    try:
        assert call(base, "/api/documents")[0] == 200
        writer = hold(own_db, "w")  # as an ingest does, for its whole run
        try:
            for path in ("/api/documents", "/api/events?limit=3"):
                status, body, headers = call(base, path)
                assert status == 503 and body == {"error": BUSY_WRITING}, body
                assert headers.get("retry-after") == "5"
            status, body, _ = call(base, "/api/analyze?store=true", {"text": "Aid to Gaza."})
            assert status == 503 and body == {"error": BUSY_WRITING}, body
            page = urllib.request.Request(base + "/events")
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(page, timeout=60)
            html = refused.value.read().decode()
            assert refused.value.code == 503 and "being written by another" in html
            assert not ANY_PATH.search(html.split("<main", 1)[-1])
        finally:
            writer.kill()
            writer.wait(60)
        assert call(base, "/api/documents")[0] == 200
    finally:
        stop_server(proc)


def test_the_cli_says_the_same_in_one_sentence(own_db):
    writer = hold(own_db, "w")
    try:
        done = subprocess.run([sys.executable, "-m", "newsledger.cli", "stats", "--db",
                               str(own_db)], capture_output=True, text=True, timeout=300)
    finally:
        writer.kill()
        writer.wait(60)
    assert done.returncode == 2
    message = " ".join(done.stderr.split())
    assert message == f"error: {own_db}: {BUSY_WRITING}", done.stderr
    assert "PID" not in message and "Conflicting lock" not in message


def test_an_ingest_runs_while_the_server_serves(own_db, tmp_path):
    proc, base = start_server(own_db)
    try:
        _, before, _ = call(base, "/api/documents?limit=1000")
        article = tmp_path / "new.txt"
        article.write_text("date 2025-11-27 Talks in Cairo\n\nEgypt hosted talks between "
                           "Israel and Hamas in Cairo on Thursday, officials said.\n",
                           encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "newsledger.cli", "ingest", str(article),
                               "--db", str(own_db), "--quiet"], capture_output=True,
                              text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        _, after, _ = call(base, "/api/documents?limit=1000")
        assert len(after["items"]) == len(before["items"]) + 1
        assert "Talks in Cairo" in {d["title"] for d in after["items"]}
    finally:
        stop_server(proc)


@pytest.mark.parametrize("query", ["actor=%ED%A0%80", "since=%ED%A0%80", "type=%FF"])
def test_undecodable_query_values_are_not_500(server, query):
    status, body, _ = call(server, f"/api/events?{query}")
    assert status in (200, 400), (query, status, body)
    if status == 400:
        assert_one_error(body)


def test_storing_an_article_at_the_end_of_the_calendar(own_db):
    proc, base = start_server(own_db)
    try:
        for date in ("9999-12-31", "0001-01-01"):
            status, body, _ = call(base, "/api/analyze?store=true",
                                   {"text": "Pakistan sent troops to Gaza, officials said.",
                                    "date": date})
            assert status == 200, (date, body)
    finally:
        stop_server(proc)


def test_a_text_not_in_english_is_refused_as_ingest_refuses_it(server):
    german = {"text": "Der Bundeskanzler traf sich am Montag mit dem franz\u00f6sischen "
                      "Pr\u00e4sidenten in Berlin, um \u00fcber die Lage zu sprechen.",
              "date": "2025-11-04"}
    for path in ("/api/analyze", "/api/analyze?store=true"):
        status, body, _ = call(server, path, german)
        assert status == 400, body
        assert_one_error(body)
        assert "German text (de)" in body["error"]
