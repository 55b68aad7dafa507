"""The pages in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).
Screenshots of each page go to docs/screenshots/."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .browsing import shot


def test_overview(page, server):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator("#newest tr").count() > 5
    assert page.locator("#top-actors a").count() >= 5
    shot(page, "overview")


def test_article_highlights_and_details(page, server):
    page.goto(server + "/")
    page.locator("#newest a", has_text="Pakistan to send 20,000 troops").click()
    page.wait_for_selector("#article")
    assert page.locator("#article .trigger").count() > 3
    assert page.locator("#article .actor").count() > 5
    assert page.locator("#article .attribution").count() >= 1
    page.locator("#article .trigger").first.click()
    details = page.locator("#details").inner_text()
    assert "CAMEO" in details and "status" in details and "why" in details
    page.locator("#article .actor").first.click()
    assert "code" in page.locator("#details").inner_text()
    shot(page, "article")
    page.locator("#claims tr.row").first.click()  # a claim says why it has its grade
    assert "graded:" in page.locator("#details").inner_text()
    assert page.locator("#grade-legend dd").count() == 5


def test_events_filter_and_csv_download(page, server):
    page.goto(server + "/events")
    everything = page.locator("#event-table tbody tr").count()
    page.select_option("select[name=type]", "MOBILIZE")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**type=MOBILIZE**")
    rows = page.locator("#event-table tbody tr")
    assert 0 < rows.count() < everything
    assert all(t == "MOBILIZE" for t in rows.locator("td:nth-child(2)").all_inner_texts())
    shown = rows.count()
    page.locator("#event-table th a", has_text="date").click()  # sorts on the server
    page.wait_for_url("**sort=-date**")  # the filter kept, oldest first
    assert "type=MOBILIZE" in page.url and rows.count() == shown
    dates = rows.locator("td.date time").evaluate_all("ts => ts.map(t => t.dateTime)")
    assert dates == sorted(dates)
    with page.expect_download() as download:
        page.click("#csv")
    content = Path(download.value.path()).read_text(encoding="utf-8")
    table = list(csv.DictReader(io.StringIO(content)))
    assert len(table) == rows.count() and {r["type"] for r in table} == {"MOBILIZE"}
    shot(page, "events")


def test_network_and_actor_pages(page, server):
    page.goto(server + "/network")
    all_nodes = page.locator("svg.network a.node").count()
    assert all_nodes >= 5
    page.locator("svg.network a.node[data-actor='PAK']").click()
    page.wait_for_url("**/actors/PAK")
    shot(page, "actor")
    assert page.locator("h1").inner_text() == "Pakistan"
    assert page.locator("#timeline svg rect").count() >= 1
    assert page.locator("#neighbours tr").count() > 1
    page.goto(server + "/network?type=ASSAULT")
    assert page.locator("svg.network a.node").count() < all_nodes or \
        page.locator("p.empty").count() == 1
    page.goto(server + "/network")
    shot(page, "network")


def test_stories_page(page, server):
    page.goto(server + "/stories")
    assert page.locator("#stories tr").count() > 2
    page.locator("#stories a").first.click()
    assert page.locator("#reports tr").count() >= 1
    assert page.locator("#headline").inner_text().strip()
    page.goto(server + "/stories?status=contested")
    page.locator("#stories a").first.click()  # the seed's troop deal, denied by Pakistan
    assert "Pakistan" in page.locator("#denials").inner_text()
    assert "first reported" in page.locator("#first-report").inner_text().lower()
    shot(page, "story")
    page.goto(server + "/stories")
    shot(page, "stories")


def test_analyze_pasted_text_without_storing(page, server):
    page.goto(server + "/analyze")
    page.fill("textarea[name=text]", "Egypt hosted talks between Israel and Hamas in Cairo "
                                     "on Sunday, according to Reuters.")
    page.fill("input[name=date]", "2025-11-23")
    page.click("#analyze button[type=submit]")
    page.wait_for_selector("#article")
    assert "not stored" in page.locator(".meta").inner_text()
    assert page.locator("#events tr.row").count() >= 1
    page.locator("#article .trigger").first.click()
    assert "CONSULT" in page.locator("#details").inner_text()
    assert page.locator("#checked li").count() >= 1  # what the ledger says about it
    assert "new" in page.locator("#checked").inner_text()
    shot(page, "analyze")


def test_hostile_text_never_runs(page, server):
    page.goto(server + "/")
    page.locator("#newest a", has_text="Lahore").click()
    page.wait_for_selector("#article")
    assert page.evaluate("() => window.__pwned === undefined")
    assert "<script>window.__pwned = 1;</script>" in page.locator("#article").inner_text()
    assert page.locator("#article img").count() == 0
    assert page.locator("#article a[href^='javascript:']").count() == 0
    page.goto(server + "/events?limit=500")
    page.goto(server + "/stories")
    assert page.evaluate("() => window.__pwned === undefined")


def test_analyze_uploaded_file(page, server, tmp_path):
    upload = tmp_path / "upload.txt"
    upload.write_text("date 2025-11-21 Border talks\n\nIndia and China held border talks in "
                      "Beijing on Thursday, the foreign ministry said.\n", encoding="utf-8")
    page.goto(server + "/analyze")
    page.set_input_files("input[name=file]", str(upload))
    page.click("#analyze button[type=submit]")
    page.wait_for_selector("#article")
    assert "Border talks" in page.locator("#article").inner_text()
    assert "2025-11-21" in page.locator(".meta").inner_text()
    assert page.locator("#events tr.row").count() >= 1


def test_pasted_date_line_and_the_forms_own_origin(page, server):
    """The browser sends this server's origin with the form (the pages' Referrer-Policy
    does not blank it), and the pasted first line gives the date and title."""
    page.goto(server + "/analyze")
    page.fill("textarea[name=text]", "date 2025-11-23 Talks in Cairo\n\nEgypt hosted talks "
                                     "between Israel and Hamas in Cairo on Sunday.")
    with page.expect_request("**/analyze") as sent:
        page.click("#analyze button[type=submit]")
    assert sent.value.method == "POST" and sent.value.all_headers()["origin"] == server
    page.wait_for_selector("#article")
    assert "2025-11-23" in page.locator(".meta").inner_text()
    assert page.title() == "newsledger · Talks in Cairo"


def test_another_sites_form_is_refused(page, server):
    """A page of another site posting to the server (the attack the origin check stops)."""
    evil = "http://evil.example/"
    page.route(evil, lambda route: route.fulfill(content_type="text/html", body=(
        f'<form method="post" action="{server}/analyze" enctype="multipart/form-data">'
        '<textarea name="text">Pakistan sent troops to Gaza.</textarea></form>'
        "<script>document.forms[0].submit()</script>")))
    with page.expect_response(f"{server}/analyze") as answer:
        page.goto(evil)
    assert answer.value.status == 403
    assert answer.value.request.all_headers()["origin"] == "http://evil.example"
    assert "another site" in answer.value.json()["error"]
