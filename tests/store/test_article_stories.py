"""The stories an article is part of (its page's header): one query, every story whose
reports name the article, with the article's roles in it."""

from __future__ import annotations

import pytest

from newsledger import store as q
from newsledger.store import Ledger

from .test_stories_query import statements


@pytest.fixture(scope="module")
def ledger(demo_db):
    with Ledger(demo_db, read_only=True) as opened:
        yield opened


def test_each_article_lists_the_stories_that_name_it_in_one_query(ledger):
    stories = q.stories(ledger, limit=1000)
    expected: dict[str, set[str]] = {}
    for story in stories:
        for item in story["reports"] + story["denials"] + story["answers"]:
            expected.setdefault(item["doc_id"], set()).add(story["id"])
    assert len(expected) >= 3
    for doc_id, story_ids in expected.items():
        found, asked = statements(ledger, q.article_stories, doc_id)
        assert asked == 1
        assert {s["id"] for s in found} == story_ids
        assert all(s["headline"] and s["status"] and s["roles"] for s in found)


def test_a_denying_article_is_a_denial_in_the_story_it_denies(ledger):
    story = q.stories(ledger, status="contested", limit=1)[0]
    denial = story["denials"][0]
    found = {s["id"]: s for s in q.article_stories(ledger, denial["doc_id"])}
    assert "denial" in found[story["id"]]["roles"]
    assert found[story["id"]]["status"] == "contested"


def test_best_sourced_first_and_nothing_for_an_unknown_article(ledger):
    doc_id = q.stories(ledger, limit=1)[0]["reports"][0]["doc_id"]
    found = q.article_stories(ledger, doc_id)
    assert [s["independent_sources"] for s in found] == sorted(
        (s["independent_sources"] for s in found), reverse=True)
    assert q.article_stories(ledger, "0000000000000000") == []
