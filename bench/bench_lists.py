"""Benchmark: the lists and the search of the web on a ledger of 100,000 articles.

The ledger is generated (lists_ledger.py: DuckDB bulk inserts in the ledger's schema, no
NLP) and cached under $NEWSLEDGER_BENCH_CACHE (default: the temp folder)/newsledger-bench,
so a re-run starts measuring at once (``--fresh`` generates it again). The search index is
built from nothing each run (its time is a figure). Then each request is sent to the real
application (``create_app`` through FastAPI's TestClient: routing, the per-request read-only
opening of the ledger, the query, JSON or HTML) ``--repeats`` times after a warm-up, and
its median and 95th percentile are written to bench/results/lists.json (report.py puts
them in docs/benchmarks.md). Target: p95 < 100 ms for each.

    python bench/bench_lists.py [--articles 100000] [--repeats 30] [--fresh] [--keep-index]

Routes that do not answer 200 are left out and named with their status; the list routes
change with the lists work, so the set measured is whatever the application has when it
runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lists_ledger import GENERATOR, generate  # noqa: E402

from newsledger.search import index_path, rebuild  # noqa: E402
from newsledger.store import SCHEMA_VERSION, Ledger  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "lists.json"
TARGET_MS = 100.0
HOST = "http://127.0.0.1"  # a loopback Host: the server answers nothing else without a token
LISTS = [
    ("articles, newest 50", "/api/documents?limit=50"),
    ("articles, page 100", "/api/documents?limit=50&offset=4950"),
    ("articles page (HTML)", "/articles"),
    ("actors, top 50", "/api/actors?limit=50"),
    ("actors page (HTML)", "/actors"),
    ("claims, newest 100", "/api/claims?limit=100"),
    ("claims, grade D", "/api/claims?grade=D&limit=100"),
    ("claims page (HTML)", "/claims"),
    ("claims of an actor (PAK)", "/api/claims?actor=PAK&limit=100"),
    ("claims page of an actor", "/claims?actor=PAK"),
    ("claims with a word", "/api/claims?q=troops&limit=100"),
    ("claims by outlet", "/api/claims?outlet=Harbor%20Wire&limit=100"),
    ("events, newest 100", "/api/events?limit=100"),
    ("events of an actor (PAK)", "/api/events?actor=PAK&limit=100"),
    ("events by outlet", "/api/events?outlet=Daily%20Wire&limit=100"),
    ("events page (HTML)", "/events"),
    ("stories, newest 100", "/api/stories?limit=100"),
    ("stories, contested", "/api/stories?status=contested&limit=100"),
    ("stories page (HTML)", "/stories"),
]
SEARCHES = [
    ("one common word", "/api/search?q=police"),
    ("two words", "/api/search?q=troops+border"),
    ("a phrase", "/api/search?q=%22foreign+ministry%22"),
    ("a prefix", "/api/search?q=sanction*"),
    ("a rare word", "/api/search?q=Mogadishu+Quito"),
    ("a name (OR)", "/api/search?q=Rahman+OR+Haddad"),
    ("articles only", "/api/search?q=election&kind=article"),
    ("claims only", "/api/search?q=ministry+said&kind=claim"),
    ("actors only", "/api/search?q=Pakistan&kind=actor"),
    ("page 5", "/api/search?q=police&offset=80"),
    ("results page (HTML)", "/search?q=troops+Gaza"),
]


def cached_ledger(articles: int, fresh: bool) -> tuple[Path, float | None]:
    """The generated ledger (made when missing or ``fresh``) and the seconds making it took
    (None when it was cached)."""
    folder = Path(os.environ.get("NEWSLEDGER_BENCH_CACHE", tempfile.gettempdir()))
    path = folder / "newsledger-bench" / f"lists-{articles}-g{GENERATOR}-v{SCHEMA_VERSION}.duckdb"
    if path.exists() and not fresh:
        return path, None
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print(f"generating {articles:,} articles into {path} …", flush=True)
    counts = generate(path, articles)
    seconds = time.perf_counter() - started
    print(f"  {seconds:.0f} s: {counts}", flush=True)
    return path, seconds


def build_index(db: Path) -> tuple[float, int]:
    """Build the search index from nothing: (seconds, its size in MB)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index_path(db)}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    with Ledger(db, read_only=True) as ledger:
        rebuild(ledger, note=lambda line: None)
    seconds = time.perf_counter() - started
    return seconds, round(index_path(db).stat().st_size / 2**20)


def measure(client: Any, url: str, repeats: int) -> dict[str, Any] | int:
    """Median and 95th percentile in ms of ``repeats`` requests after two warm-ups; the
    status when the route does not answer 200 (404: not there; 500: broken just now)."""
    for _ in range(2):
        response = client.get(url)
        if response.status_code != 200:
            return response.status_code
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1)}


def run(articles: int, repeats: int, fresh: bool, keep_index: bool = False
        ) -> dict[str, Any]:
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from fastapi.testclient import TestClient

    from newsledger.web.app import create_app

    db, generated = cached_ledger(articles, fresh)
    if keep_index and index_path(db).exists():
        index_seconds, index_mb = None, round(index_path(db).stat().st_size / 2**20)
    else:
        index_seconds, index_mb = build_index(db)
        print(f"search index built in {index_seconds:.0f} s ({index_mb} MB)", flush=True)
    out: dict[str, Any] = {"articles": articles, "repeats": repeats, "target_ms": TARGET_MS,
                           "generated_seconds": round(generated) if generated else None,
                           "ledger_mb": round(db.stat().st_size / 2**20),
                           "index_seconds": round(index_seconds) if index_seconds else None,
                           "index_mb": index_mb, "load_before": round(os.getloadavg()[0], 1),
                           "lists": [], "searches": [], "missing": []}
    with TestClient(create_app(db), base_url=HOST, raise_server_exceptions=False) as client:
        with Ledger(db, read_only=True) as ledger:
            out["rows"] = {t: ledger.scalar(f"SELECT count(*) FROM {t}") for t in (
                "documents", "events", "claims", "actors", "mentions", "stories")}
        for group, cases in (("lists", LISTS), ("searches", SEARCHES)):
            for name, url in cases:
                figures = measure(client, url, repeats)
                if isinstance(figures, int):
                    out["missing"].append(f"{url} ({figures})")
                    print(f"  {name:28} {url}: answered {figures}, left out", flush=True)
                    continue
                out[group].append({"name": name, "url": url, **figures})
                flag = "" if figures["p95_ms"] < TARGET_MS else "  <-- over target"
                print(f"  {name:28} p50 {figures['p50_ms']:7.1f} ms  p95 "
                      f"{figures['p95_ms']:7.1f} ms{flag}", flush=True)
    out["load_after"] = round(os.getloadavg()[0], 1)  # a busy machine inflates every figure
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--fresh", action="store_true", help="generate the ledger again")
    parser.add_argument("--keep-index", action="store_true",
                        help="measure with the index already built (not its build time)")
    args = parser.parse_args()
    out = run(args.articles, args.repeats, args.fresh, args.keep_index)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
