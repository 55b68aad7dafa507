"""The overview's charts and tiles, the actor roll-up and the network in real headless
Chromium: click from Pakistan to its military and back up; network labels measured by the
browser itself. Screenshot: docs/screenshots/actor-rollup.png (Pakistan's military); the
overview, actor and network screenshots are taken by test_browser.py."""

from __future__ import annotations

import itertools

from .browsing import shot

LABEL_BOXES = """() => Array.from(document.querySelectorAll('svg.network text.label'))
  .map(t => { const b = t.getBBox(); return [b.x, b.y, b.width, b.height]; })"""


def test_overview_tiles_link_to_their_lists_and_charts_show(page, server):
    page.goto(server + "/")
    tiles = page.locator("#counts a.count")
    hrefs = {tiles.nth(i).get_attribute("data-count"): tiles.nth(i).get_attribute("href")
             for i in range(tiles.count())}
    assert hrefs == {"documents": "/articles", "events": "/events", "claims": "/claims",
                     "actors": "/actors", "stories": "/stories"}
    for chart in ("#events-chart", "#stories-chart"):
        box = page.locator(chart).bounding_box()
        assert box and box["width"] > 300 and box["height"] > 120, chart
    assert page.locator("#events-chart rect.seg").count() >= 4
    assert "of" in page.locator("#events-chart rect.seg title").first.text_content()
    page.locator("#events-over-time summary").click()  # the numbers as a table
    assert page.locator("#events-table tbody tr").first.is_visible()
    page.locator("#counts a[data-count=events]").click()
    page.wait_for_url("**/events")


def test_pakistan_rolls_up_its_government_and_army_and_they_link_back(page, server):
    page.goto(server + "/actors/PAK")
    rollup = page.locator("#rollup")
    military = rollup.locator("tr[data-actor=PAKMIL]")
    government = rollup.locator("tr[data-actor=PAKGOV]")
    assert military.count() == 1 and government.count() == 1
    assert int(military.locator("td").nth(3).inner_text()) > 0  # its events
    assert rollup.locator("tr[data-actor=pak-army]").count() == 1
    total = int(page.locator("#total-rollup").inner_text())
    parts = [int(page.locator(f"#total-{k}").inner_text()) for k in ("self", "members",
                                                                      "between")]
    assert parts[0] + parts[1] - parts[2] == total > parts[0]
    assert page.locator("#actor-chart rect.seg").count() >= 1
    assert page.locator("#actor-chart text.x-label").count() >= 2  # a dated axis
    assert page.locator("#actor-chart text.y-label").count() >= 2  # counts
    military.locator("a").click()
    page.wait_for_url("**/actors/PAKMIL")
    assert page.locator("h1").inner_text() == "Pakistan (military)"
    assert page.locator("#rollup tr[data-actor=pak-army]").count() == 1
    assert "Pakistan" in page.locator("#parents").inner_text()
    shot(page, "actor-rollup")  # a sector: its named actors, and the link up to Pakistan
    page.locator("#parents a[data-relation=country]").click()
    page.wait_for_url("**/actors/PAK")
    assert page.locator("h1").inner_text() == "Pakistan"
    page.locator("#rollup tr[data-actor=pak-army] a").click()
    page.wait_for_url("**/actors/pak-army")
    ups = page.locator("#parents a")
    assert [ups.nth(i).get_attribute("href") for i in range(ups.count())] == [
        "/actors/PAK", "/actors/PAKMIL"]


def test_the_actor_alone_and_paging(page, server):
    page.goto(server + "/actors/PAK")
    together = int(page.locator("#total-rollup").inner_text())
    page.locator("#scope a").click()
    page.wait_for_url("**rollup=false**")
    assert "Pakistan alone" in page.locator("#scope").inner_text()
    alone = int(page.locator("#total-self").inner_text())
    assert f"of {alone}" in page.locator("#events-paging").inner_text()
    assert alone < together
    rows = page.locator("#actor-events tbody tr")
    assert 0 < rows.count() <= 50


def test_network_labels_do_not_overlap_in_the_browser_and_the_legend_shows(page, server):
    page.goto(server + "/network")
    assert page.locator("svg.network g.legend").is_visible()
    boxes = page.evaluate(LABEL_BOXES)
    assert len(boxes) >= 5
    width, height = (float(v) for v in
                     page.locator("svg.network").get_attribute("viewBox").split()[2:])
    for (ax, ay, aw, ah), (bx, by, bw, bh) in itertools.combinations(boxes, 2):
        assert not (ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah)
    assert all(x >= 0 and y >= 0 and x + w <= width and y + h <= height
               for x, y, w, h in boxes)
    title = page.locator("svg.network a.node circle title").first.text_content()
    assert " events (" in title and "as target" in title
