"""The overview, actor and network pages and /api/actors/{id} through the real server:
the roll-up of Pakistan with totals that add up, links up from an organisation, paged
events newest first, tiles that link to their lists, charts with their tables."""

from __future__ import annotations

import html
import re
import urllib.error
import urllib.request

from .test_api import get

ROW = re.compile(r'<tr data-actor="([^"]+)">')


def status_of(base: str, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(base + path, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def cell(page: str, cell_id: str) -> int:
    return int(re.search(rf'<td id="{cell_id}">(\d+)</td>', page).group(1))


def test_the_api_gives_the_roll_up_with_totals_that_add_up(server):
    status, pakistan = get(server, "/api/actors/PAK")
    assert status == 200 and pakistan["rollup"] is True
    members = {m["actor_id"]: m for m in pakistan["members"]}
    assert {"PAKGOV", "PAKMIL", "pak-army"} <= set(members)
    totals = pakistan["totals"]
    assert totals["self"] + totals["members"] - totals["between"] == totals["rollup"]
    assert totals["members"] == sum(m["events"] for m in members.values())
    assert pakistan["events_total"] == totals["rollup"] and len(pakistan["events"]) <= 50
    _, alone = get(server, "/api/actors/PAK?rollup=false&limit=1000")
    assert alone["events_total"] == totals["self"] == len(alone["events"])
    _, page2 = get(server, "/api/actors/PAK?limit=5&offset=5")
    _, page1 = get(server, "/api/actors/PAK?limit=10")
    assert page2["events"] == page1["events"][5:10]
    _, army = get(server, "/api/actors/pak-army")
    assert [p["actor_id"] for p in army["parents"]] == ["PAK", "PAKMIL"]
    for bad in ("?limit=0", "?offset=-1", "?rollup=maybe"):
        status, body = get(server, "/api/actors/PAK" + bad)
        assert status == 400 and "error" in body, bad


def test_the_actor_page_shows_the_roll_up_and_its_sums(server):
    status, page = status_of(server, "/actors/PAK")
    assert status == 200
    _, pakistan = get(server, "/api/actors/PAK")
    rows = ROW.findall(page)
    assert rows == [m["actor_id"] for m in pakistan["members"]]
    assert 'href="/actors/PAKMIL"' in page and 'href="/actors/PAKGOV"' in page
    assert cell(page, "total-self") + cell(page, "total-members") - \
        cell(page, "total-between") == cell(page, "total-rollup") == \
        pakistan["totals"]["rollup"]
    assert "Count Pakistan alone" in page and 'href="/events?country=PAK"' in page
    assert 'id="actor-chart"' in page and 'id="actor-monthly"' in page  # chart + table
    dates = re.findall(r'<tr><td>(\d{4}-\d{2}-\d{2})', page.split('id="actor-events"')[1]
                       .split("</table>")[0])
    assert dates and dates == sorted(dates, reverse=True)
    assert re.search(r'href="/articles/[0-9a-f]+#s\d+"', page)  # evidence at its sentence


def test_an_organisation_links_up_and_pages_go_on(server):
    status, page = status_of(server, "/actors/pak-army")
    assert status == 200
    parents = page.split('id="parents"')[1].split("</p>")[0]
    assert 'href="/actors/PAK"' in parents and 'href="/actors/PAKMIL"' in parents
    assert 'id="rollup"' not in page
    _, pakistan = get(server, "/api/actors/PAK")
    if pakistan["events_total"] > 50:
        _, first = status_of(server, "/actors/PAK")
        assert 'rel="next"' in first
        _, second = status_of(server, "/actors/PAK?rollup=true&offset=50")
        assert 'rel="prev"' in second and f"51–{pakistan['events_total']}" in \
            html.unescape(second)
    status, page = status_of(server, "/actors/PAK?offset=-1")
    assert status == 400


def test_the_overview_links_its_tiles_and_draws_both_charts(server):
    status, page = status_of(server, "/")
    assert status == 200
    counts = page.split('id="counts"')[1].split("</section>")[0]
    for href in ("/articles", "/events", "/actors", "/claims", "/stories"):
        assert f'<a class="count" href="{href}"' in counts, href
    for chart, table in (("events-chart", "events-table"), ("stories-chart", "stories-table")):
        assert f'id="{chart}"' in page and f'id="{table}"' in page
    assert "verbal cooperation" in page and "single-source" in page


def test_the_network_page_has_a_legend_and_hover_counts(server):
    status, page = status_of(server, "/network")
    assert status == 200
    assert "Size: events" in page and "Colour: mean Goldstein" in page
    assert re.search(r"<title>[^<]+: \d+ events \(\d+ as source, \d+ as target\)", page)
    assert 'class="label"' in page
