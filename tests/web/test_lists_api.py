"""The lists of the JSON API (/api/documents, /api/actors, /api/claims, /api/events,
/api/stories): the same filter names, sort, limit/offset, a one-line 400 for a bad value,
every parameter described in the OpenAPI document; and their pages' paging links."""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest

from .test_security import fetch

LISTS = ("documents", "actors", "claims", "events", "stories")


def items(server: str, path: str) -> list[dict]:
    status, body = fetch(server + path)
    assert status == 200, body
    return json.loads(body)["items"]


@pytest.mark.parametrize("name", LISTS)
def test_offset_walks_each_list(server, name):
    everything = items(server, f"/api/{name}?limit=1000")
    assert len(everything) > 5
    assert items(server, f"/api/{name}?limit=3&offset=2") == everything[2:5]
    assert items(server, f"/api/{name}?limit=3&offset={len(everything)}") == []


def test_the_same_filter_names_filter_every_list(server):
    outlet = next(d["outlet"] for d in items(server, "/api/documents?limit=1000")
                  if d["outlet"] and "<" not in d["outlet"])
    query = "outlet=" + urllib.parse.quote(outlet.upper())
    for name in ("documents", "claims", "events"):
        found = items(server, f"/api/{name}?{query}&limit=1000")
        assert found and {r["outlet"] for r in found} == {outlet}, name
    for name in ("claims", "events", "stories"):
        typed = items(server, f"/api/{name}?type=MOBILIZE&limit=1000")
        assert 0 < len(typed) < len(items(server, f"/api/{name}?limit=1000")), name
    assert {a["kind"] for a in items(server, "/api/actors?kind=person")} == {"person"}
    assert [a["actor_id"] for a in items(server, "/api/actors?q=pakistani%20army")] == [
        "pak-army"]
    lahore = items(server, "/api/documents?q=lahore")
    assert len(lahore) == 1 and "Lahore" in lahore[0]["title"]
    claims = items(server, "/api/claims?limit=5")
    assert all(isinstance(c["sentence"], int) and c["date"] for c in claims)


def test_sort_and_the_old_top_of_actors(server):
    names = [a["name"] for a in items(server, "/api/actors?sort=name&limit=1000")]
    assert names == sorted(names, key=str.lower)
    assert items(server, "/api/actors?top=3") == items(server, "/api/actors?limit=3")
    status, body = fetch(server + "/api/actors?top=3")
    assert json.loads(body)["limit"] == 3
    oldest = [s["date_start"] for s in items(server, "/api/stories?sort=-date&limit=1000")]
    assert [d for d in oldest if d] == sorted(d for d in oldest if d)


@pytest.mark.parametrize("path, message", [
    ("/api/events?actor=Pak", "no actor is called 'Pak', which could be any of"),
    ("/api/claims?actor=Nobody%20Daily", "no actor matches 'Nobody Daily'"),
    ("/api/stories?actor=Nobody", "no actor matches 'Nobody'"),
    ("/api/documents?sort=random()", "sort 'random()' is not one of"),
    ("/api/actors?kind=planet", "kind 'planet' is not one of"),
    ("/api/events?grade=Z", "grade 'Z' is not one of A, B, C, D, E"),
    ("/api/stories?type=HUG", "type 'HUG' is not one of"),
    ("/api/documents?limit=0", "limit"),
    ("/api/actors?offset=-1", "offset")])
def test_bad_values_are_a_one_line_400(server, path, message):
    status, body = fetch(server + path)
    assert status == 400
    error = json.loads(body)["error"]
    assert message in error and "\n" not in error


def test_every_list_parameter_is_described_with_its_values(server):
    _, body = fetch(server + "/openapi.json")
    spec = json.loads(body)
    for name in LISTS:
        params = {p["name"]: p for p in spec["paths"][f"/api/{name}"]["get"]["parameters"]}
        assert {"limit", "offset", "sort"} <= set(params), name
        assert all(p.get("description") for p in params.values()), name
        assert "-date" in params["sort"]["description"] or name == "actors"
    events = {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"outlet", "grade", "q", "type", "status", "since", "until", "actor"} <= set(events)
    assert "MOBILIZE" in events["type"]["description"]
    assert "A, B, C, D, E" in events["grade"]["description"]


@pytest.mark.parametrize("path", ["/articles", "/actors", "/claims", "/events", "/stories"])
def test_each_page_links_its_next_page_and_back(server, path):
    status, first = fetch(f"{server}{path}?limit=3")
    assert status == 200
    following = re.search(r'<a rel="next" href="([^"]+)"', first)
    assert following and 'rel="prev"' not in first
    url = following.group(1).replace("&amp;", "&")
    assert "offset=3" in url and "limit=3" in url
    status, second = fetch(server + url)
    assert status == 200 and 'rel="prev"' in second
    status, last = fetch(f"{server}{path}?limit=3&offset=100000")
    assert status == 200 and 'rel="next"' not in last


def test_a_bad_filter_on_a_page_is_its_error_page(server):
    status, html = fetch(server + "/claims?actor=Pak")
    assert status == 400 and "no actor is called" in html.replace("&#39;", "'")
