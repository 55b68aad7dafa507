"""Search in the web against a real server: /api/search (JSON, its parameters in the
OpenAPI document) and the /search page (autoescaped, matches in <mark>), one-line errors,
and an article stored through /api/analyze found by the next search."""

from __future__ import annotations

import html
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from .conftest import HOSTILE, start_server, stop_server
from .test_api import get, post

ARTICLE_URL = re.compile(r"^/articles/[0-9a-f]{16}(#s\d+)?$")


def api(base: str, **params) -> tuple[int, dict]:
    return get(base, "/api/search?" + urllib.parse.urlencode(params))


def search_page(base: str, query: str | None = None) -> tuple[int, str]:
    """The /search page's status and HTML (an error page too)."""
    url = base + "/search" + ("?q=" + urllib.parse.quote(query) if query is not None else "")
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_api_ranks_articles_claims_and_actors_with_links(server):
    status, body = api(server, q="troops Gaza", limit=10)
    assert status == 200 and body["query"] == "troops Gaza" and body["more"] is True
    items = body["items"]
    assert len(items) == 10 and {"article", "claim"} <= {i["kind"] for i in items}
    for item in items:
        assert ARTICLE_URL.match(item["url"])
        if item["sentence"] is not None:
            assert item["url"].endswith(f"#s{item['sentence']}")
        words = [item["snippet"][s:e].lower() for s, e in item["matches"]]
        assert words and all(w.startswith(("troop", "gaza")) for w in words)
    _, actors = api(server, q="Pakistan", kind="actor")
    assert actors["items"] and all(i["kind"] == "actor" for i in actors["items"])
    assert all(i["url"] == "/actors/" + urllib.parse.quote(i["key"], safe="")
               for i in actors["items"])


def test_api_pages_with_offset(server):
    _, whole = api(server, q="Pakistan", limit=6)
    _, first = api(server, q="Pakistan", limit=3)
    _, second = api(server, q="Pakistan", limit=3, offset=3)
    assert [i["key"] for i in first["items"] + second["items"]] == \
        [i["key"] for i in whole["items"]]


@pytest.mark.parametrize("params, says", [
    ({"q": 'troops "gaza'}, "unclosed"), ({"q": "OR"}, "OR needs"),
    ({"q": "x", "kind": "story"}, "kind"), ({"q": "x", "limit": 0}, "limit"),
    ({"q": "x", "offset": -1}, "offset"), ({}, "q")])
def test_api_bad_parameters_are_one_line_400(server, params, says):
    status, body = api(server, **params)
    assert status == 400 and list(body) == ["error"]
    assert says in body["error"] and "\n" not in body["error"]
    assert "Traceback" not in body["error"] and "fts5" not in body["error"]


def test_api_documents_its_parameters(server):
    _, spec = get(server, "/openapi.json")
    op = spec["paths"]["/api/search"]["get"]
    params = {p["name"]: p for p in op["parameters"]}
    assert set(params) == {"q", "kind", "limit", "offset"}
    assert all(p.get("description") for p in params.values())
    assert "article" in params["kind"]["description"] and op["summary"]


def test_page_marks_matches_and_escapes_the_article(server):
    status, page = search_page(server, "Lahore protesters")
    assert status == 200
    assert "<script>window" not in page and "<img src=x" not in page
    assert html.escape(HOSTILE["title"]) in page  # the title, as text
    assert re.search(r"<mark>Lahore</mark>", page)
    assert 'value="Lahore protesters"' in page  # the nav's search box keeps the query


def test_page_shows_a_bad_query_as_an_error(server):
    status, page = search_page(server, '"gaza')
    assert status == 400 and 'id="search-error"' in page and "unclosed" in page


def test_page_without_a_query_shows_the_form(server):
    status, page = search_page(server)
    assert status == 200 and 'id="search-form"' in page and "search-results" not in page


@pytest.fixture
def own_server(own_db):
    proc, base = start_server(own_db)
    yield base
    stop_server(proc)


def test_an_article_stored_by_the_web_is_found_next(own_server):
    text = ("Fishermen in Tumaco staged a blockade of the harbour on Monday over fuel "
            "prices, port officials said.")
    assert api(own_server, q="Tumaco")[1]["items"] == []
    status, body = post(own_server, "/api/analyze?store=true",
                        {"text": text, "title": "Tumaco harbour blockade", "date": "2025-11-24"})
    assert status == 200 and body["stored"] is True
    _, found = api(own_server, q="Tumaco", kind="article")
    assert [i["key"] for i in found["items"]] == [body["doc_id"]]
