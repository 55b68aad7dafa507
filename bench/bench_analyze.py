"""Benchmark: analyze() throughput against bare nlp.pipe of the same model on the same texts.

Prints articles/s and tokens/s for both (median of repeated runs), the ratio (target ≥ 0.8)
and the peak resident memory of this process.
"""

from __future__ import annotations

import json
import resource
import statistics
import time
from collections import deque
from pathlib import Path

import spacy

from newsledger.analyzer import Analyzer
from newsledger.nlp import MODEL
from newsledger.reader import read_document

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "analyze.json"
REPEATS = 3
COPIES = 3  # each real article this many times
# Real, whole articles (Wikinews, CC BY 2.5; tests/gold/real/long/SOURCES.md): 39 of them,
# 2-6 KB, median 3.5 KB.
REAL = ROOT / "tests" / "gold" / "real" / "long"


def texts() -> list:
    docs = [read_document(str(p)) for p in sorted(REAL.glob("*.txt"))]
    return docs * COPIES


def timed(fn) -> float:
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    documents = texts()
    raw = [d.text for d in documents]
    bare = spacy.load(MODEL)
    tokens = sum(len(doc) for doc in bare.pipe(raw))
    analyzer = Analyzer()
    list(analyzer.analyze_many(documents[:2]))  # warm up lazy imports (dateparser)
    # results are dropped as they come, as ingest does, so that peak memory is that of
    # analysing, not of keeping every Doc
    t_bare = timed(lambda: deque(bare.pipe(raw, batch_size=32), maxlen=0))
    t_ours = timed(lambda: deque(analyzer.analyze_many(documents, batch_size=32), maxlen=0))
    n = len(raw)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sizes = sorted(len(d.text.encode("utf-8")) for d in documents)
    print(f"texts: {n} articles (tests/gold/real/long x {COPIES}), median "
          f"{sizes[len(sizes) // 2]:,} bytes, {tokens:,} tokens; median of {REPEATS}")
    print(f"bare nlp.pipe : {n / t_bare:8.1f} articles/s {tokens / t_bare:10,.0f} tokens/s")
    print(f"analyze       : {n / t_ours:8.1f} articles/s {tokens / t_ours:10,.0f} tokens/s")
    print(f"ratio analyze / bare spaCy: {t_bare / t_ours:.2f} (target >= 0.80)")
    print(f"peak memory: {peak_mb:,.0f} MB")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "texts": n, "tokens": tokens, "repeats": REPEATS, "copies": COPIES,
        "median_bytes": sizes[len(sizes) // 2], "source": "tests/gold/real/long",
        "bare": {"seconds": round(t_bare, 3), "articles_per_s": round(n / t_bare, 2),
                 "tokens_per_s": round(tokens / t_bare)},
        "analyze": {"seconds": round(t_ours, 3), "articles_per_s": round(n / t_ours, 2),
                    "tokens_per_s": round(tokens / t_ours)},
        "ratio": round(t_bare / t_ours, 3), "peak_mb": round(peak_mb),
        "pipeline": list(bare.pipe_names),
    }, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
