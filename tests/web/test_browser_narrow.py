"""The pages in a narrow window (900 px: from ~800 px up they are usable) and the article's
details panel over its tables in a wide one (issue 16): nothing scrolls the page sideways
(a wide table scrolls in its own box), the nav wraps, a clicked highlight's details show in
a panel along the bottom of the window, and a clicked row is never under the details."""

from __future__ import annotations

import pytest

from .browsing import shot
from .conftest import wait_for
from .test_browser_article import in_viewport, seed  # noqa: F401  (a fixture)

NARROW = {"width": 900, "height": 800}
PAGES = ("/", "/articles", "/events", "/actors", "/claims", "/stories", "/network", "/docs",
         "/search?q=Pakistan", "/actors/PAK")


def sideways(page) -> tuple[int, int]:
    return page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]")


def boxes_meet(a: dict, b: dict) -> bool:
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


@pytest.mark.parametrize("path", PAGES)
def test_no_page_scrolls_sideways_at_900_px(page, server, path):
    page.set_viewport_size(NARROW)
    page.goto(server + path)
    width, window = sideways(page)
    assert width <= window, f"{path}: {width} px wide in a {window} px window"
    search = page.locator("#search-box input").bounding_box()
    assert search and search["x"] >= 0 and search["x"] + search["width"] <= window
    if path == "/events":
        evidence = page.locator("#event-table td.evidence").first.bounding_box()
        assert evidence and evidence["width"] >= 200  # not a word per line
        shot(page, "events-narrow")


def test_a_highlight_at_900_px_opens_the_details_in_view(page, server, seed):  # noqa: F811
    page.set_viewport_size(NARROW)
    page.goto(f"{server}/articles/{seed['document']['id']}")
    width, window = sideways(page)
    assert width <= window, f"{width} px wide in a {window} px window"
    page.locator("#article .mark.trigger").nth(4).click()
    wait_for(lambda: in_viewport(page, "#details"), 30, what="the details in view")
    assert "CAMEO" in page.locator("#details").inner_text()
    box = page.locator("#details").bounding_box()
    assert box and box["height"] <= 0.41 * NARROW["height"]
    marked = page.locator("#article .sentence.current").first.bounding_box()
    assert marked and marked["y"] + marked["height"] <= box["y"]  # the sentence above it
    shot(page, "article-narrow")
    page.locator("#details button.close").click()
    wait_for(lambda: not in_viewport(page, "#details"), 30, what="the details closed")
    page.locator("#article .mark.actor").nth(6).click()  # the next click opens them again
    wait_for(lambda: in_viewport(page, "#details"), 30, what="the details open again")
    assert "code" in page.locator("#details").inner_text()


def test_a_clicked_row_is_never_under_the_details(page, server, seed):  # noqa: F811
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{server}/articles/{seed['document']['id']}")
    events = [e["id"] for e in seed["events"]]
    for ref in (events[len(events) * 6 // 7], events[len(events) // 2], events[-1]):
        row = page.locator(f"#events tr.row[data-ref='{ref}']")
        row.evaluate("r => r.scrollIntoView({block: 'start'})")  # scrolled to: not under
        details, box = page.locator("#details").bounding_box(), row.bounding_box()
        assert details and box and not boxes_meet(details, box), f"{ref} scrolled to"
        row.click()
        wait_for(lambda r=row: "selected" in (r.get_attribute("class") or ""), 30,
                 what=f"row {ref} selected")
        assert ref in page.locator("#details h4").inner_text()
        details, box = page.locator("#details").bounding_box(), row.bounding_box()
        assert details and box and not boxes_meet(details, box), ref
        assert in_viewport(page, f"#events tr.row[data-ref='{ref}']")
    shot(page, "article-row")
