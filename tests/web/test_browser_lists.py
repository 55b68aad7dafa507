"""The list pages in real headless Chromium: claims with their grade reasons and the A–E
legend, events filtered by outlet down to an evidence anchor, articles and actors sorted
and paged. Screenshots: articles, claims, actors-list, events."""

from __future__ import annotations

import re

from .browsing import shot


def test_claims_show_grades_their_reasons_and_the_legend(page, server):
    page.goto(server + "/claims")
    rows = page.locator("#claim-list tbody tr")
    assert rows.count() == 50 and page.locator("a[rel=next]").count() == 2  # above, below
    reasons = rows.locator("td.reason").all_inner_texts()
    assert sum(1 for r in reasons if r.strip()) > 40
    assert page.locator("#grade-legend dd").count() == 5
    page.select_option("select[name=grade]", "D")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**grade=D**")
    grades = page.locator("#claim-list tbody td.grade").all_inner_texts()
    assert grades and set(grades) == {"D"}
    assert any("vague" in r for r in page.locator("#claim-list td.reason").all_inner_texts())
    link = page.locator("#claim-list a.evidence").first.get_attribute("href")
    assert re.fullmatch(r"/articles/[0-9a-f]{16}#s\d+", link or "")
    shot(page, "claims")


def test_events_by_outlet_lead_to_the_evidence_sentence(page, server):
    page.goto(server + "/events")
    everything = page.locator("#event-table tbody tr").count()
    outlet = "Fennick Times"
    page.fill("#filters input[name=outlet]", outlet)
    page.click("#filters button[type=submit]")
    page.wait_for_url("**outlet=Fennick**")
    rows = page.locator("#event-table tbody tr")
    assert 0 < rows.count() < everything
    assert set(rows.locator("td.outlet").all_inner_texts()) == {outlet}
    shot(page, "events")
    evidence = rows.first.locator("a.evidence")
    href = evidence.get_attribute("href") or ""
    match = re.fullmatch(r"/articles/([0-9a-f]{16})#s(\d+)", href)
    assert match
    evidence.click()
    page.wait_for_url(f"**/articles/{match.group(1)}#s{match.group(2)}")
    sentence = page.locator(f"#s{match.group(2)}")
    assert sentence.count() == 1 and sentence.is_visible()
    page.goto(server + "/events")
    months = page.locator("#event-table time", has_text=re.compile(r"^\d{4}-\d{2}$"))
    assert months.count() >= 1  # a month is shown as a month, not as its first day
    assert page.locator("#event-table small.fallback").count() >= 1  # the article's date


def test_articles_sort_on_the_server_and_page(page, server):
    page.goto(server + "/articles?limit=5")
    assert page.locator("#article-list tbody tr").count() == 5
    page.locator("#article-list th a", has_text="events").click()
    page.wait_for_url("**sort=events**")
    counts = [int(n) for n in page.locator("#article-list tbody td:nth-child(5)")
              .all_inner_texts()]
    assert counts == sorted(counts, reverse=True)
    page.locator("#article-list th a", has_text="events").click()  # again: reversed
    page.wait_for_url("**sort=-events**")
    fewest = [int(n) for n in page.locator("#article-list tbody td:nth-child(5)")
              .all_inner_texts()]
    assert fewest == sorted(fewest) and fewest[0] <= counts[-1]
    first_page = page.locator("#article-list tbody a").first.inner_text()
    page.locator("a[rel=next]").first.click()
    page.wait_for_url("**offset=5**")
    assert "sort=-events" in page.url
    assert page.locator("#article-list tbody a").first.inner_text() != first_page
    assert "articles 6–" in page.locator(".pager .shown").first.inner_text()
    page.goto(server + "/articles")
    shot(page, "articles")


def test_actors_filter_sort_and_link_to_their_pages(page, server):
    page.goto(server + "/actors?limit=10")
    assert page.locator("#actor-list tbody tr").count() == 10
    page.locator("a[rel=next]").first.click()
    page.wait_for_url("**offset=10**")
    assert page.locator("a[rel=prev]").count() >= 1
    page.goto(server + "/actors")
    page.fill("#filters input[name=country]", "pak")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**country=pak**")
    assert set(page.locator("#actor-list tbody td:nth-child(4)").all_inner_texts()) == {"PAK"}
    page.locator("#actor-list th a", has_text="name").click()
    page.wait_for_url("**sort=name**")
    names = page.locator("#actor-list tbody td:first-child").all_inner_texts()
    assert names == sorted(names, key=str.lower)
    shot(page, "actors-list")
    page.locator("#actor-list tbody a", has_text="Pakistan Army").click()
    page.wait_for_url("**/actors/pak-army**")
    assert "Pakistan Army" in page.locator("h1").inner_text()
