"""Analysis on a real Dask cluster (distributed.LocalCluster, 2 worker processes): the same
ledger as a local ingest, also when a worker is killed mid-run; the Parquet dataset."""

from __future__ import annotations

import os
import signal

import duckdb
import pytest
from ledger_fixtures import counts, ingest, write_corpus

from newsledger.ingest import Ingestor
from newsledger.ingest.cluster import ClusterError, connect
from newsledger.store import Ledger

EVENTS = ("SELECT event_uid, plover_type, source_code, target_code, status, quantity "
          "FROM events ORDER BY event_uid")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("cluster") / "corpus.jsonl"
    write_corpus(path, 16, seed=5)
    return path


@pytest.fixture(scope="module")
def local_db(corpus, tmp_path_factory, analyzer):
    db = tmp_path_factory.mktemp("cluster") / "local.duckdb"
    ingest(db, [str(corpus)], analyzer, batch_size=2)
    return db


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=40) as local:
        with Client(local) as client:
            yield local, client


def rows(db, sql=EVENTS):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_cluster_ingest_equals_local_ingest(cluster, corpus, local_db, tmp_path, analyzer):
    local, _ = cluster
    db = tmp_path / "dask.duckdb"
    with Ledger(db) as ledger:
        stats = Ingestor(ledger, lambda: analyzer, batch_size=2,
                         cluster=local.scheduler_address).run([str(corpus)])
    assert stats.new + stats.near_duplicate + stats.duplicate == 16
    assert counts(db) == counts(local_db)
    assert rows(db) == rows(local_db) and rows(db)


def test_a_killed_worker_costs_nothing(cluster, corpus, local_db, tmp_path, analyzer):
    local, client = cluster
    pids = list(client.run(os.getpid).values())
    killed: list[int] = []

    def kill_one(stats) -> None:
        if not killed:  # after the first batch is written, one worker dies hard
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    db = tmp_path / "killed.duckdb"
    with Ledger(db) as ledger:
        Ingestor(ledger, lambda: analyzer, batch_size=2, cluster=local.scheduler_address,
                 on_commit=kill_one).run([str(corpus)])
    assert killed
    assert counts(db) == counts(local_db)
    assert rows(db) == rows(local_db)


def test_parquet_dataset_matches_the_ledger_and_reruns_do_not_double(corpus, tmp_path,
                                                                      analyzer):
    out = tmp_path / "dataset"
    db = tmp_path / "pq.duckdb"
    ingest(db, [str(corpus)], analyzer, batch_size=4, parquet=out)
    query = (f"SELECT count(*), count(DISTINCT event_uid) FROM read_parquet("
             f"'{out}/events/**/*.parquet', hive_partitioning = true)")
    first = duckdb.sql(query).fetchall()[0]
    assert first[0] == first[1] == counts(db)["events"]
    months = duckdb.sql(f"SELECT DISTINCT month FROM read_parquet("
                        f"'{out}/events/**/*.parquet', hive_partitioning = true)").fetchall()
    assert all(m[0][:4] == "2025" for m in months)
    files = sorted(out.rglob("*.parquet"))
    ingest(db, [str(corpus)], analyzer, batch_size=4, parquet=out)
    assert sorted(out.rglob("*.parquet")) == files
    assert duckdb.sql(query).fetchall()[0] == first


@pytest.mark.parametrize("spec", ["local:0", "local:x", "http://example.org", "nowhere"])
def test_bad_cluster_addresses_are_errors(spec):
    with pytest.raises(ClusterError):
        connect(spec)
