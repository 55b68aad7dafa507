"""The five lists (articles, actors, claims, events, stories) on the demo ledger: the shared
filter names, sorts from a whitelist, pages walked with limit and offset, one query per
page, and actor values that are exact or an error naming the candidates (issue 16)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import store as q
from newsledger.store import EventFilter, Ledger, QueryError

from .test_stories_query import statements


@pytest.fixture(scope="module")
def ledger(demo_db):
    with Ledger(demo_db, read_only=True) as opened:
        yield opened


def ids(table, key: str) -> list:
    return [r[key] for r in table.records()]


def test_articles_filter_by_outlet_dates_and_text(ledger):
    everything = q.articles(ledger, limit=1000).records()
    outlet = next(r["outlet"] for r in everything if r["outlet"])
    by_outlet = q.articles(ledger, outlet=outlet.upper(), limit=1000).records()
    assert by_outlet and {r["outlet"] for r in by_outlet} == {outlet}
    window = q.articles(ledger, since="2025-10-29", until="2025-10-31", limit=1000).records()
    assert window and len(window) < len(everything)
    assert all(dt.date(2025, 10, 29) <= r["date"] <= dt.date(2025, 10, 31) for r in window)
    found = q.articles(ledger, q="TROOP", limit=1000).records()
    assert found and all("troop" in (r["title"] + (r["url"] or "")).lower() for r in found)
    assert sum(r["events"] for r in everything) == ledger.scalar("SELECT count(*) FROM events")


def test_articles_sort_both_ways_and_walk_by_offset(ledger):
    newest = q.articles(ledger, limit=1000).records()
    assert [r["date"] for r in newest] == sorted((r["date"] for r in newest), reverse=True)
    busiest = [r["events"] for r in q.articles(ledger, sort="events", limit=1000).records()]
    assert busiest == sorted(busiest, reverse=True) and busiest[0] > busiest[-1]
    fewest = [r["events"] for r in q.articles(ledger, sort="-events", limit=1000).records()]
    assert fewest == sorted(fewest)
    titles = ids(q.articles(ledger, sort="title", limit=1000), "title")
    assert titles == sorted(titles, key=str.lower)
    walked = [d for offset in range(0, len(newest), 4)
              for d in ids(q.articles(ledger, limit=4, offset=offset), "doc_id")]
    assert walked == [r["doc_id"] for r in newest]


def test_actors_filter_by_country_kind_and_text_and_sort_by_name(ledger):
    pakistani = q.actor_list(ledger, country="pak", limit=1000).records()
    assert len(pakistani) > 3 and {r["country"] for r in pakistani} == {"PAK"}
    people = q.actor_list(ledger, kind="PERSON", limit=1000).records()
    assert people and {r["kind"] for r in people} == {"person"}
    army = q.actor_list(ledger, q="pakistani army", limit=1000).records()  # an alias
    assert [r["actor_id"] for r in army] == ["pak-army"]
    names = ids(q.actor_list(ledger, sort="name", limit=1000), "name")
    assert names == sorted(names, key=str.lower)
    counted = q.actor_list(ledger, sort="events", limit=5).records()
    assert all(r["events"] == r["as_source"] + r["as_target"] for r in counted)
    assert [r["events"] for r in counted] == sorted((r["events"] for r in counted),
                                                    reverse=True)


def test_claims_take_the_shared_filters(ledger):
    everything = q.claims(ledger, limit=10_000).records()
    outlet = next(r["outlet"] for r in everything if r["outlet"])
    assert {r["outlet"] for r in q.claims(ledger, outlet=outlet, limit=10_000).records()} \
        == {outlet}
    window = q.claims(ledger, since="2025-10-30", until="2025-10-30", limit=10_000).records()
    assert window and {r["date"] for r in window} == {dt.date(2025, 10, 30)}
    mobilize = q.claims(ledger, type="mobilize", limit=10_000).records()
    assert 0 < len(mobilize) < len(everything)
    said = q.claims(ledger, q="Troops", limit=10_000).records()
    assert said and all("troops" in (r["text"] + (r["source"] or "")).lower() for r in said)
    graded = [r["grade"] for r in q.claims(ledger, sort="grade", limit=10_000).records()]
    assert graded == sorted(graded, key=lambda g: g or "Z") and graded[0] < graded[-1]
    assert all(isinstance(r["sentence"], int) for r in everything)


def test_events_take_grade_and_text_and_sort_from_the_whitelist(ledger):
    graded = q.events(ledger, EventFilter(grade="c"), limit=1000).records()
    assert graded and {r["grade"] for r in graded} == {"C"}
    troops = q.events(ledger, EventFilter(q="TROOPS"), limit=1000).records()
    assert troops and all("troops" in (r["evidence"] + (r["trigger"] or "")
                                       + (r["location"] or "")).lower() for r in troops)
    by_outlet = ids(q.events(ledger, EventFilter(order="outlet"), limit=1000), "outlet")
    assert by_outlet == sorted(by_outlet, key=lambda o: (o is None, (o or "").lower()))
    oldest = ids(q.events(ledger, EventFilter(order="-date"), limit=1000), "date")
    assert oldest == sorted(oldest)
    first = q.events(ledger, limit=1000).records()
    paged = [r for offset in (0, 30, 60, 90) for r in
             q.events(ledger, limit=30, offset=offset).records()]
    assert paged == first
    fallback = [r for r in first if r["date_precision"] == "none"]
    assert fallback and all(r["date_text"] is None for r in fallback)


def test_stories_take_type_until_text_and_sort(ledger):
    everything = q.stories(ledger, limit=1000)
    kind = everything[0]["plover_type"]
    typed = q.stories(ledger, type=kind.lower(), limit=1000)
    assert typed and {s["plover_type"] for s in typed} == {kind} and len(typed) < len(everything)
    dated = [s["date_start"] for s in q.stories(ledger, sort="date", limit=1000)]
    assert [d for d in dated if d] == sorted((d for d in dated if d), reverse=True)
    early = q.stories(ledger, until="2025-10-29", limit=1000)
    assert early and all(s["date_start"] <= "2025-10-29" for s in early)
    word = everything[0]["headline"].split()[0]
    assert all(word.lower() in s["headline"].lower()
               for s in q.stories(ledger, q=word, limit=1000))


def test_every_page_costs_one_query_however_long(ledger):
    """One statement per page (claims: two, the page's ids then their rows, and one more
    when the newest articles do not fill a page; one more to read an actor value), never
    one per row."""
    for ask, kwargs, cost in ((q.articles, {}, 1), (q.actor_list, {}, 1), (q.claims, {}, 2),
                              (q.events, {}, 1)):
        long_page, many = statements(ledger, ask, limit=1000, **kwargs)
        short_page, few = statements(ledger, ask, limit=1, **kwargs)
        assert len(long_page.rows) > 5 and len(short_page.rows) == 1
        assert few == cost and many <= cost + 1, ask.__name__
    _, with_actor = statements(ledger, q.events, EventFilter(actor="PAK"), limit=1000)
    assert with_actor == 2
    _, claims_by_actor = statements(ledger, q.claims, actor="Pakistan Army", limit=1000)
    assert claims_by_actor <= 4


@pytest.mark.parametrize("value", ["Pak", "munir"])
def test_a_partial_actor_name_names_its_candidates(ledger, value):
    for ask in (lambda: q.events(ledger, EventFilter(actor=value)),
                lambda: q.claims(ledger, actor=value), lambda: q.stories(ledger, actor=value)):
        with pytest.raises(QueryError, match="no actor is called") as raised:
            ask()
        assert "\n" not in str(raised.value)
    message = str(raised.value)
    if value == "Pak":
        assert "Pakistan (PAK)" in message and "…" in message  # five named, and more
    else:
        assert "Asim Munir (asim-munir)" in message


def test_exact_names_ids_and_codes_win_and_unknown_actors_are_errors(ledger):
    army = q.events(ledger, EventFilter(actor="pak-army"), limit=1000).records()
    assert army == q.events(ledger, EventFilter(actor="pakistani army"), limit=1000).records()
    country = q.events(ledger, EventFilter(actor="PAK"), limit=1000).records()
    assert len(country) > len(army) > 0
    for value in ("Nobody Daily", "ZZZ"):
        with pytest.raises(QueryError, match=f"no actor matches '{value}'"):
            q.events(ledger, EventFilter(actor=value))


@pytest.mark.parametrize("ask, kwargs, message", [
    (q.articles, {"sort": "random()"}, "sort 'random()' is not one of date"),
    (q.actor_list, {"kind": "planet"}, "kind 'planet' is not one of"),
    (q.actor_list, {"sort": "-secret"}, "sort '-secret'"),
    (q.claims, {"type": "HUG"}, "type 'HUG'"),
    (q.claims, {"since": "yesterday"}, "since 'yesterday' is not a date"),
    (q.stories, {"type": "HUG"}, "type 'HUG'"),
    (q.stories, {"sort": "headline; DROP TABLE stories"}, "sort"),
    (q.articles, {"q": "x" * 201}, "longer than 200"),
    (q.articles, {"offset": -1}, "must not be negative"),
    (q.actor_list, {"limit": -1}, "must not be negative")])
def test_bad_values_are_one_line_query_errors(ledger, ask, kwargs, message):
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ask(ledger, **kwargs)
    assert ledger.scalar("SELECT count(*) FROM stories") > 0
