"""Benchmark: ingest on a local Dask cluster with 1 and 2 worker processes (the same
recombined articles as bench_ingest.py), written to bench/results/cluster.json."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import generate, run_ingest, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "cluster.json"
ARTICLES = int(os.environ.get("NEWSLEDGER_BENCH_CLUSTER_ARTICLES", "600"))
REPEATS = int(os.environ.get("NEWSLEDGER_BENCH_CLUSTER_REPEATS", "2"))


def main() -> None:
    articles = generate(ARTICLES)
    out: dict = {"articles": len(articles), "repeats": REPEATS, "runs": []}
    with tempfile.TemporaryDirectory(prefix="newsledger-cluster-") as tmp:
        folder = Path(tmp)
        jsonl = folder / "articles.jsonl"
        write_jsonl(jsonl, articles)
        for workers in (1, 2):
            times = []
            for i in range(REPEATS):
                db = folder / f"w{workers}-{i}.duckdb"
                times.append(run_ingest(jsonl, db, 1, "--cluster", f"local:{workers}",
                                        "--no-corroborate"))
            con = duckdb.connect(str(db), read_only=True)
            docs = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
            con.close()
            seconds = statistics.median(times)
            out["runs"].append({"workers": workers, "seconds": round(seconds, 2),
                                "documents": docs, "articles_per_s": round(docs / seconds, 2),
                                "all_seconds": [round(t, 2) for t in times]})
            print(f"dask local:{workers}: {docs} articles in {seconds:.1f} s "
                  f"({docs / seconds:.1f} articles/s, cluster start-up included)")
    rates = [r["articles_per_s"] for r in out["runs"]]
    out["speedup"] = round(rates[1] / rates[0], 2)
    print(f"speed-up 2 workers / 1 worker: {out['speedup']:.2f}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
