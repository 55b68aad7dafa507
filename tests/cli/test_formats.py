"""One ``--format table|json|csv`` on every command that lists or shows, ``--version``,
``show``'s summary against its JSON, and one-line errors for bad option values: the
command line run as a user runs it (a real subprocess over the demo ledger)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from importlib.metadata import version

import pytest

CLI = [sys.executable, "-m", "newsledger.cli"]


def run(*args: str, columns: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "COLUMNS": str(columns)})


def header(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text)))


def a_document(db: str) -> str:
    rows = json.loads(run("sql", "SELECT doc_id FROM documents ORDER BY doc_id LIMIT 1",
                          "--db", db, "-f", "json").stdout)
    return rows[0]["doc_id"]


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_is_the_installed_packages(flag):
    proc = run(flag)
    assert proc.returncode == 0 and proc.stdout == f"newsledger {version('newsledger')}\n"


def test_every_showing_command_takes_the_three_formats(demo_db):
    db = str(demo_db)
    story = json.loads(run("stories", "--db", db, "--limit", "1", "-f", "json").stdout)[0]
    doc = a_document(db)
    commands = {"show": ["show", doc], "stats": ["stats"], "story": ["story", story["id"]],
                "errors": ["errors"], "sql": ["sql", "SELECT doc_id, title FROM documents"]}
    first_column = {"show": "kind", "stats": "key", "story": "story_id", "errors": "kind",
                    "sql": "doc_id"}
    for name, args in commands.items():
        as_json = run(*args, "--db", db, "--format", "json")
        assert as_json.returncode == 0, (name, as_json.stderr)
        json.loads(as_json.stdout)  # parses
        as_csv = run(*args, "--db", db, "--format", "csv")
        assert as_csv.returncode == 0, (name, as_csv.stderr)
        if name != "errors":  # the demo ledger has no inputs left out: a header only
            assert len(as_csv.stdout.splitlines()) > 1, name
        assert header(as_csv.stdout)[0] == first_column[name], name
        table = run(*args, "--db", db, "--format", "table")
        assert table.returncode == 0 and table.stdout.strip(), name
        with pytest.raises(json.JSONDecodeError):
            json.loads(table.stdout)


def test_the_old_json_flags_are_hidden_aliases(demo_db):
    db = str(demo_db)
    story = json.loads(run("stories", "--db", db, "--limit", "1", "-f", "json").stdout)[0]
    for args in (["story", story["id"]], ["stats"]):
        old = run(*args, "--db", db, "--json")
        assert old.returncode == 0 and old.stdout == run(*args, "--db", db, "-f",
                                                         "json").stdout
        assert "--json" not in run(*args, "--help").stdout
        both = run(*args, "--db", db, "--json", "--format", "csv")
        assert both.returncode == 2 and both.stdout == ""
        assert both.stderr.strip().splitlines() == [
            "error: --json and --format csv ask for two formats; give one"]


def test_show_summarises_on_request_and_gives_the_whole_json_to_a_pipe(demo_db):
    db = str(demo_db)
    doc = a_document(db)
    whole = run("show", doc[:8], "--db", db)  # stdout is a pipe: the JSON, as before
    data = json.loads(whole.stdout)
    assert data["document"]["id"] == doc and data == json.loads(
        run("show", doc, "--db", db, "-f", "json").stdout)
    summary = run("show", doc, "--db", db, "-f", "table").stdout
    lines = summary.splitlines()
    assert lines[0] == data["document"]["title"][:len(lines[0])]
    assert (f"{len(data['events'])} events · {len(data['claims'])} claims") in summary
    assert "Events" in summary and "Claims" in summary
    assert len(lines) < len(whole.stdout.splitlines()) / 4  # a summary, not the dump
    rows = list(csv.DictReader(io.StringIO(run("show", doc, "--db", db, "-f",
                                               "csv").stdout)))
    assert [r["id"] for r in rows if r["kind"] == "event"] == [e["id"]
                                                                for e in data["events"]]
    assert [r["id"] for r in rows if r["kind"] == "claim"] == [c["id"]
                                                                for c in data["claims"]]
    assert "a pipe or a file" in " ".join(run("show", "--help").stdout.split())


@pytest.mark.parametrize("args, option", [
    (["events", "--limit", "-1"], "--limit '-1'"), (["claims", "--offset", "-5"], "--offset"),
    (["actors", "--top", "0"], "--top '0'"), (["errors", "--limit", "abc"], "--limit 'abc'"),
    (["stories", "--format", "xml"], "--format/-f"), (["show"], "DOC_ID"),
])
def test_a_bad_value_is_one_line_naming_the_option(demo_db, args, option):
    proc = run(*args, "--db", str(demo_db))
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and proc.stdout == "", (args, proc.stderr)
    assert len(lines) == 1 and lines[0].startswith(f"error: {option}"), lines
    assert "Usage" not in proc.stderr and "╭" not in proc.stderr


def test_a_story_on_a_terminal_never_says_none(demo_db):
    """Every story's terminal view names missing outlets and unnamed answerers in words,
    never Python's ``None`` (a new user saw "[negation] None, 8eb9b542…")."""
    from rich.console import Console

    from newsledger import store
    from newsledger.cli.stories import story_view

    with store.Ledger(demo_db, read_only=True) as ledger:
        found = [store.story(ledger, s["id"]) for s in store.stories(ledger, limit=500)]
    assert len(found) > 20 and any(s["answers"] or s["denials"] for s in found)
    for one in found:
        console = Console(file=io.StringIO(), width=120)
        story_view(one, console)
        text = console.file.getvalue()
        assert text.strip() and "None" not in text, text
