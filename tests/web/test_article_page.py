"""The article page over a real server: its header (title, date, outlet, URL, stories),
one anchor ``id="s{n}"`` per sentence, and the story page's evidence linking to them
(issue 16's contract: ``/articles/{doc_id}#s{n}``)."""

from __future__ import annotations

import html
import re

import pytest

from .test_api import get

EVIDENCE_LINK = re.compile(r'<a href="/articles/([0-9a-f]+)#s(\d+)">(.*?)</a>', re.S)


@pytest.fixture(scope="module")
def documents(server) -> list[dict]:
    status, page = get(server, "/api/documents?limit=100")
    assert status == 200 and len(page["items"]) >= 8
    return page["items"]


def test_every_article_has_an_anchor_per_sentence_and_its_header(server, documents):
    for doc in documents:
        status, body = get(server, f"/articles/{doc['doc_id']}")
        assert status == 200
        _, analysis = get(server, f"/api/documents/{doc['doc_id']}")
        anchors = [int(n) for n in re.findall(r'<span class="sentence" id="s(\d+)"', body)]
        assert anchors == [s["index"] for s in analysis["sentences"]]
        title = re.search(r'<h1 id="article-title">(.*?)</h1>', body, re.S)
        assert title and html.unescape(title.group(1)) == (doc["title"] or
                                                           f"Article {doc['doc_id']}")
        if doc["outlet"]:
            meta = body.split('id="article-meta">')[1].split("</p>")[0]
            assert doc["outlet"] in html.unescape(meta) and "<b>" not in meta


def test_the_url_is_a_link_that_leaks_nothing(server, documents):
    with_url = [d for d in documents if (d["url"] or "").startswith("https://")]
    assert with_url
    _, body = get(server, f"/articles/{with_url[0]['doc_id']}")
    link = html.escape(with_url[0]["url"])
    assert (f'<a id="article-url" href="{link}" rel="noopener noreferrer">{link}</a>'
            in body)


def test_hostile_title_and_outlet_stay_text(server, documents):
    hostile = next(d for d in documents if "Lahore" in (d["title"] or ""))
    _, body = get(server, f"/articles/{hostile['doc_id']}")
    head = body.split('<header class="article-head">')[1].split("</header>")[0]
    assert "<script>" not in head and "&lt;script&gt;" in head
    assert "<b>Daily</b>" not in head and "Evil &lt;b&gt;Daily&lt;/b&gt;" in head
    assert 'id="article-url"' not in head  # it has no URL


def test_the_header_links_the_stories_the_article_is_part_of(server):
    _, listed = get(server, "/api/stories?limit=1000")
    stories = listed["items"]
    contested = next(s for s in stories if s["status"] == "contested")
    for item in contested["reports"][:3] + contested["denials"][:2]:
        _, body = get(server, f"/articles/{item['doc_id']}")
        part = body.split('id="article-stories"')[1].split("</section>")[0]
        assert f'href="/stories/{contested["id"]}"' in part
        assert "contested" in part
    denial = contested["denials"][0]
    _, body = get(server, f"/articles/{denial['doc_id']}")
    assert "here: denial" in body.split('id="article-stories"')[1].split("</section>")[0]


def test_story_evidence_links_to_the_sentence_it_quotes(server):
    _, listed = get(server, "/api/stories?limit=1000")
    checked = 0
    for story in listed["items"][:12]:
        _, body = get(server, f"/stories/{story['id']}")
        links = EVIDENCE_LINK.findall(body)
        assert links, f"story {story['id']} links no sentence"
        assert '<a href="/articles/' not in EVIDENCE_LINK.sub("", body).split(
            "<h2>Reports</h2>")[1].split("</table>")[0]  # every report links a sentence
        for doc_id, n, quoted in links:
            _, analysis = get(server, f"/api/documents/{doc_id}")
            sentence = analysis["sentences"][int(n)]
            said = analysis["document"]["text"][sentence["start"]:sentence["end"]]
            quoted = html.unescape(quoted).strip()
            assert quoted in said or said in quoted, (quoted, said)
            checked += 1
    assert checked >= 12
