"""Write docs/benchmarks.md from the results of bench_analyze, bench_ingest and
bench_cluster (``make bench`` runs all four)."""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import platform
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DOC = ROOT / "docs" / "benchmarks.md"
PER_DAY = 1_000_000


def load(name: str) -> dict:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                         capture_output=True, text=True, check=False).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                           cwd=ROOT, capture_output=True, text=True, check=False).stdout
    return (out or "unknown") + ("+changes" if dirty.strip() else "")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def corpus_tokens(articles: int) -> int:
    """Tokens of the generated ingest corpus (the same seed as bench_ingest.py)."""
    if not articles:
        return 0
    import sys

    import spacy

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_ingest import generate

    tokenizer = spacy.blank("en").tokenizer
    return sum(len(tokenizer(a["title"] + "\n\n" + a["text"])) for a in generate(articles))


def lists_section(lists: dict) -> list[str]:
    """The lists and search latencies of bench_lists.py (none when it has not run)."""
    if not lists.get("lists") and not lists.get("searches"):
        return []
    rows = lists.get("rows", {})
    target = lists.get("target_ms", 100)
    seconds = lists.get("index_seconds")
    built = (f"was built from nothing in {seconds} s" if seconds else
             "was the one an earlier run built, caught up with the ledger")
    out = ["## Lists and search on 100,000 articles", "",
           f"A generated ledger (`bench/lists_ledger.py`, no NLP): {rows.get('documents', 0):,} "
           f"articles, {rows.get('events', 0):,} events, {rows.get('claims', 0):,} claims, "
           f"{rows.get('actors', 0):,} actors, {rows.get('stories', 0):,} stories "
           f"({lists.get('ledger_mb', '?')} MB). Its search index (`LEDGER.search`, SQLite "
           f"FTS5) {built} "
           f"({lists.get('index_mb', '?')} MB). Each request went to the real application "
           f"(routing, opening the ledger read-only, the query, the JSON or HTML) "
           f"{lists.get('repeats', '?')} times after a warm-up; target: p95 < {target:g} ms. "
           f"Load average {lists.get('load_before', '?')} before and "
           f"{lists.get('load_after', '?')} after (a busy machine inflates every figure).",
           "", "| request | p50 ms | p95 ms | |", "|---|---|---|---|"]
    for item in [*lists.get("lists", []), *lists.get("searches", [])]:
        verdict = "ok" if item["p95_ms"] < target else "**over**"
        out.append(f"| {item['name']} (`{item['url']}`) | {item['p50_ms']} | "
                   f"{item['p95_ms']} | {verdict} |")
    if lists.get("missing"):
        out += ["", "Left out (not answering 200 when measured): " + ", ".join(
            f"`{u}`" for u in lists["missing"]) + "."]
    return [*out, ""]


def main() -> None:
    analyze, ingest, cluster = load("analyze"), load("ingest"), load("cluster")
    bare = analyze.get("bare", {})
    ours = analyze.get("analyze", {})
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` on {dt.date.today().isoformat()} at commit `{commit()}`.",
        "",
        f"Machine: {os.cpu_count()} CPUs ({cpu_model()}), Python {platform.python_version()}, "
        f"{platform.platform()}. Every figure is the median of repeated runs; a shared "
        "machine makes single runs vary by 10–30%.",
        "",
        "## Analysis against the bare model",
        "",
        f"Texts: the real articles of `{analyze.get('source', 'examples/')}` (Wikinews, CC BY "
        f"2.5; median {analyze.get('median_bytes', 0):,} bytes), each repeated "
        f"{analyze.get('copies', '?')} times ({analyze.get('texts', '?')} texts, "
        f"{analyze.get('tokens', 0):,} tokens); median of {analyze.get('repeats', '?')}; "
        f"pipeline {', '.join(analyze.get('pipeline', []))}.",
        "",
        "| run | articles/s | tokens/s | ratio to bare spaCy |",
        "|---|---|---|---|",
        f"| bare `nlp.pipe` | {bare.get('articles_per_s', '—')} | "
        f"{bare.get('tokens_per_s', 0):,} | 1.00 |",
        f"| `analyze` (everything newsledger does per article) | "
        f"{ours.get('articles_per_s', '—')} | {ours.get('tokens_per_s', 0):,} | "
        f"{analyze.get('ratio', 0):.2f} (target ≥ 0.80) |",
        "",
        f"Peak memory of the process (both the bare model and newsledger loaded, results "
        f"dropped as they come): {analyze.get('peak_mb', '?')} MB.",
        "",
    ]
    long = load("long")
    if long.get("rows"):
        lines += [
            "## Long texts",
            "",
            "Cost per character of one text as it grows (`bench/bench_long.py`: real "
            "paragraphs of `tests/gold/real/texts/` and `examples/` joined up to each length; "
            "each length in its own process; spaCy parse and every stage). Texts over "
            "100,000 characters are parsed in pieces cut at paragraph breaks.",
            "",
            "| characters | µs per character | relative to the shortest | peak memory |",
            "|---|---|---|---|",
        ]
        for row in long["rows"]:
            lines.append(f"| {row['chars']:,} | {row['us_per_char']} | "
                         f"{long['growth'][str(row['size'])]:.2f}× | {row['peak_mb']} MB |")
        lines += ["", f"Target: at most {long['target']}× at 400,000 characters.", ""]
    runs = ingest.get("ingest", [])
    if runs:
        gen = ingest.get("generated", {})
        tokens = corpus_tokens(int(gen.get("articles", 0)))
        base = bare.get("tokens_per_s") or 0
        lines += [
            "## Ingest",
            "",
            f"{gen.get('articles', '?')} distinct articles of real length, each the first half "
            "of a real article (`tests/gold/real/long`, Wikinews) or an example followed by "
            "paragraphs of 2-5 others (JSON Lines, median about 3 KB), ingested by the CLI "
            "into a new ledger; wall time includes starting "
            "Python and loading the model, corroboration and writing; median of "
            f"{len(runs[0].get('runs', [1]))} runs.",
            "",
            "| jobs | seconds | documents | events | articles/s | tokens/s | "
            "tokens/s as a share of bare spaCy's | peak memory of one process |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in runs:
            per_s = tokens / r["seconds"] if r["seconds"] else 0
            ratio = per_s / base if base else 0
            lines.append(f"| {r['jobs']} | {r['seconds']} | {r['documents']} | {r['events']} "
                         f"| {r['articles_per_s']} | {per_s:,.0f} | {ratio:.2f} | "
                         f"{r.get('peak_process_mb', '?')} MB |")
        after = [r.get("articles_per_s_after_startup") for r in runs]
        steady = f"{after[1] / after[0]:.2f}×" if all(after) and len(after) > 1 else "?"
        lines += ["", f"`--jobs 2` / `--jobs 1`: {ingest.get('ratio_jobs2_jobs1', '?')}× in "
                      f"wall time, {steady} once started (start-up, about 5 s, measured "
                      "with a one-article run and taken off); target ≥ 1.8×. The generated "
                      f"articles hold {tokens:,} tokens (spaCy's English tokenizer).", ""]
    query = ingest.get("query", {})
    if query:
        lines += ["## Queries on 1,000,000 events", "",
                  "| query | median ms | target |", "|---|---|---|"]
        for name, key in (("`events --actor \"Pakistan Army\"` (100 rows)", "actor_query_ms"),
                          ("events per month", "month_count_ms")):
            if key in query:
                lines.append(f"| {name} | {query[key]} | < 100 ms |")
        lines.append("")
    lines += lists_section(load("lists"))
    if cluster.get("runs"):
        lines += ["## Dask", "",
                  f"{cluster['articles']} articles through `ingest --cluster local:N` "
                  "(cluster start-up included; corroboration off); median of "
                  f"{cluster['repeats']}.", "",
                  "| workers | seconds | articles/s |", "|---|---|---|"]
        for r in cluster["runs"]:
            lines.append(f"| {r['workers']} | {r['seconds']} | {r['articles_per_s']} |")
        lines += ["", f"Speed-up from 1 to 2 workers: {cluster['speedup']}×.", ""]
    profile = load("profile")
    if profile.get("parts"):
        total = profile["total_seconds"] or 1
        lines += ["## Where ingest time goes", "",
                  f"cProfile of ingesting {profile['articles']} articles in one process and "
                  f"grouping their stories ({total} s under the profiler; "
                  "`bench/profile_ingest.py`):", "", "| part | seconds | share |",
                  "|---|---|---|"]
        for label, seconds in profile["parts"].items():
            lines.append(f"| {label} | {seconds} | {seconds / total:.0%} |")
        lines.append("")
    per_core = (runs[0]["articles_per_s"] if runs else ours.get("articles_per_s")) or 0
    if per_core:
        per_day = per_core * 86_400
        cores = math.ceil(PER_DAY / per_day)
        lines += ["## What 1,000,000 articles a day takes", "",
                  f"One core ingests {per_core} articles/s here, {per_day:,.0f} a day, so "
                  f"1,000,000 articles a day need {PER_DAY / per_day:.2f} cores of this "
                  f"machine — {cores} with no headroom; plan on {max(cores * 2, 2)} for "
                  "peaks and re-runs. Past one machine, `--cluster` spreads the analysis "
                  "over Dask workers (docs/scale.md).", ""]
    DOC.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
