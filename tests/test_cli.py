"""The command line, run as a user runs it (a real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEED

from newsledger.ontology import GRADE_MEANINGS

CLI = [sys.executable, "-m", "newsledger.cli"]


def run(*args, stdin=None):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, input=stdin,
                          timeout=300)


def test_analyze_json_on_seed():
    proc = run("analyze", str(SEED), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["document"]["date"] == "2025-10-28"
    assert any(a["cameo_code"] == "PAKMIL" for a in data["actors"])


def test_analyze_stdin_with_overrides():
    proc = run("analyze", "-", "--date", "2025-01-02", "--outlet", "Wire",
               stdin="Israel attacked Iran on Friday.")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["document"]["outlet"] == "Wire"
    assert data["events"][0]["type"] == "ASSAULT"


def test_table_and_html(tmp_path):
    proc = run("analyze", str(SEED), "--format", "table")
    assert proc.returncode == 0 and "Events" in proc.stdout
    out = tmp_path / "seed.html"
    proc = run("analyze", str(SEED), "--format", "html", "--out", str(out))
    assert proc.returncode == 0 and "<article" in out.read_text()


def test_bad_input_one_clear_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00garbage")
    proc = run("analyze", str(bad))
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(bad.name) in lines[0]


GOLD_LINES = [
    {"id": "strike", "date": "2025-03-01",
     "text": "Israel attacked Iran on Friday, state media reported.",
     "events": [{"plover": "ASSAULT", "source": "ISR", "target": "IRN", "status": "occurred"}],
     "claims": [{"text_contains": "Israel attacked", "grade": "D"}]},
    {"id": "none", "date": "2025-03-01", "text": "Iran has about 90 million people.",
     "events": []},
]


def test_eval_json_and_tables(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(line) for line in GOLD_LINES) + "\n")
    proc = run("eval", str(gold), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["n"] == 2
    assert set(data["events"]) >= {"precision", "recall", "f1"}
    assert set(data["claims"]) >= {"grade_accuracy", "attribution_accuracy"}
    assert "status_accuracy" in data and "accuracy" in data["actors"]
    proc = run("eval", str(gold), "--by", "status", "--errors", "2")
    assert proc.returncode == 0, proc.stderr
    assert "items/s" in proc.stdout and "Events by gold status" in proc.stdout


def test_eval_bad_gold_exits_2(tmp_path):
    gold = tmp_path / "broken.jsonl"
    gold.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": \n')
    proc = run("eval", str(gold))
    assert proc.returncode == 2
    assert "broken.jsonl" in proc.stderr and "line 2" in proc.stderr


def test_ledger_commands_end_to_end(tmp_path):
    from conftest import ROOT

    db = str(tmp_path / "l.duckdb")
    proc = run("ingest", str(ROOT / "examples"), "--db", db)
    assert proc.returncode == 0, proc.stderr
    assert "12 new articles" in proc.stderr
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert stats["documents"] == 12 and stats["events"] > 0
    events = json.loads(run("events", "--db", db, "--actor", "Pakistan Army", "-f", "json",
                            "--limit", "5").stdout)
    assert 0 < len(events) <= 5 and all("PAKMIL" in (e["source_code"], e["target_code"])
                                         for e in events)
    csv_out = run("claims", "--db", db, "--grade", "D", "-f", "csv").stdout.splitlines()
    assert csv_out[0].startswith("doc_id,claim_id,grade") and len(csv_out) > 1
    doc = events[0]["doc_id"]
    shown = json.loads(run("show", doc[:8], "--db", db).stdout)
    assert shown["document"]["id"] == doc
    assert "Events" in run("show", doc, "--db", db, "-f", "table").stdout
    rows = json.loads(run("sql", "SELECT count(*) AS n FROM documents", "--db", db,
                          "-f", "json").stdout)
    assert rows == [{"n": 12}]
    refused = run("sql", "DELETE FROM documents", "--db", db)
    assert refused.returncode == 2 and "error" in refused.stderr
    out = tmp_path / "events.tsv"
    assert run("export", str(out), "--format", "gdelt", "--db", db).returncode == 0
    assert out.read_text().startswith("GLOBALEVENTID\tSQLDATE")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    proc = run("ingest", str(bad), "--db", db)
    assert proc.returncode == 2 and "bad.json" in proc.stderr and "malformed JSON" in proc.stderr
    listed = json.loads(run("errors", "--db", db, "-f", "json").stdout)
    assert [e["path"] for e in listed] == [str(bad)]
    stories = json.loads(run("stories", "--db", db, "--format", "json").stdout)
    assert stories and {"id", "status", "independent_sources", "reports"} <= set(stories[0])
    shown = run("story", stories[0]["id"], "--db", db)
    assert shown.returncode == 0 and stories[0]["id"] in shown.stdout
    rebuilt = run("corroborate", "--rebuild", "--db", db)
    assert rebuilt.returncode == 0 and "stories" in rebuilt.stderr
    single = json.loads(run("claims", "--db", db, "--status", "single-source", "-f",
                            "json").stdout)
    assert single and {c["status"] for c in single} == {"single-source"}
    missing = run("events", "--db", str(tmp_path / "nothing.duckdb"))
    assert missing.returncode == 2 and "no such ledger" in missing.stderr
    seed = str(ROOT / "examples" / "2025-10-28_pakistan-isf-gaza.txt")
    checked = json.loads(run("check", seed, "--db", db, "-f", "json").stdout)
    troops = [c for c in checked["claims"] if "20,000" in c["text"]]
    assert any(c["verdict"] == "contested" for c in troops)
    assert {d["by_country"] for c in troops for d in c["denials"]} == {"PAK"}
    table = run("check", seed, "--db", db)
    assert table.returncode == 0 and "contested" in table.stdout and "denied by" in table.stdout
    assert json.loads(run("stats", "--db", db, "--json").stdout)["documents"] == 12
    nowhere = run("check", seed, "--db", str(tmp_path / "nothing.duckdb"))
    assert nowhere.returncode == 2 and len(nowhere.stderr.strip().splitlines()) == 1


GERMAN = ("Die Bundesregierung hat am Dienstag neue Ma\u00dfnahmen gegen die Inflation "
          "beschlossen, teilte ein Sprecher in Berlin mit.")


def test_analyze_only_english_and_the_encoding_option(tmp_path):
    german = tmp_path / "berlin.txt"
    german.write_text(GERMAN, encoding="utf-8")
    proc = run("analyze", str(german))
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 2 and len(lines) == 1
    assert "berlin.txt" in lines[0] and "German text (de)" in lines[0]
    cafe = tmp_path / "cafe.txt"
    cafe.write_bytes("Caf\u00e9 owners in Paris protested on Monday, police said."
                     .encode("cp1252"))
    proc = run("analyze", str(cafe), "--encoding", "cp1252")
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)["document"]
    assert (document["encoding"], document["encoding_how"], document["language"]) == (
        "cp1252", "given", "en")
    assert document["text"].startswith("Caf\u00e9 owners")
    proc = run("analyze", str(german), "--any-language")
    assert proc.returncode == 0 and json.loads(proc.stdout)["document"]["language"] == "de"


def test_ingest_notes_skipped_inputs_without_failing(tmp_path):
    from conftest import ROOT

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "berlin.txt").write_text(GERMAN, encoding="utf-8")
    seed = (ROOT / "examples" / "2025-11-09_serbia-belgrade-protest.txt").read_text()
    (folder / "serbia.txt").write_text(seed, encoding="utf-8")
    db = str(tmp_path / "l.duckdb")
    proc = run("ingest", str(folder), "--db", db)
    assert proc.returncode == 0, proc.stderr
    assert "1 new articles" in proc.stderr and "1 skipped, 0 failed" in proc.stderr
    assert "skipped" in proc.stderr and "German text (de)" in proc.stderr
    listed = json.loads(run("errors", "--db", db, "-f", "json").stdout)
    assert [(e["kind"], e["path"]) for e in listed] == [("skipped", str(folder / "berlin.txt"))]
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert (stats["ingest_errors"], stats["ingest_skipped"]) == (0, 1)
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    assert run("ingest", str(folder), "--db", db).returncode == 2  # a failure is an error
    only = {kind: json.loads(run("errors", "--db", db, "--kind", kind, "-f", "json").stdout)
            for kind in ("error", "skipped")}
    assert [e["path"] for e in only["error"]] == [str(folder / "broken.json")]
    assert [e["path"] for e in only["skipped"]] == [str(folder / "berlin.txt")]
    assert "Inputs not stored" in run("errors", "--db", db).stdout


def test_analyze_a_paywalled_page_reads_only_what_comes_before_the_notice():
    """Case 21 (../shared/cases): ``ingest`` skips the stub, ``analyze`` of this one page
    gives the article paragraph's event and nothing of the subscription text."""
    from conftest import ROOT

    proc = run("analyze", str(ROOT / "tests" / "data" / "cases" / "21_paywall_teaser.html"))
    assert proc.returncode == 0 and "paywall" in proc.stderr
    analysis = json.loads(proc.stdout)
    assert "Subscribe" not in analysis["document"]["text"]
    assert [(e["type"], e["source"], e["target"], e["date"]) for e in analysis["events"]] == [
        ("CONSULT", "IRNGOV", "OMNGOV", "2025-11-04"),  # the two ministers met: each way
        ("CONSULT", "OMNGOV", "IRNGOV", "2025-11-04")]
    assert not {"USA", "GBR", "IND"} & {a["id"] for a in analysis["actors"]}
    assert all("subscri" not in c["text"].lower() for c in analysis["claims"])



def test_claims_say_why_they_have_their_grade_with_the_legend_in_help(demo_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")  # a wide terminal: no cell is folded
    db = str(demo_db)
    claims = json.loads(run("claims", "--db", db, "--limit", "1000", "-f", "json").stdout)
    assert claims and all(c["grade_reason"] and isinstance(c["why"], list) for c in claims)
    vague = next(c for c in claims if c["grade"] == "D" and len(c["why"]) == 2)
    table = run("claims", "--db", db, "--grade", "D", "--limit", "1000").stdout
    assert "grade_reason" in table and vague["grade_reason"] in table
    assert "why" in table and all(rule in table for rule in vague["why"])  # every output
    assert "['" not in table  # the rule ids one to a line, not a Python list
    rows = run("claims", "--db", db, "--grade", "D", "--limit", "1000", "-f", "csv").stdout
    header, *lines = rows.splitlines()
    assert header.split(",")[2:4] == ["grade", "grade_reason"] and header.endswith(",why")
    assert any(line.endswith("; ".join(vague["why"])) for line in lines)
    shown = run("claims", "--help").stdout
    assert all(f"{grade}: {meaning}" in shown for grade, meaning in GRADE_MEANINGS.items())


def test_offset_pages_claims_and_stories_and_a_bad_one_is_one_line(demo_db):
    db = str(demo_db)
    for command in ("claims", "stories"):
        everything = json.loads(run(command, "--db", db, "--limit", "1000", "-f",
                                    "json").stdout)
        page = json.loads(run(command, "--db", db, "--limit", "3", "--offset", "2", "-f",
                              "json").stdout)
        assert len(everything) > 5 and page == everything[2:5], command
        for bad in ("-1", "abc", "2.5"):
            proc = run(command, "--db", db, "--offset", bad)
            assert proc.returncode == 2 and proc.stdout == "", (command, bad)
            assert proc.stderr.strip().splitlines() == [
                f"error: --offset '{bad}' is not a number of rows (a whole number, 0 to "
                f"{2**63 - 1})"], (command, bad)
