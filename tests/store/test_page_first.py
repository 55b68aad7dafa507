"""Page-first lists give the rows of a plain query (issue 16): the claims' newest-documents
window (``claims_query.page_ids``) and the events' page picked on the events table alone
(``queries.EVENT_PAGE_SQL``), each compared with the query over every row, on the demo
ledger."""

from __future__ import annotations

import pytest

from newsledger import store as q
from newsledger.store import EventFilter, Ledger, claims_query, queries
from newsledger.store.filters import EVENT_SORTS


@pytest.fixture(scope="module")
def ledger(demo_db):
    with Ledger(demo_db, read_only=True) as opened:
        yield opened


CLAIM_FILTERS = [{}, {"grade": "C"}, {"actor": "PAK"}, {"actor": "pak-army"},
                 {"q": "said"}, {"hedged": True}, {"actor": "PAK", "grade": "B"}]


@pytest.mark.parametrize("filters", CLAIM_FILTERS)
def test_claims_in_a_small_window_are_the_claims_of_every_article(ledger, monkeypatch,
                                                                  filters):
    """A window of one document per row (full or not: then every claim is searched) gives
    the same pages as no window at all (0 documents: never full)."""
    pages = {}
    for per_row in (0, 1):
        monkeypatch.setattr(claims_query, "WINDOW_CLAIMS", per_row)
        pages[per_row] = [q.claims(ledger, limit=limit, offset=offset, **filters).rows
                          for limit, offset in ((3, 0), (5, 2), (1000, 0), (2, 40))]
    assert pages[0] == pages[1]
    assert any(pages[1])


@pytest.mark.parametrize("order", EVENT_SORTS.choices())
@pytest.mark.parametrize("filters", [{}, {"actor": "PAK"}, {"grade": "B"}, {"q": "troops"}])
def test_events_page_first_are_the_events_of_the_joined_query(ledger, monkeypatch, order,
                                                               filters):
    flt = EventFilter.of(sort=order, **filters)
    first = [q.events(ledger, flt, limit=limit, offset=offset).rows
             for limit, offset in ((4, 0), (1000, 3))]
    monkeypatch.setattr(queries, "EVENT_PAGE_SQL", queries.EVENTS_SQL)
    joined = [q.events(ledger, flt, limit=limit, offset=offset).rows
              for limit, offset in ((4, 0), (1000, 3))]
    assert first == joined and first[1]

