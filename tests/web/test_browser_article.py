"""The article page in real Chromium (issue 16): ``#s{n}`` opens and marks a sentence, a row
click marks its sentence, a shared attribution offers all its claims, and the details panel
stays in view wherever the reader clicks."""

from __future__ import annotations

import json
import urllib.request

import pytest

from .browsing import shot
from .conftest import wait_for

SEED_TITLE = "Pakistan to send 20,000 troops"


@pytest.fixture(scope="module")
def seed(server) -> dict:
    """The seed article's stored analysis (its id, sentences, events and claims)."""
    with urllib.request.urlopen(server + "/api/documents?limit=100", timeout=60) as answer:
        items = json.loads(answer.read())["items"]
    doc_id = next(d["doc_id"] for d in items if (d["title"] or "").startswith(SEED_TITLE))
    with urllib.request.urlopen(f"{server}/api/documents/{doc_id}", timeout=60) as answer:
        return json.loads(answer.read())


def in_viewport(page, selector: str) -> bool:
    """Whether the first element of ``selector`` is wholly inside the window."""
    return page.evaluate("""(sel) => {
        const r = document.querySelector(sel).getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    }""", selector)


def marked(page) -> list[int]:
    return [int(n) for n in page.locator("#article .sentence.current").evaluate_all(
        "nodes => nodes.map(n => n.dataset.s)")]


def test_an_anchor_opens_its_sentence_marked_and_in_view(page, server, seed):
    sentences = sorted({e["evidence"]["sentence"] for e in seed["events"]})
    n = sentences[len(sentences) * 2 // 3]  # far enough down to need a scroll
    page.goto(f"{server}/articles/{seed['document']['id']}#s{n}")
    wait_for(lambda: marked(page) == [n], 30, what=f"sentence {n} marked")
    assert in_viewport(page, f"#s{n}")
    inside = page.locator(f"#s{n} .mark.focus")
    assert inside.count() >= 1  # its trigger, actors and attribution are marked too
    kinds = " ".join(inside.evaluate_all("nodes => nodes.map(n => n.className)"))
    assert "trigger" in kinds and "actor" in kinds
    assert page.locator("#details [data-choice]").count() == len(
        [e for e in seed["events"] if e["evidence"]["sentence"] == n]
        + [c for c in seed["claims"] if c["sentence"] == n])
    shot(page, "article-anchor")
    page.evaluate("() => { window.location.hash = '#s2'; }")  # no reload
    wait_for(lambda: marked(page) == [2], 30, what="sentence 2 marked after a hash change")
    assert in_viewport(page, "#s2")


def test_a_row_click_marks_and_shows_its_sentence(page, server, seed):
    page.goto(f"{server}/articles/{seed['document']['id']}")
    event = max(seed["events"], key=lambda e: e["evidence"]["sentence"])
    n = event["evidence"]["sentence"]
    assert not in_viewport(page, f"#s{n}")
    page.locator(f"#events tr.row[data-ref='{event['id']}']").click()
    wait_for(lambda: marked(page) == [n], 30, what="the event's sentence marked")
    wait_for(lambda: in_viewport(page, f"#s{n}"), 30, what="the sentence scrolled into view")
    assert event["id"] in page.locator("#details h4").inner_text()
    assert page.locator(f"#s{n} .mark.trigger.focus").count() >= 1
    claim = seed["claims"][0]
    page.locator(f"#claims tr.row[data-ref='{claim['id']}']").click()
    wait_for(lambda: marked(page) == [claim["sentence"]], 30, what="the claim's sentence")
    assert page.locator("#claims tr.row.selected").count() == 1


def test_a_shared_attribution_offers_each_claim_it_serves(page, server, seed):
    spans: dict[tuple, list[str]] = {}
    for c in seed["claims"]:
        a = c["attribution"]
        if a["start"] is not None and a["type"] != "unattributed":
            spans.setdefault((a["start"], a["end"]), []).append(c["id"])
    shared = next(ids for ids in spans.values() if len(ids) > 1)
    page.goto(f"{server}/articles/{seed['document']['id']}")
    span = page.locator(f"#article .mark.attribution[data-refs~='{shared[0]}']").first
    span.click()
    choices = page.locator("#details [data-choice]")
    assert choices.evaluate_all("bs => bs.map(b => b.dataset.choice)") == shared
    assert page.locator("#details .detail").count() == 0  # no claim opened unasked
    choices.nth(1).click()
    assert page.locator("#details .detail h4").inner_text().startswith(shared[1] + " ")
    assert choices.count() == len(shared)  # the list stays to choose another
    assert page.locator(f"#claims tr.row.selected[data-ref='{shared[1]}']").count() == 1


def test_the_details_stay_in_view_after_a_click_at_the_bottom(page, server, seed):
    page.goto(f"{server}/articles/{seed['document']['id']}")
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    wait_for(lambda: page.evaluate("() => window.scrollY") > 300, 30, what="scrolled down")
    last = page.locator("#article .mark.trigger").last
    last.click()
    assert in_viewport(page, "#details")
    box = page.locator("#details").bounding_box()
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= 900
    assert "CAMEO" in page.locator("#details").inner_text()
    row = page.locator("#events tr.row.selected")
    assert row.count() == 1 and in_viewport(page, "#events tr.row.selected")


def test_a_story_evidence_link_opens_the_sentence(page, server):
    page.goto(server + "/stories?status=contested")
    page.locator("#stories a").first.click()
    link = page.locator("#reports a[href*='#s']").last
    href = link.get_attribute("href")
    n = int(href.rsplit("#s", 1)[1])
    link.click()
    page.wait_for_url(f"**{href}")
    wait_for(lambda: marked(page) == [n], 30, what="the quoted sentence marked")
    assert in_viewport(page, f"#s{n}")
