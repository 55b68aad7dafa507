"""The JSON API against a real server, checked against its own OpenAPI document."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request

import pytest

from newsledger.ontology import GRADE_MEANINGS
from newsledger.web.security import DRAIN_SECONDS


def get(base: str, path: str) -> tuple[int, dict | list | str]:
    try:
        with urllib.request.urlopen(base + path, timeout=60) as response:
            body = response.read().decode()
            kind = response.headers.get("content-type", "")
            return response.status, json.loads(body) if "json" in kind else body
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read().decode() or "{}")


def post(base: str, path: str, payload: dict) -> tuple[int, dict]:
    request = urllib.request.Request(base + path, data=json.dumps(payload).encode(),
                                     headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read().decode())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read().decode() or "{}")


@pytest.fixture(scope="module")
def openapi(server):
    status, spec = get(server, "/openapi.json")
    assert status == 200
    return spec


def schema_of(spec: dict, path: str, method: str = "get") -> dict:
    content = spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    schema = content["schema"]
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].split("/")[-1]]
    return schema


def test_every_route_is_documented(openapi):
    assert {"/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/actors",
            "/api/actors/{actor_id}", "/api/claims", "/api/stories",
            "/api/stories/{story_id}", "/api/analyze"} <= set(openapi["paths"])


@pytest.mark.parametrize("path, route", [
    ("/api/documents?limit=5", "/api/documents"), ("/api/events?limit=5", "/api/events"),
    ("/api/actors?top=5", "/api/actors"), ("/api/claims?limit=5", "/api/claims"),
    ("/api/stories?limit=5", "/api/stories")])
def test_lists_match_their_schema(server, openapi, path, route):
    status, body = get(server, path)
    assert status == 200
    schema = schema_of(openapi, route)
    assert set(schema["required"]) <= set(body) and body["items"]
    item_schema = schema["properties"]["items"]["items"]
    if "$ref" in item_schema:
        required = openapi["components"]["schemas"][item_schema["$ref"].split("/")[-1]][
            "required"]
        assert all(set(required) <= set(item) for item in body["items"])


def test_document_actor_story_and_csv(server):
    _, docs = get(server, "/api/documents?limit=50")
    doc_id = docs["items"][0]["doc_id"]
    status, analysis = get(server, f"/api/documents/{doc_id}")
    assert status == 200 and analysis["document"]["id"] == doc_id
    status, actor = get(server, "/api/actors/PAK")
    assert status == 200 and actor["name"] == "Pakistan"
    assert {"events", "members", "parents", "totals", "monthly", "neighbours"} <= set(actor)
    assert actor["monthly"] and {"month", "goldstein", "material_conflict"} <= set(
        actor["monthly"][0])
    _, stories = get(server, "/api/stories?limit=1")
    story_id = stories["items"][0]["id"]
    status, story = get(server, f"/api/stories/{story_id}")
    assert status == 200 and story["id"] == story_id
    status, csv_text = get(server, "/api/events?format=csv&type=MOBILIZE")
    assert status == 200 and csv_text.splitlines()[0].startswith("date,type")
    assert all(",MOBILIZE," in line for line in csv_text.splitlines()[1:])
    _, page1 = get(server, "/api/events?limit=3&offset=0")
    _, page2 = get(server, "/api/events?limit=3&offset=3")
    assert page1["items"] != page2["items"] and len(page2["items"]) == 3


def test_errors_are_json_with_status(server):
    for path, code in (("/api/documents/0000000000000000", 404), ("/api/actors/nobody", 404),
                       ("/api/events?type=HUG", 400), ("/api/events?since=yesterday", 400),
                       ("/api/stories/s0000000000", 404), ("/api/events?limit=-1", 400)):
        status, body = get(server, path)
        assert status == code and "error" in body, (path, status, body)


@pytest.mark.parametrize("path", ["/api/claims", "/api/stories"])
def test_offset_walks_claims_and_stories_and_a_bad_one_is_a_400(server, path):
    _, everything = get(server, f"{path}?limit=1000")
    status, page = get(server, f"{path}?limit=3&offset=2")
    assert status == 200 and (page["limit"], page["offset"]) == (3, 2)
    assert len(everything["items"]) > 5 and page["items"] == everything["items"][2:5]
    _, past = get(server, f"{path}?offset={len(everything['items'])}")
    assert past["items"] == []
    for bad in ("-1", "abc", "2.5"):
        status, body = get(server, f"{path}?offset={bad}")
        assert status == 400 and set(body) == {"error"} and "offset" in body["error"], bad


def test_claims_say_why_they_have_their_grade(server, openapi):
    _, claims = get(server, "/api/claims?limit=10000")
    items = claims["items"]
    assert items and all(c["grade_reason"] and isinstance(c["why"], list) for c in items)
    carried = [c for c in items if c["why"][0].startswith("attr:carry-over")]
    assert carried and all(c["grade_reason"].startswith("carried over from sentence ")
                           and ": " in c["grade_reason"] for c in carried)
    item = openapi["components"]["schemas"]["ClaimItem"]
    assert {"grade_reason", "why"} <= set(item["required"])
    described = openapi["paths"]["/api/claims"]["get"]["description"]
    assert all(meaning in described for meaning in GRADE_MEANINGS.values())


def test_analyze_stores_only_when_asked(server):
    text = {"text": "Turkey sent 30 tonnes of aid to Gaza on Monday, officials said.",
            "date": "2025-11-24", "title": "Aid from Turkey"}
    status, body = post(server, "/api/analyze", text)
    assert status == 200 and body["stored"] is False
    assert body["analysis"]["events"][0]["type"] == "AID"
    status, missing = get(server, f"/api/documents/{body['doc_id']}")
    assert status == 404
    status, body = post(server, "/api/analyze?store=true", text)
    assert status == 200 and body["stored"] is True
    status, stored = get(server, f"/api/documents/{body['doc_id']}")
    assert status == 200 and stored["document"]["title"] == "Aid from Turkey"
    status, again = post(server, "/api/analyze?store=true", text)
    assert again["stored"] is False and again["doc_id"] == body["doc_id"]
    status, bad = post(server, "/api/analyze", {"text": "   "})
    assert status == 400 and "empty" in bad["error"]


def test_check_says_what_the_ledger_holds_and_stores_nothing(server):
    from helpers import SEED

    lines = SEED.read_text(encoding="utf-8").splitlines()
    status, before = get(server, "/api/documents?limit=1000")
    status, body = post(server, "/api/check", {"text": "\n".join(lines)})
    assert status == 200, body
    assert body["document"]["date"] == "2025-10-28" and body["claims"]
    troops = [c for c in body["claims"] if "20,000" in c["text"]]
    assert any(c["verdict"] == "contested" for c in troops)
    assert any(d["by_country"] == "PAK" for c in troops for d in c["denials"])
    status, after = get(server, "/api/documents?limit=1000")
    assert len(after["items"]) == len(before["items"])
    status, bad = post(server, "/api/check", {"text": ""})
    assert status == 400 and "error" in bad


def test_body_over_the_limit_is_refused(server):
    """The client sends all 2.5 MB, then reads the 413 (the server read and dropped the
    rest of the body first: closing on unread data used to reset the connection)."""
    for _ in range(5):
        status, body = post(server, "/api/analyze", {"text": "word " * 500_000})
        assert status == 413 and "limit" in body["error"]


def raw_post(base: str, head: str, body: bytes) -> bytes:
    """Send a request's head and ``body`` over a socket; the status line of the answer."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(f"POST /api/analyze HTTP/1.1\r\nHost: {host}\r\n{head}\r\n".encode()
                     + body)
        return sock.recv(4096).split(b"\r\n")[0]


@pytest.mark.parametrize("head", [
    "Content-Type: application/json\r\nContent-Length: 1000000000\r\n",  # not read
    "Content-Type: application/json\r\nContent-Length: 3000000\r\nExpect: 100-continue\r\n"])
def test_a_body_over_the_limit_not_sent_yet_is_refused_at_once(server, head):
    started = time.monotonic()
    assert raw_post(server, head, b"{") == b"HTTP/1.1 413 Request Entity Too Large"
    # answered without the body: waiting for it would take DRAIN_SECONDS before the 413
    assert time.monotonic() - started < DRAIN_SECONDS - 1
