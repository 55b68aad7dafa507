"""The listing commands (articles, actors, claims, events, stories) run as a user runs them:
the same filter names, --sort, --limit/--offset and --format table|json|csv on each, and a
bad value (an ambiguous or unknown actor, a sort off the whitelist) one line, exit 2."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_cli import run

LISTS = ("articles", "actors", "claims", "events", "stories")


def listed(db: str, command: str, *args: str) -> list[dict]:
    proc = run(command, "--db", db, *args, "-f", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize("command", LISTS)
def test_every_list_pages_with_limit_and_offset_in_every_format(demo_db, command):
    db = str(demo_db)
    everything = listed(db, command, "--limit", "1000")
    page = listed(db, command, "--limit", "3", "--offset", "2")
    assert len(everything) > 5 and page == everything[2:5]
    rows = list(csv.DictReader(io.StringIO(run(command, "--db", db, "--limit", "3", "-f",
                                               "csv").stdout)))
    assert len(rows) == 3
    table = run(command, "--db", db, "--limit", "2")
    assert table.returncode == 0 and "┃" in table.stdout


def test_the_shared_filters_select_on_every_list(demo_db):
    db = str(demo_db)
    outlet = next(a["outlet"] for a in listed(db, "articles", "--limit", "1000") if a["outlet"])
    for command in ("articles", "claims", "events"):
        found = listed(db, command, "--outlet", outlet.lower(), "--limit", "1000")
        assert found and {r["outlet"] for r in found} == {outlet}, command
    for command in ("claims", "events", "stories"):
        typed = listed(db, command, "--type", "MOBILIZE", "--limit", "1000")
        assert 0 < len(typed) < len(listed(db, command, "--limit", "1000")), command
    window = listed(db, "articles", "--since", "2025-10-29", "--until", "2025-10-30")
    assert window and all("2025-10-29" <= a["date"] <= "2025-10-30" for a in window)
    army = listed(db, "actors", "--q", "pakistani army")
    assert [a["actor_id"] for a in army] == ["pak-army"]
    assert listed(db, "actors", "--top", "2") == listed(db, "actors", "--limit", "2")
    graded = listed(db, "events", "--grade", "c", "--limit", "1000")
    assert graded and {e["grade"] for e in graded} == {"C"}


def test_sort_both_ways(demo_db):
    db = str(demo_db)
    most = [a["events"] for a in listed(db, "articles", "--sort", "events", "--limit", "100")]
    fewest = [a["events"] for a in listed(db, "articles", "--sort=-events", "--limit", "100")]
    assert most == sorted(most, reverse=True) and fewest == sorted(fewest) and most != fewest
    oldest = [e["date"] for e in listed(db, "events", "--sort=-date", "--limit", "1000")]
    assert oldest == sorted(oldest)


@pytest.mark.parametrize("args, message", [
    (("events", "--actor", "Pak"), "error: no actor is called 'Pak', which could be any of"),
    (("claims", "--actor", "Nobody Daily"), "error: no actor matches 'Nobody Daily'"),
    (("stories", "--actor", "Nobody Daily"), "error: no actor matches 'Nobody Daily'"),
    (("articles", "--sort", "random"), "error: sort 'random' is not one of date, title"),
    (("actors", "--kind", "planet"), "error: kind 'planet' is not one of"),
    (("claims", "--since", "May"), "error: since 'May' is not a date (YYYY-MM-DD)")])
def test_a_bad_value_is_one_line_and_exit_2(demo_db, args, message):
    proc = run(*args, "--db", str(demo_db))
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), proc.stderr
    if "Pak" in args:
        assert "Pakistan (PAK)" in lines[0]


def test_events_say_month_dates_and_the_article_date_fallback(demo_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    db = str(demo_db)
    events = listed(db, "events", "--limit", "1000")
    month = next(e for e in events if e["date_precision"] == "month")
    fallback = next(e for e in events if e["date_precision"] == "none")
    table = run("events", "--db", db, "--limit", "1000").stdout
    assert f"│ {month['date'][:7]} " in table
    assert f"{fallback['date']} (article)" in table


@pytest.mark.parametrize("command", LISTS)
@pytest.mark.parametrize("args", [("--offset", str(2**63)), ("--limit", str(10**20))])
def test_rows_past_what_the_ledger_counts_are_one_line(demo_db, command, args):
    """A limit or offset beyond a 64-bit row count is refused by name, not a traceback."""
    proc = run(command, "--db", str(demo_db), *args)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and args[0] in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
