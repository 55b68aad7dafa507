"""One actor with its roll-up (store/actor_query.py) on the examples ledger: what belongs
to Pakistan and what Pakistan's army belongs to, totals that add up, lists newest first
and paged."""

from __future__ import annotations

import pytest

from newsledger.store import Ledger, QueryError
from newsledger.store.actor_query import actor

PAKISTANI = "(SELECT actor_id FROM actors WHERE country = 'PAK')"


@pytest.fixture(scope="module")
def ledger(demo_db):
    with Ledger(demo_db, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def pakistan(ledger):
    return actor(ledger, "PAK")


def involving(ledger, actor_id: str) -> int:
    return ledger.scalar("SELECT count(*) FROM events WHERE source_actor = ? OR "
                         "target_actor = ?", [actor_id, actor_id])


def test_a_country_rolls_up_its_sectors_and_named_actors(ledger, pakistan):
    members = {m["actor_id"]: m for m in pakistan["members"]}
    assert {"PAKGOV", "PAKMIL", "pak-army"} <= set(members)
    assert "PAK" not in members
    countries = dict(ledger.con.execute("SELECT actor_id, country FROM actors").fetchall())
    assert {countries[a] for a in members} == {"PAK"}
    assert pakistan["rollup"] is True and pakistan["parents"] == []
    for actor_id, member in members.items():  # each row: the events it takes part in
        assert member["events"] == involving(ledger, actor_id), actor_id
        assert 0 <= member["happened"] <= member["events"]
    events = [m["events"] for m in pakistan["members"]]
    assert events == sorted(events, reverse=True)


def test_the_roll_up_totals_add_up(ledger, pakistan):
    totals = pakistan["totals"]
    assert totals["self"] == involving(ledger, "PAK")
    assert totals["members"] == sum(m["events"] for m in pakistan["members"])
    assert totals["rollup"] == ledger.scalar(
        f"SELECT count(*) FROM events WHERE source_actor IN {PAKISTANI} OR "
        f"target_actor IN {PAKISTANI}")
    assert totals["self"] + totals["members"] - totals["between"] == totals["rollup"]
    assert totals["rollup"] > totals["self"] > 0
    assert pakistan["events_total"] == totals["rollup"]


def test_an_organisation_links_up_to_its_sector_and_country(ledger):
    army = actor(ledger, "pak-army")
    assert [(p["actor_id"], p["relation"]) for p in army["parents"]] == [
        ("PAK", "country"), ("PAKMIL", "code")]
    assert army["members"] == [] and army["rollup"] is False
    assert army["totals"]["rollup"] == army["totals"]["self"] == involving(ledger, "pak-army")
    military = actor(ledger, "PAKMIL")
    assert [p["actor_id"] for p in military["parents"]] == ["PAK"]
    assert "pak-army" in {m["actor_id"] for m in military["members"]}
    assert all(m["code"].startswith("PAKMIL") for m in military["members"])


def test_the_actor_alone_counts_only_its_own_events(ledger):
    alone = actor(ledger, "PAK", rollup=False, limit=1000)
    assert alone["rollup"] is False
    assert alone["events_total"] == len(alone["events"]) == involving(ledger, "PAK")
    assert all("PAK" in (e["source_actor"], e["target_actor"]) for e in alone["events"])
    assert all(n["actor_id"] != "PAK" for n in alone["neighbours"])


def test_events_are_newest_first_and_pages_join_up(ledger, pakistan):
    whole = actor(ledger, "PAK", limit=1000)["events"]
    dates = [e["date"] for e in whole if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert all(e["date"] is None for e in whole[len(dates):])  # undated last
    pages = [actor(ledger, "PAK", limit=7, offset=o)["events"]
             for o in range(0, len(whole), 7)]
    joined = [(e["doc_id"], e["event_id"]) for page in pages for e in page]
    assert joined == [(e["doc_id"], e["event_id"]) for e in whole]
    assert len(set(joined)) == len(joined) == pakistan["events_total"]


def test_counterparts_are_outside_the_roll_up_and_claims_newest_first(ledger, pakistan):
    members = {m["actor_id"] for m in pakistan["members"]} | {"PAK"}
    assert pakistan["neighbours"] and not members & {
        n["actor_id"] for n in pakistan["neighbours"]}
    assert pakistan["neighbours_total"] >= len(pakistan["neighbours"])
    for key in ("statements", "claims_about"):
        rows = pakistan[key]
        assert rows and pakistan[f"{key}_total"] >= len(rows), key
        dates = [r["date"] for r in rows if r["date"]]
        assert dates == sorted(dates, reverse=True), key
        assert all(r["grade_reason"] and isinstance(r["why"], list) for r in rows), key


def test_the_monthly_series_is_the_roll_ups(ledger, pakistan):
    alone = actor(ledger, "PAK", rollup=False)
    assert sum(m["total"] for m in pakistan["monthly"]) > sum(
        m["total"] for m in alone["monthly"]) > 0


@pytest.mark.parametrize("bad", ["nobody", "PAK' OR '1'='1", "x'); DROP TABLE actors;--"])
def test_an_unknown_actor_is_a_query_error(ledger, bad):
    with pytest.raises(QueryError):
        actor(ledger, bad)


def test_a_negative_offset_is_a_query_error(ledger):
    with pytest.raises(QueryError):
        actor(ledger, "PAK", offset=-1)
