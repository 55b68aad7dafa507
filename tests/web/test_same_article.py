"""The same article gives the same result whichever way it comes in: a ``.txt`` file
ingested, its text pasted in the Analyze form, or sent to /api/analyze. The first line
``date YYYY-MM-DD headline`` gives the date and the title every time, the document id is
the same, and an article already in the ledger is not stored twice: from another outlet
it is recorded as a republication, once."""

from __future__ import annotations

import html
import json
import re
import urllib.parse
import urllib.request

import duckdb
import pytest
from ledger_fixtures import EXAMPLES

from .conftest import start_server, stop_server
from .test_limits import call

EXAMPLE = EXAMPLES / "2025-11-18_sudan-darfur-food-convoy.txt"
TITLE = "UN food convoy reaches Darfur camp as Saudi Arabia pledges $50 million"


@pytest.fixture
def own_server(own_db):
    proc, base = start_server(own_db)
    yield base, own_db
    stop_server(proc)


def stored_id(base: str) -> str:
    _, page, _ = call(base, "/api/documents?limit=1000")
    return next(d["doc_id"] for d in page["items"] if d["title"] == TITLE)


def republications(db) -> list[tuple[str, str]]:
    """(original_id, outlet) of every recorded republication (the server holds no
    connection, so this process can open the file)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT original_id, outlet FROM duplicates ORDER BY outlet"
                           ).fetchall()
    finally:
        con.close()


def test_the_api_reads_the_date_line_and_knows_the_stored_article(own_server):
    base, db = own_server
    doc_id = stored_id(base)
    text = EXAMPLE.read_text(encoding="utf-8")
    status, body, _ = call(base, "/api/analyze", {"text": text})
    assert status == 200 and body["doc_id"] == doc_id and body["stored"] is False
    document = body["analysis"]["document"]
    assert document["title"] == TITLE and document["date"] == "2025-11-18"
    _, stored, _ = call(base, f"/api/documents/{doc_id}")
    assert body["analysis"]["events"] == stored["events"]
    assert body["analysis"]["claims"] == stored["claims"]

    before = republications(db)
    status, body, _ = call(base, "/api/analyze?store=true", {"text": text,
                                                             "outlet": "Other Wire"})
    assert status == 200 and body == {**body, "stored": False, "doc_id": doc_id}
    assert republications(db) == sorted([*before, (doc_id, "Other Wire")])
    for outlet in ("Other Wire", None):  # once per outlet; the original's own adds nothing
        status, again, _ = call(base, "/api/analyze?store=true", {"text": text,
                                                                  "outlet": outlet})
        assert status == 200 and again["stored"] is False and again["doc_id"] == doc_id
    assert republications(db) == sorted([*before, (doc_id, "Other Wire")])
    _, page, _ = call(base, "/api/documents?limit=1000")
    assert [d["title"] for d in page["items"]].count(TITLE) == 1


def test_the_form_reads_the_date_line_too(server):
    doc_id = stored_id(server)
    form = urllib.parse.urlencode({"text": EXAMPLE.read_text(encoding="utf-8")}).encode()
    request = urllib.request.Request(server + "/analyze", data=form,
                                     headers={"Origin": server})
    with urllib.request.urlopen(request, timeout=600) as response:
        page = response.read().decode()
    data = re.search(r'<script type="application/json" id="analysis-data">(.*?)</script>',
                     page, re.S)
    assert data is not None
    analysis = json.loads(data.group(1))
    assert analysis["document"]["id"] == doc_id
    assert analysis["document"]["title"] == TITLE
    assert analysis["document"]["date"] == "2025-11-18"
    assert "2025-11-18" in html.unescape(page.split('class="meta"', 1)[1][:200])


def test_the_forms_own_date_and_title_come_first(server):
    form = urllib.parse.urlencode({"text": "date 2025-11-18 Old title\n\nTurkey sent aid to "
                                           "Gaza on Monday, officials said.",
                                   "title": "New title", "date": "2025-11-20"}).encode()
    request = urllib.request.Request(server + "/analyze", data=form,
                                     headers={"Origin": server})
    with urllib.request.urlopen(request, timeout=600) as response:
        page = response.read().decode()
    assert "<title>newsledger · New title" in page and "2025-11-20" in page
    assert "Old title" not in page
