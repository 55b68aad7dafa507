"""The charts' series (store/series.py) on the examples ledger with its stories: months
consecutive and in order, and every count adds up to what the tables hold."""

from __future__ import annotations

import pytest

from newsledger.ontology import HAPPENED_STATUSES, QUAD_CLASSES, STORY_STATUSES
from newsledger.store import Ledger
from newsledger.store.series import (
    ActorSet,
    events_by_month,
    fill_months,
    month_range,
    stories_by_month,
)

QUAD_KEYS = [key for key, _ in QUAD_CLASSES.values()]


@pytest.fixture(scope="module")
def ledger(demo_db):
    with Ledger(demo_db, read_only=True) as opened:
        yield opened


def consecutive(months: list[dict]) -> bool:
    names = [m["month"] for m in months]
    return names == month_range(names[0], names[-1])


def test_month_range_crosses_a_year_and_fill_months_puts_zeros_in_the_gaps():
    assert month_range("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert month_range("2025-03", "2025-03") == ["2025-03"]
    filled = fill_months({"2025-01": {"a": 2}, "2025-03": {"a": 1, "b": 4}}, ["a", "b"])
    assert [m["month"] for m in filled] == ["2025-01", "2025-02", "2025-03"]
    assert filled[1] == {"month": "2025-02", "a": 0, "b": 0, "total": 0}
    assert filled[2]["total"] == 5
    assert fill_months({}, ["a"]) == []


@pytest.mark.parametrize("all_statuses", [False, True])
def test_events_by_month_adds_up_to_the_events_table(ledger, all_statuses):
    series = events_by_month(ledger, all_statuses=all_statuses)
    months = series["months"]
    assert months and consecutive(months)
    assert all(m["total"] == sum(m[k] for k in QUAD_KEYS) for m in months)
    where = "TRUE" if all_statuses else \
        f"status IN ({', '.join(repr(s) for s in HAPPENED_STATUSES)})"
    assert series["counted"] == ledger.scalar(f"SELECT count(*) FROM events WHERE {where}")
    for n, (key, _) in QUAD_CLASSES.items():
        in_class = ledger.scalar(f"SELECT count(*) FROM events WHERE {where} AND "
                                 "quad_class = ? AND event_date IS NOT NULL "
                                 "AND date_precision IS DISTINCT FROM 'year'", [n])
        assert sum(m[key] for m in months) == in_class, key
    busiest = max(months, key=lambda m: m["total"])
    assert busiest["goldstein"] is not None
    assert all(m["goldstein"] is None for m in months if m["total"] == 0)


def test_events_by_month_of_a_set_of_actors_counts_only_their_events(ledger):
    pakistan = ActorSet("SELECT actor_id FROM actors WHERE country = ?", ["PAK"])
    series = events_by_month(ledger, pakistan, all_statuses=True)
    expected = ledger.scalar("""
        SELECT count(*) FROM events WHERE source_actor IN (SELECT actor_id FROM actors
        WHERE country = 'PAK') OR target_actor IN (SELECT actor_id FROM actors
        WHERE country = 'PAK')""")
    assert 0 < series["counted"] == expected < events_by_month(
        ledger, all_statuses=True)["counted"]


def test_stories_by_month_adds_up_to_the_stories_table_by_status(ledger):
    series = stories_by_month(ledger)
    months = series["months"]
    assert months and consecutive(months)
    assert series["counted"] == ledger.scalar("SELECT count(*) FROM stories") > 0
    by_status = dict(ledger.con.execute(
        "SELECT status, count(*) FROM stories WHERE date_start IS NOT NULL "
        "GROUP BY 1").fetchall())
    assert {s: sum(m[s] for m in months) for s in STORY_STATUSES if by_status.get(s)} == \
        by_status


def test_a_year_alone_is_counted_apart_not_in_january(ledger):
    """ "this year" is stored as 1 January of it: no month of the chart holds it (the
    overview and actor charts ran from January with eight empty months)."""
    year_only = ledger.scalar("SELECT count(*) FROM events WHERE date_precision = 'year'")
    undated = ledger.scalar("SELECT count(*) FROM events WHERE event_date IS NULL")
    assert year_only > 0  # the examples have one ("this year")
    assert events_by_month(ledger, all_statuses=True)["undated"] == year_only + undated
    # nor does it date a story: its reports take the article's day
    assert ledger.scalar("""SELECT count(*) FROM stories s JOIN story_reports r USING
                            (story_id) JOIN events e USING (event_uid)
                            WHERE e.date_precision = 'year'""") > 0
    assert ledger.scalar("SELECT count(*) FROM stories WHERE date_start = DATE '2025-01-01'"
                         " OR date_end = DATE '2025-01-01'") == 0
