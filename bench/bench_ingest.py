"""Benchmark: CLI ingest throughput (--jobs 1 vs 2) and query latency on a 1M-event ledger.

Articles are synthetic: the headline of one example article with 3-6 paragraphs taken from
different examples (seeded), so the run is reproducible and offline. Prints a summary and
writes it to bench/results/ingest.json.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from newsledger import store as q
from newsledger.ontology import PLOVER_TYPES
from newsledger.store import EventFilter, Ledger

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "ingest.json"
N_ARTICLES = 2000
SEED = 20250101
MIN_WORDS = 8  # shorter paragraphs are section headings: not used as body paragraphs
OUTLETS = ("Harbor Gazette", "Northern Wire", "The Daily Ledger", "Meridian Post",
           "Capital Observer", "Frontier Times", "Coastal Herald", "Evening Dispatch")
N_EVENTS, N_DOCS, N_ACTORS = 1_000_000, 50_000, 2_000
REPEATS = 7
INGEST_REPEATS = int(os.environ.get("NEWSLEDGER_BENCH_INGEST_REPEATS", "3"))
TARGET_MS = 100.0
HEAD = re.compile(r"date (\d{4}-\d{2}-\d{2}) (.+)")


def load_examples() -> list[tuple[str, list[str]]]:
    """(headline, body paragraphs) of each real article (Wikinews, CC BY 2.5:
    tests/gold/real/long) and each example."""
    examples = []
    paths = sorted((ROOT / "tests" / "gold" / "real" / "long").glob("*.txt"))
    for path in [*paths, *sorted((ROOT / "examples").glob("*.txt"))]:
        first, _, rest = path.read_text(encoding="utf-8").strip().partition("\n")
        match = HEAD.match(first.strip())
        headline = match.group(2).strip() if match else first.strip()
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", rest) if p.strip()]
        examples.append((headline, [p for p in paragraphs if len(p.split()) >= MIN_WORDS]))
    return examples


def generate(n: int, seed: int = SEED) -> list[dict[str, str]]:
    """n articles with distinct texts of real length (about 4 KB, the length of the real
    articles they come from): a headline and the first half of its own article's
    paragraphs, then paragraphs of 3-6 other articles, in shuffled order."""
    rng = random.Random(seed)
    examples = load_examples()
    start = dt.date(2025, 1, 1)
    seen: set[str] = set()
    articles: list[dict[str, str]] = []
    while len(articles) < n:
        lead = rng.randrange(len(examples))
        others = rng.sample([i for i in range(len(examples)) if i != lead], rng.randint(2, 5))
        chosen = [rng.choice(examples[i][1]) for i in others]
        rng.shuffle(chosen)
        title, own = examples[lead]
        body = "\n\n".join([*own[: max(1, len(own) // 2)], *chosen])
        if f"{title}\n{body}" in seen:
            continue
        seen.add(f"{title}\n{body}")
        date = start + dt.timedelta(days=rng.randrange(365))
        outlet = rng.choice(OUTLETS)
        slug = outlet.lower().replace(" ", "-")
        articles.append({"text": body, "title": title, "date": date.isoformat(),
                         "outlet": outlet,
                         "url": f"https://example.org/{slug}/{date:%Y/%m/%d}/a{len(articles)}"})
    return articles


def write_jsonl(path: Path, articles: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")


def run_ingest(jsonl: Path, db: Path, jobs: int = 1, *options: str) -> float:
    """Seconds of wall time for the CLI ingest (model loading included)."""
    command = [sys.executable, "-m", "newsledger.cli", "ingest", str(jsonl), "--db", str(db),
               "--jobs", str(jobs), "--quiet", *options]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"{' '.join(command[3:])} failed (exit {done.returncode})")
    return seconds


def ingest_result(jsonl: Path, one: Path, db: Path, jobs: int) -> dict[str, Any]:
    startup = run_ingest(one, db.with_suffix(".startup.duckdb"), jobs)
    runs = []
    for i in range(INGEST_REPEATS):  # each run into a fresh ledger; the last one is counted
        target = db if i == INGEST_REPEATS - 1 else db.with_suffix(f".run{i}.duckdb")
        runs.append(run_ingest(jsonl, target, jobs))
    seconds = statistics.median(runs)
    con = duckdb.connect(str(db), read_only=True)
    try:
        docs, events = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore
                        for t in ("documents", "events"))
        kinds = dict(con.execute("SELECT kind, count(*) FROM duplicates GROUP BY 1").fetchall())
    finally:
        con.close()
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"jobs": jobs, "seconds": round(seconds, 2), "runs": [round(r, 2) for r in runs],
            "peak_process_mb": round(peak_mb), "startup_seconds": round(startup, 2),
            "documents": docs, "events": events, "exact_duplicates": kinds.get("exact", 0),
            "near_duplicates": kinds.get("near", 0),
            "articles_per_s": round(docs / seconds, 2),
            "articles_per_s_after_startup": round(docs / max(seconds - startup, 1e-9), 2)}


def build_query_ledger(path: Path) -> None:
    """A ledger with N_DOCS documents, N_ACTORS actors and N_EVENTS events, by SQL only."""
    Ledger(path).close()
    con = duckdb.connect(str(path))
    con.execute("SET enable_progress_bar = false")
    outlets = "[" + ", ".join(f"'{o}'" for o in OUTLETS) + "]"
    types = "[" + ", ".join(f"'{t}'" for t in PLOVER_TYPES) + "]"
    countries = "['PAK', 'AFG', 'IND', 'CHN', 'IRN', 'SRB', 'SDN', 'TUR', 'USA', 'RUS', " \
                "'UKR', 'ISR', 'EGY', 'DEU', 'FRA', 'GBR']"
    try:
        con.execute(f"""INSERT INTO documents (doc_id, content_hash, title, date, outlet, url,
            text, n_chars, ingested_at, analysis)
            SELECT printf('%016x', i), sha256('doc' || i), 'Synthetic article ' || i,
                   DATE '2020-01-01' + (hash(i, 'date') % 2192)::INTEGER,
                   {outlets}[1 + (hash(i, 'outlet') % 8)::INTEGER],
                   'https://example.org/doc/' || i, 'Synthetic text ' || i,
                   16 + length(i::VARCHAR), now(), '{{}}'
            FROM range({N_DOCS}) t(i)""")
        con.execute("""INSERT INTO actors (actor_id, name, kind, country, sector, cameo_code,
            source, aliases) VALUES ('pak-army', 'Pakistan Army', 'organization', 'PAK',
            'military', 'PAKMIL', 'bench', '["pakistani army"]')""")
        con.execute(f"""INSERT INTO actors (actor_id, name, kind, country, sector, cameo_code,
            source, aliases)
            SELECT 'actor-' || i, 'Actor ' || i,
                   ['organization', 'person', 'group'][1 + (i % 3)::INTEGER], c,
                   s, c || upper(s[1:3]) || (i % 97)::VARCHAR, 'bench', '[]'
            FROM (SELECT i, {countries}[1 + (hash(i, 'c') % 16)::INTEGER] AS c,
                         ['government', 'military', 'police', 'rebels', 'business',
                          'media'][1 + (hash(i, 's') % 6)::INTEGER] AS s
                  FROM range(1, {N_ACTORS}) t(i))""")
        con.execute("""CREATE TEMP TABLE a AS SELECT row_number() OVER (ORDER BY actor_id) - 1
                       AS n, actor_id, cameo_code, country FROM actors""")
        con.execute(f"""INSERT INTO events (event_uid, doc_id, event_id, plover_type, cameo,
            goldstein, quad_class, source_actor, source_code, source_country, target_actor,
            target_code, target_country, status, negated, event_date, date_precision,
            sentence, paragraph, sourcing_grade)
            SELECT r.doc || ':e' || r.i, r.doc, 'e' || r.i, {types}[1 + r.t],
                   lpad((10 + r.t * 5)::VARCHAR, 3, '0'),
                   round((hash(r.i, 'g') % 201) / 10 - 10, 1),
                   1 + (r.t // 4), s.actor_id, s.cameo_code, s.country, o.actor_id,
                   o.cameo_code, o.country, 'occurred', false,
                   DATE '2020-01-01' + (hash(r.i, 'd') % 2192)::INTEGER, 'day',
                   (r.i % 40)::INTEGER, (r.i % 12)::INTEGER,
                   ['A', 'B', 'C', 'D', 'E'][1 + (r.i % 5)::INTEGER]
            FROM (SELECT i, printf('%016x', hash(i, 'doc') % {N_DOCS}) AS doc,
                         (hash(i, 'type') % 16)::INTEGER AS t,
                         hash(i, 'src') % {N_ACTORS} AS sn, hash(i, 'tgt') % {N_ACTORS} AS tn
                  FROM range({N_EVENTS}) t(i)) r
            JOIN a s ON s.n = r.sn JOIN a o ON o.n = r.tn""")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def median_ms(fn: Callable[[], Any]) -> float:
    fn()  # warm-up
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return round(statistics.median(runs) * 1000, 2)


def query_latency(path: Path) -> dict[str, Any]:
    start = time.perf_counter()
    build_query_ledger(path)
    build = time.perf_counter() - start
    month_sql = ("SELECT date_trunc('month', event_date) AS month, count(*) FROM events "
                 "GROUP BY 1 ORDER BY 1")
    with Ledger(path, read_only=True) as ledger:
        n_events = ledger.con.execute("SELECT count(*) FROM events").fetchone()[0]  # type: ignore
        by_actor = EventFilter(actor="Pakistan Army")
        rows = len(q.events(ledger, by_actor, limit=100).rows)
        actor_ms = median_ms(lambda: q.events(ledger, by_actor, limit=100))
        months = len(ledger.con.execute(month_sql).fetchall())
        month_ms = median_ms(lambda: ledger.con.execute(month_sql).fetchall())
    return {"events": n_events, "build_seconds": round(build, 1),
            "actor_query_ms": actor_ms, "actor_query_rows": rows,
            "actor_query_under_target": actor_ms < TARGET_MS,
            "month_count_ms": month_ms, "month_count_rows": months,
            "month_count_under_target": month_ms < TARGET_MS, "target_ms": TARGET_MS}


def summary_lines(result: dict[str, Any]) -> list[str]:
    m, g, qr = result["machine"], result["generated"], result["query"]
    lines = [f"machine: {m['cpus']} CPUs, Python {m['python']} ({m['platform']})",
             f"articles generated: {g['articles']} distinct (from {g['examples']} examples, "
             f"seed {g['seed']})"]
    for r in result["ingest"]:
        lines.append(
            f"ingest --jobs {r['jobs']}: {r['seconds']:.1f} s wall (incl. "
            f"~{r['startup_seconds']:.1f} s start-up), {r['documents']} documents, "
            f"{r['events']} events, "
            f"{r['articles_per_s']:.1f} articles/s ({r['articles_per_s_after_startup']:.1f} "
            f"after start-up); duplicates: {r['exact_duplicates']} exact, "
            f"{r['near_duplicates']} near")
    lines.append(f"ratio jobs2/jobs1 (articles/s): {result['ratio_jobs2_jobs1']:.2f}")
    lines.append(f"query ledger: {qr['events']:,} events (built in {qr['build_seconds']} s); "
                 f"median of {REPEATS} after a warm-up, target < {TARGET_MS:.0f} ms")
    for key, label in (("actor_query", 'q.events(actor="Pakistan Army", limit=100)'),
                       ("month_count", "per-month count")):
        ok = "under" if qr[f"{key}_under_target"] else "OVER"
        lines.append(f"  {label}: {qr[f'{key}_ms']:.1f} ms ({ok} target, "
                     f"{qr[f'{key}_rows']} rows)")
    return lines


def main() -> None:
    articles = generate(N_ARTICLES)
    result: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform()},
        "generated": {"articles": len(articles), "examples": len(load_examples()),
                      "seed": SEED},
        "ingest": []}
    with tempfile.TemporaryDirectory(prefix="newsledger-bench-") as tmp:
        folder = Path(tmp)
        jsonl, one = folder / "articles.jsonl", folder / "one.jsonl"
        write_jsonl(jsonl, articles)
        write_jsonl(one, articles[:1])
        for jobs in (1, 2):
            result["ingest"].append(ingest_result(jsonl, one, folder / f"jobs{jobs}.duckdb",
                                                  jobs))
        rates = [r["articles_per_s"] for r in result["ingest"]]
        result["ratio_jobs2_jobs1"] = round(rates[1] / rates[0], 2)
        result["query"] = query_latency(folder / "query.duckdb")
    lines = summary_lines(result)
    print("\n".join(lines))
    result["summary"] = lines
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written: {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
