"""One events filter for the page, its CSV link and the API: given the same query they list
the same events in the same order."""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
from html.parser import HTMLParser

import pytest

from .conftest import HOSTILE
from .test_security import fetch

Key = tuple[str, str, str, str]  # date, type, status, doc_id


class EventsPage(HTMLParser):
    """The rows of ``#event-table`` and the href of the ``#csv`` link."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Key] = []
        self.csv = ""
        self.cells: list[str] | None = None
        self.doc = ""
        self.date = ""  # the <time datetime> of the row (its text may be a month)
        self.table = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag == "a" and attr.get("id") == "csv":
            self.csv = attr["href"] or ""
        elif tag == "tbody":
            self.table = True
        elif self.table and tag == "tr":
            self.cells, self.doc, self.date = [], "", ""
        elif self.cells is not None and tag == "td":
            self.cells.append("")
        elif self.cells is not None and tag == "time":
            self.date = attr["datetime"] or ""
        elif self.cells is not None and tag == "a" and attr.get("class") == "evidence":
            self.doc = (attr["href"] or "").removeprefix("/articles/").split("#")[0]

    def handle_data(self, data: str) -> None:
        if self.cells:
            self.cells[-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr" and self.cells is not None:
            kind, status = (c.strip() for c in self.cells[1:3])
            self.rows.append((self.date, kind, status, self.doc))
            self.cells = None
        elif tag == "tbody":
            self.table = False


def key(item: dict) -> Key:
    return (item["date"] or "", item["type"], item["status"], item["doc_id"])


@pytest.mark.parametrize("query", [
    "", "type=MOBILIZE", "type=mobilize&sort=significance", "actor=Pakistan",
    "country=pak&status=OCCURRED", "since=2025-11-01&until=2025-11-25&sort=significance",
    "outlet=" + urllib.parse.quote(HOSTILE["outlet"]), "actor=&type=&sort="])
def test_page_csv_link_and_api_list_the_same_events(server, query):
    status, html = fetch(f"{server}/events?{query}")
    assert status == 200
    page = EventsPage()
    page.feed(html)
    status, body = fetch(f"{server}/api/events?{query}&limit=200")
    assert status == 200
    api = [key(item) for item in json.loads(body)["items"]]
    assert page.rows == api and len(api) < 200  # the page shows 200 at most
    assert page.csv.startswith("/api/events?")
    status, text = fetch(server + page.csv)
    assert status == 200
    assert [key(row) for row in csv.DictReader(io.StringIO(text))] == api


def test_the_filters_select_something(server):
    counts = {}
    for query in ("", "type=MOBILIZE", "actor=Pakistan"):
        _, body = fetch(f"{server}/api/events?{query}&limit=200")
        counts[query] = len(json.loads(body)["items"])
    assert counts[""] > counts["type=MOBILIZE"] > 0 and counts[""] > counts["actor=Pakistan"] > 0


@pytest.mark.parametrize("query", ["type=HUG", "since=yesterday", "sort=bogus",
                                   "status=maybe"])
def test_page_and_api_refuse_the_same_bad_filters(server, query):
    page_status, html = fetch(f"{server}/events?{query}")
    api_status, body = fetch(f"{server}/api/events?{query}")
    assert page_status == api_status == 400
    assert json.loads(body)["error"] in html.replace("&#39;", "'")
