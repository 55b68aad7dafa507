"""Search in real headless Chromium: the search box in the nav of every page, the results
page, and a result that opens its article at the matching sentence, marked (issue 16:
search -> article -> sentence highlighted). Screenshot: docs/screenshots/search.png."""

from __future__ import annotations

import re

from .browsing import shot

HIT = re.compile(r"/articles/([0-9a-f]{16})#s(\d+)")


def test_search_box_to_the_article_sentence(page, server):
    page.goto(server + "/events")  # the box is in the nav of every page
    box = page.locator("#search-box input[name=q]")
    box.fill("troops Gaza")
    box.press("Enter")
    page.wait_for_url("**/search?q=troops+Gaza")
    assert page.locator("#search-results li.hit").count() >= 10
    assert page.locator("#search-results mark").count() >= 10
    assert {m.lower()[:5] for m in page.locator("#search-results mark").all_inner_texts()} \
        <= {"troop", "gaza"}
    assert page.locator("#search-box input[name=q]").input_value() == "troops Gaza"
    shot(page, "search")

    link = page.locator("#search-results li.hit-article a.hit-link").first
    found = HIT.fullmatch(link.get_attribute("href") or "")
    assert found, link.get_attribute("href")
    doc_id, n = found.groups()
    link.click()
    page.wait_for_url(f"**/articles/{doc_id}#s{n}")
    sentence = page.locator(f"#s{n}")
    assert sentence.count() == 1
    page.wait_for_selector(f'.sentence.current[data-s="{n}"]')  # marked by the page script
    assert re.search(r"troop|gaza", sentence.inner_text(), re.I)
    box = sentence.bounding_box()
    assert box is not None and 0 <= box["y"] < 900  # scrolled into view


def test_kind_tabs_and_next_page(page, server):
    page.goto(server + "/search?q=Pakistan")
    page.locator("#search-kinds a", has_text="claims").click()
    page.wait_for_url("**kind=claim**")
    kinds = page.locator("#search-results .kind").all_inner_texts()
    assert kinds and {k.lower() for k in kinds} == {"claim"}
    first = page.locator("#search-results a.hit-link").first.get_attribute("href")
    page.click("#search-next")
    page.wait_for_url("**offset=20**")
    assert page.locator("#search-results a.hit-link").first.get_attribute("href") != first
    assert page.locator("#search-results").get_attribute("start") == "21"
