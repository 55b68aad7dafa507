"""Issue 16, "find and trace", through the real server: the icon, /docs without raw
reStructuredText, a bad id in a path said in words, the text filter of /stories, the
hedged/loaded filters and rule ids of /claims, /events headers that sort on the server, and
every evidence link naming its article."""

from __future__ import annotations

import html
import json
import re
import urllib.parse

import pytest
from ledger_fixtures import ingest

from .conftest import start_server, stop_server
from .test_security import fetch


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def test_the_icon_is_served_and_linked(server):
    for path in ("/favicon.ico", "/static/favicon.svg"):
        status, body = fetch(server + path)
        assert status == 200 and body.startswith("<svg"), path
    _, page = fetch(server + "/")
    assert '<link rel="icon" href="/static/favicon.svg"' in page


def test_the_docs_page_shows_literals_as_code(server):
    status, page = fetch(server + "/docs")
    assert status == 200
    assert "``" not in page
    assert "<code>{limit, offset, items}</code>" in page


@pytest.mark.parametrize(("path", "message"), [
    ("/articles/zzzz", "no article with id 'zzzz'"),
    ("/stories/nope", "no story with id 'nope'"),
    ("/actors/%20bad", "no actor with id ' bad'"),
    ("/articles/%3Cb%3Ezz", "no article with id '<b>zz'"),
])
def test_a_bad_id_in_a_page_path_is_a_404_in_words(server, path, message):
    status, page = fetch(server + path)
    assert status == 404
    assert message in text_of(page) and "pattern" not in page
    assert "<b>zz" not in page  # escaped


@pytest.mark.parametrize(("path", "message"), [
    ("/api/documents/zzzz", "no article with id 'zzzz'"),
    ("/api/stories/nope", "no story with id 'nope'"),
    ("/api/actors/%20bad", "no actor with id ' bad'"),
])
def test_a_bad_id_in_an_api_path_is_a_404_in_words(server, path, message):
    status, body = fetch(server + path)
    assert status == 404 and json.loads(body) == {"error": message}


def stories_shown(page: str) -> list[str]:
    return re.findall(r'<a href="/stories/(s[0-9a-f-]+)"', page)


def test_the_stories_page_filters_by_text(server):
    _, everything = fetch(server + "/stories")
    assert len(stories_shown(everything)) > 5
    status, none = fetch(server + "/stories?q=zzzznotthere")
    assert status == 200 and stories_shown(none) == [] and "no stories match" in none
    assert 'name="q" value="zzzznotthere"' in none
    _, api = fetch(server + "/api/stories?q=Pakistan&limit=1000")
    wanted = [s["id"] for s in json.loads(api)["items"]]
    _, page = fetch(server + "/stories?q=Pakistan&limit=1000")
    assert 0 < len(wanted) < len(stories_shown(everything)) and stories_shown(page) == wanted


def claim_links(page: str) -> list[str]:
    return re.findall(r'<a class="evidence" href="([^"]+)"', page)


@pytest.mark.parametrize("flag", ["hedged", "loaded"])
def test_the_claims_page_filters_hedged_and_loaded(server, flag):
    for value in ("true", "false"):
        _, api = fetch(f"{server}/api/claims?{flag}={value}&limit=1000")
        wanted = [f"/articles/{c['doc_id']}#s{c['sentence']}"
                  for c in json.loads(api)["items"]]
        status, page = fetch(f"{server}/claims?{flag}={value}&limit=1000")
        assert status == 200 and wanted and claim_links(page) == wanted, value
        assert f'<option value="{value}" selected>' in page
    status, page = fetch(f"{server}/claims?{flag}=maybe")
    assert status == 400 and f"{flag} must be true or false" in text_of(page)


def test_the_claims_page_shows_each_claims_rule_ids(server):
    _, api = fetch(server + "/api/claims?limit=5")
    _, page = fetch(server + "/claims?limit=5")
    rows = re.findall(r"<tr[ >].*?</tr>", page.split("<tbody>")[1], re.S)
    for claim, row in zip(json.loads(api)["items"], rows, strict=True):
        assert claim["why"] and all(f"<code>{html.escape(w)}</code>" in row
                                    for w in claim["why"])


def test_event_headers_sort_on_the_server(server):
    _, page = fetch(server + "/events")
    assert 'class="sortable"' not in page.split('id="event-table"')[1].split("</thead>")[0]
    links = re.findall(r'<th><a class="sort[^"]*" href="([^"]+)"', page)
    assert "/events?sort=type" in [html.unescape(u) for u in links]
    _, api = fetch(server + "/api/events?sort=-type&limit=200")
    wanted = [e["type"] for e in json.loads(api)["items"]]
    assert wanted != sorted(wanted) and wanted == sorted(wanted, reverse=True)
    _, by_type = fetch(server + "/events?sort=type")
    desc = html.unescape(re.search(r'href="([^"]*sort=-type[^"]*)"', by_type).group(1))
    _, reversed_page = fetch(server + desc)
    shown = re.findall(r"</td><td>([A-Z_]+)</td><td>", reversed_page)
    assert shown == wanted
    assert "▲" in by_type.split('data-sort-key="type"')[1].split("</th>")[0]


def test_story_reports_name_their_article(server):
    _, api = fetch(server + "/api/stories?status=contested&limit=1")
    story = json.loads(api)["items"][0]
    _, page = fetch(f"{server}/stories/{story['id']}")
    reports = page.split('id="reports"')[1].split("</table>")[0]
    for r in story["reports"]:
        assert f'<td class="article-title">{html.escape(r["title"])}</td>' in reports


def test_actor_events_quote_their_sentence_not_its_number(server):
    _, api = fetch(server + "/api/actors/PAK?limit=5")
    events = json.loads(api)["events"]
    _, page = fetch(server + "/actors/PAK")
    table = text_of(page.split('id="actor-events"')[1].split("</table>")[0])
    assert not re.search(r"sentence \d", table)
    for e in events:
        assert html.unescape(e["evidence"])[:40] in table


def test_the_articles_list_links_only_what_the_article_page_links(web_db, tmp_path,
                                                                   analyzer):
    """One check of a URL (render.html.http_url) for the list and the article page: an
    upper-case scheme is a link, an https URL without a host is not."""
    db = tmp_path / "urls.duckdb"
    db.write_bytes(web_db.read_bytes())
    for name, url in (("upper", "HTTPS://Example.org/upper-case"), ("nohost", "https:///x")):
        article = {"title": f"Talks in Muscat ({name})", "date": "2025-11-22", "url": url,
                   "text": "Iran and Oman held talks in Muscat on Saturday, officials said."}
        (tmp_path / f"{name}.json").write_text(json.dumps(article), encoding="utf-8")
        ingest(db, [str(tmp_path / f"{name}.json")], analyzer)
    proc, base = start_server(db)
    try:
        _, page = fetch(base + "/articles?q=" + urllib.parse.quote("Talks in Muscat"))
    finally:
        stop_server(proc)
    assert '<a href="HTTPS://Example.org/upper-case"' in page
    assert "https:///x" in page and '<a href="https:///x"' not in page
