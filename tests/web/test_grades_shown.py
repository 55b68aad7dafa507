"""The pages that show claims say why each has its grade and what the grades mean (issue
16): an article's claims table and details data, an actor's claims, a story's legend —
the same reasons as the API's, escaped as text."""

from __future__ import annotations

import html
import json
import re

import pytest

from newsledger.ontology import GRADE_MEANINGS

from .test_api import get

REASON = re.compile(r'<small class="reason">(.*?)</small>', re.S)
LEGEND = re.compile(r'<dl class="grade-legend" id="grade-legend">(.*?)</dl>', re.S)
DATA = re.compile(r'<script type="application/json" id="analysis-data">(.*?)</script>', re.S)


def legend_of(page: str) -> list[str]:
    """The meanings the page's grade legend gives, as text."""
    found = LEGEND.findall(page)
    assert len(found) == 1, "one legend a page"
    return [html.unescape(re.sub(r"<[^>]+>", "", d)).strip()
            for d in re.findall(r"<dd>(.*?)</dd>", found[0], re.S)]


@pytest.fixture(scope="module")
def claims(server) -> list[dict]:
    _, body = get(server, "/api/claims?limit=10000")
    return body["items"]


def test_an_articles_claims_give_the_apis_reasons_and_the_legend(server, claims):
    carried = next(c for c in claims if c["why"][0].startswith("attr:carry-over"))
    doc_id = carried["doc_id"]
    status, page = get(server, f"/articles/{doc_id}")
    assert status == 200
    ours = [c for c in claims if c["doc_id"] == doc_id]
    ours.sort(key=lambda c: int(c["claim_id"][1:]))  # the page lists them in text order
    shown = [html.unescape(r) for r in REASON.findall(page)]
    assert shown == [c["grade_reason"] for c in ours]
    data = json.loads(DATA.findall(page)[0])
    assert {c["id"]: c["grade_reason"] for c in data["claims"]} == {
        c["claim_id"]: c["grade_reason"] for c in ours}
    assert legend_of(page) == [f"{g} {m}" for g, m in GRADE_MEANINGS.items()]


def test_an_actors_claims_give_their_reasons_and_the_legend(server):
    _, actor = get(server, "/api/actors/PAK")
    status, page = get(server, "/actors/PAK")
    assert status == 200
    expected = [c["grade_reason"] for key in ("statements", "claims_about")
                for c in actor[key]]
    shown = [html.unescape(r) for r in REASON.findall(page)]
    assert expected and shown == [f"({reason})" for reason in expected]
    assert len(legend_of(page)) == len(GRADE_MEANINGS)


def test_a_story_page_has_the_legend(server):
    _, stories = get(server, "/api/stories?limit=1")
    status, page = get(server, f"/stories/{stories['items'][0]['id']}")
    assert status == 200 and legend_of(page)[0] == f"A {GRADE_MEANINGS['A']}"
