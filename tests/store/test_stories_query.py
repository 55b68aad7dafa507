"""The stories list on the examples ledger with its stories: one query for any page (issue
16: it used to ask three per story, then four per page), the same stories as when each is
read alone, and pages that can be walked with limit and offset."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsledger import store as q
from newsledger.store import Ledger, QueryError


class CountingConnection:
    """A DuckDB connection that counts the statements it is given (and runs them)."""

    def __init__(self, con: Any):
        self.con, self.statements = con, 0

    def execute(self, *args: Any, **kwargs: Any) -> Any:
        self.statements += 1
        return self.con.execute(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.con, name)


@pytest.fixture(scope="module")
def ledger(demo_db):
    with Ledger(demo_db, read_only=True) as opened:
        yield opened


def statements(ledger: Ledger, ask, *args: Any, **kwargs: Any) -> tuple[Any, int]:
    """What ``ask(ledger, …)`` returns and how many statements it ran."""
    counting, plain = CountingConnection(ledger.con), ledger.con
    ledger.con = counting
    try:
        return ask(ledger, *args, **kwargs), counting.statements
    finally:
        ledger.con = plain


def test_a_page_of_stories_costs_the_same_queries_however_long(ledger):
    everything, many = statements(ledger, q.stories, limit=1000)
    one, few = statements(ledger, q.stories, limit=1)
    assert len(everything) >= 10 and len(one) == 1
    assert many == few == 1  # the page's rows with their reports, conflicts and answers
    by_actor, with_actor = statements(ledger, q.stories, actor="PAK", limit=1000)
    assert by_actor and with_actor == 2  # and one to resolve the actor
    _, for_one = statements(ledger, q.story, everything[0]["id"])
    assert for_one == 1


def test_the_list_gives_each_story_as_it_reads_alone(ledger):
    """Read alone, a story is what the list gave before it read them together (the list
    was built story by story): every field of every story, in the same order."""
    listed = q.stories(ledger, limit=1000)
    alone = [q.story(ledger, s["id"]) for s in listed]
    assert json.dumps(listed, default=str) == json.dumps(alone, default=str)
    assert any(s["denials"] for s in listed) and any(s["conflicts"] for s in listed)
    assert all(r["sentences"] or r["kind"] != "report" for s in listed for r in s["reports"])


def test_offset_walks_every_story_once_in_order(ledger):
    everything = [s["id"] for s in q.stories(ledger, limit=1000)]
    walked = [s["id"] for offset in range(0, len(everything), 3)
              for s in q.stories(ledger, limit=3, offset=offset)]
    assert walked == everything and len(set(walked)) == len(walked)
    assert q.stories(ledger, limit=5, offset=len(everything)) == []
    contested = [s["id"] for s in q.stories(ledger, status="contested", limit=1000)]
    assert [s["id"] for s in q.stories(ledger, status="contested", limit=1000,
                                       offset=1)] == contested[1:]


@pytest.mark.parametrize("limit, offset", [(5, -1), (-1, 0)])
def test_a_negative_limit_or_offset_is_a_query_error(ledger, limit, offset):
    with pytest.raises(QueryError, match="must not be negative"):
        q.stories(ledger, limit=limit, offset=offset)
