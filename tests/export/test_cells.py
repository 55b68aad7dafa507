"""One cell policy for every CSV and TSV we write (CLI CSV output, the GDELT export and the
web's CSV): text a spreadsheet would run as a formula gets a leading quote."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.export import export, safe_cell, write_csv
from newsledger.store import Ledger, Table
from newsledger.store.tables import ActorRow, DocumentRow, EventRow, Rows, written_columns

HOSTILE = ["=HYPERLINK(\"http://x\")", "+1+2", "-5 killed", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_starts_get_a_quote(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Lahore", "", " =x", "'=x", 5, -5, -7.0, None, True])
def test_other_cells_are_left_alone(value):
    assert safe_cell(value) == value


def test_dates_become_iso_text():
    assert safe_cell(dt.date(2025, 11, 1)) == "2025-11-01"
    assert safe_cell(dt.datetime(2025, 11, 1, 8, 30)) == "2025-11-01T08:30:00"


def test_write_csv_applies_the_policy_to_every_cell():
    out = io.StringIO()
    write_csv(Table(["text", "n"], [("=1+1", -3), ("ok", 2)]), out)
    assert out.getvalue() == "text,n\n'=1+1,-3\nok,2\n"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    """A ledger with one event whose text, actor name, outlet and URL start formulas."""
    db = tmp_path_factory.mktemp("cells") / "hostile.duckdb"
    at = dt.datetime(2025, 11, 1, 9, 0)
    event = {c: None for c in written_columns(EventRow)} | dict(
        event_uid="d1:e1", doc_id="d1", event_id="e1", plover_type="ASSAULT",
        status="occurred", source_actor="X", source_code="XXX", event_date="2025-11-01",
        paragraph=1, evidence="-5 killed in =city", why="[]", goldstein=-10.0)
    rows = Rows(
        documents=[DocumentRow(doc_id="d1", content_hash="h1", title="+Title",
                               date="2025-11-01", outlet="@Wire", url="=cmd|' /C calc'!A0",
                               path="a.txt", text="-5 killed", n_chars=9, ingested_at=at,
                               analysis="{}", minhash=None)],
        actors=[ActorRow(actor_id="X", name="=Evil", kind="group", country=None,
                         sector=None, cameo_code="XXX", office=None, since=None,
                         source=None, aliases="[]")],
        events=[EventRow(**event)])
    with Ledger(db) as ledger:
        ledger.write(rows)
    return db


def test_cli_csv_output_applies_the_policy(hostile_db):
    done = CliRunner().invoke(app, ["events", "--db", str(hostile_db), "-f", "csv"])
    assert done.exit_code == 0, done.output
    (row,) = csv.DictReader(io.StringIO(done.stdout))
    assert (row["source"], row["outlet"], row["evidence"], row["goldstein"]) == (
        "'=Evil", "'@Wire", "'-5 killed in =city", "-10.0")
    sql = CliRunner().invoke(app, ["sql", "SELECT title, url FROM documents", "--db",
                                   str(hostile_db), "-f", "csv"])
    assert sql.stdout.splitlines() == ["title,url", "'+Title,'=cmd|' /C calc'!A0"]


def test_cli_json_output_is_left_as_it_is(hostile_db):
    done = CliRunner().invoke(app, ["events", "--db", str(hostile_db), "-f", "json"])
    assert '"outlet": "@Wire"' in done.stdout


def test_gdelt_tsv_applies_the_policy(hostile_db, tmp_path):
    out = tmp_path / "events.tsv"
    with Ledger(hostile_db, read_only=True) as ledger:
        assert export(ledger, "gdelt", out) == 1
    with open(out, encoding="utf-8", newline="") as fh:
        (row,) = csv.DictReader(fh, delimiter="\t")
    assert (row["Actor1Name"], row["SOURCEURL"], row["Evidence"], row["GoldsteinScale"]) == (
        "'=Evil", "'=cmd|' /C calc'!A0", "'-5 killed in =city", "-10.0")
