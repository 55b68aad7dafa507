"""``newsledger search`` run as a user runs it (a real subprocess) over a copy of the
examples ledger: the three formats, kinds and pages, --rebuild, and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsledger.search import index_path

CLI = [sys.executable, "-m", "newsledger.cli"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "search", *args], capture_output=True, text=True,
                          timeout=300, env={"PATH": "/usr/bin:/bin", "COLUMNS": "160"})


@pytest.fixture(scope="module")
def db(example_db, tmp_path_factory) -> str:
    """A copy of the examples ledger (its index is made beside it by the first search)."""
    copy = tmp_path_factory.mktemp("search-cli") / "ledger.duckdb"
    shutil.copyfile(example_db, copy)
    return str(copy)


def test_table_names_the_sentence_and_marks_nothing_as_markup(db):
    proc = run("troops Gaza", "--db", db, "--limit", "3")
    assert proc.returncode == 0, proc.stderr
    assert "Search: troops Gaza" in proc.stdout and "#s" in proc.stdout
    assert "[bold]" not in proc.stdout
    assert "more: --offset 3" in proc.stderr


def test_json_and_csv_give_the_same_hits(db):
    as_json = json.loads(run("Pakistan", "--db", db, "-f", "json", "--limit", "5").stdout)
    rows = list(csv.DictReader(io.StringIO(run("Pakistan", "--db", db, "--format", "csv",
                                               "--limit", "5").stdout)))
    assert [h["key"] for h in as_json] == [r["key"] for r in rows] and len(rows) == 5
    first = as_json[0]
    assert set(first) >= {"kind", "key", "score", "doc_id", "sentence", "snippet", "matches"}


def test_kind_and_offset(db):
    claims = json.loads(run("Pakistan", "--db", db, "-f", "json", "--kind", "claim",
                            "--limit", "4").stdout)
    assert len(claims) == 4 and {h["kind"] for h in claims} == {"claim"}
    later = json.loads(run("Pakistan", "--db", db, "-f", "json", "--kind", "claim",
                           "--limit", "2", "--offset", "2").stdout)
    assert [h["key"] for h in later] == [h["key"] for h in claims[2:]]


def test_rebuild_says_what_it_holds(db):
    proc = run("--rebuild", "--db", db)
    assert proc.returncode == 0, proc.stderr
    assert "search index rebuilt:" in proc.stderr and "articles" in proc.stderr
    assert index_path(db).exists()


def test_damaged_index_is_a_note_not_a_traceback(db, tmp_path):
    copy = tmp_path / "damaged.duckdb"
    shutil.copyfile(db, copy)
    index_path(copy).write_bytes(b"not an index at all" * 50)
    proc = run("Belgrade", "--db", str(copy), "-f", "json")
    assert proc.returncode == 0 and json.loads(proc.stdout)
    assert "note:" in proc.stderr and "could not be read" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("args, says", [
    (['troops "gaza'], "unclosed"), (["OR"], "OR needs"), ([], "give something"),
    (["x", "--kind", "story"], "story"), (["x", "--offset", "-1"], "--offset")])
def test_bad_input_is_one_line_exit_2(db, args, says):
    proc = run(*args, "--db", db)
    assert proc.returncode == 2 and says in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_ledger_is_one_line(tmp_path):
    proc = run("x", "--db", str(tmp_path / "none.duckdb"))
    assert proc.returncode == 2 and "no such ledger" in proc.stderr
    assert not Path(index_path(tmp_path / "none.duckdb")).exists()
