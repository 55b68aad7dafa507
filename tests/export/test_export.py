"""Every export read back with the tools people use: pandas, pyarrow, networkx."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pyarrow.parquet as pq

from newsledger.export import export
from newsledger.model import Analysis
from newsledger.store import TABLES, Ledger

GDELT_COLUMNS = ["GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
                 "Actor2Code", "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode",
                 "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                 "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName",
                 "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "DATEADDED",
                 "SOURCEURL", "PloverType", "PloverMode", "Status", "SourcingGrade",
                 "StoryId", "StoryStatus", "IndependentSources", "Evidence"]


def test_gdelt_tsv(example_db, tmp_path):
    out = tmp_path / "events.tsv"
    with Ledger(example_db, read_only=True) as ledger:
        happened = export(ledger, "gdelt", tmp_path / "happened.tsv")
        n = export(ledger, "gdelt", out, all_statuses=True)
        total = ledger.scalar("SELECT count(*) FROM events")
        done = ledger.scalar("SELECT count(*) FROM events WHERE status IN "
                             "('occurred', 'ongoing')")
    default = pd.read_csv(tmp_path / "happened.tsv", sep="\t")
    assert len(default) == happened == done < total  # by default what happened only
    assert set(default["Status"]) <= {"occurred", "ongoing"}
    frame = pd.read_csv(out, sep="\t", dtype={"EventCode": str, "EventRootCode": str,
                                              "EventBaseCode": str})
    assert list(frame.columns) == GDELT_COLUMNS
    assert len(frame) == n == total
    assert frame["GLOBALEVENTID"].is_unique
    assert frame["SQLDATE"].between(20250101, 20251231).all()
    assert (frame["EventRootCode"].str.len() == 2).all()
    assert (frame["EventCode"].str[:2] == frame["EventRootCode"]).all()
    assert frame["QuadClass"].isin([1, 2, 3, 4]).all()
    seed = frame[(frame["Actor1Code"] == "PAKMIL") & (frame["PloverType"] == "MOBILIZE")]
    assert len(seed) >= 1 and seed["Evidence"].str.contains("20,000").any()
    assert not frame["Evidence"].str.contains("\t|\n", regex=True).any()


def test_parquet_one_file_per_table(example_db, tmp_path):
    out = tmp_path / "parquet"
    with Ledger(example_db, read_only=True) as ledger:
        export(ledger, "parquet", out)
        expected = {t: ledger.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}
    for table, rows in expected.items():
        assert pq.read_table(out / f"{table}.parquet").num_rows == rows, table
    events = pq.read_table(out / "events.parquet").to_pandas()
    assert {"plover_type", "source_code", "status", "evidence"} <= set(events.columns)


def test_jsonl_round_trips_to_analyses(example_db, tmp_path):
    out = tmp_path / "analyses.jsonl"
    with Ledger(example_db, read_only=True) as ledger:
        n = export(ledger, "jsonl", out)
        events = ledger.scalar("SELECT count(*) FROM events")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == n == 12
    analyses = [Analysis.from_dict(json.loads(line)) for line in lines]
    assert sum(len(a.events) for a in analyses) == events
    assert analyses[0].to_dict() == json.loads(lines[0])


def test_graphml_actor_network(example_db, tmp_path):
    out = tmp_path / "network.graphml"
    with Ledger(example_db, read_only=True) as ledger:
        edges = export(ledger, "graphml", out)
        dyads = ledger.con.execute(
            "SELECT source_actor, target_actor, count(*), avg(goldstein) FROM events "
            "WHERE source_actor IS NOT NULL AND target_actor IS NOT NULL "
            "AND status IN ('occurred', 'ongoing') GROUP BY 1, 2").fetchall()
        every = export(ledger, "graphml", tmp_path / "all.graphml", all_statuses=True)
        names = {a: (n, c or "") for a, n, c in ledger.con.execute(
            "SELECT actor_id, name, cameo_code FROM actors").fetchall()}
    assert every > edges  # "has not recognised" is no edge unless asked for
    graph = nx.read_graphml(out)
    assert graph.is_directed() and graph.number_of_edges() == edges == len(dyads)
    for source, target, count, goldstein in dyads:
        data = graph.edges[source, target]
        assert data["weight"] == count
        assert abs(data["goldstein"] - goldstein) < 1e-9
    for node, data in graph.nodes(data=True):
        assert (data["label"], data["code"]) == names[node]
