"""Where ingest time goes (cProfile): the spaCy model against everything newsledger adds.
Written to bench/results/profile.json for docs/benchmarks.md."""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import generate, write_jsonl  # noqa: E402

from newsledger import default_analyzer  # noqa: E402
from newsledger.corroborate import corroborate  # noqa: E402
from newsledger.ingest import Ingestor  # noqa: E402
from newsledger.store import Ledger  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "profile.json"
PARTS = {  # (file suffix, function) -> what it stands for
    "spaCy model (nlp.pipe)": ("spacy/language.py", "pipe"),
    "our rules (actors, events, claims)": ("newsledger/analyzer.py", "analyze_document"),
    "reading and parsing inputs": ("newsledger/ingest/sources.py", "read_items"),
    "near-duplicate signatures": ("newsledger/ingest/near.py", "signature"),
    "rows for the tables": ("newsledger/ingest/rows.py", "rows_of"),
    "DuckDB writes": ("newsledger/store/connection.py", "write"),
    "stories (corroboration)": ("newsledger/corroborate/corroborator.py", "corroborate"),
}


def main() -> None:
    analyzer = default_analyzer()
    list(analyzer.analyze_many(["Israel attacked Iran on Friday."]))  # warm-up
    with tempfile.TemporaryDirectory(prefix="newsledger-profile-") as tmp:
        jsonl, db = Path(tmp) / "a.jsonl", Path(tmp) / "p.duckdb"
        articles = generate(400)
        write_jsonl(jsonl, articles)
        profile = cProfile.Profile()
        with Ledger(db) as ledger:
            profile.enable()
            Ingestor(ledger, lambda: analyzer).run([str(jsonl)])
            corroborate(ledger)
            profile.disable()
    stats = pstats.Stats(profile)
    total = sum(row[3] for key, row in stats.stats.items()  # type: ignore[attr-defined]
                if key[2] in ("run", "corroborate") and "newsledger" in key[0])
    found = {}
    for label, (suffix, name) in PARTS.items():
        cumulative = max((row[3] for key, row in stats.stats.items()  # type: ignore
                          if key[0].endswith(suffix) and key[2] == name), default=0.0)
        found[label] = round(cumulative, 2)
    out = {"articles": len(articles), "total_seconds": round(total, 2), "parts": found}
    for label, seconds in found.items():
        print(f"{label:<38} {seconds:7.2f} s  {seconds / total:6.1%}")
    print(f"{'total (ingest + stories)':<38} {total:7.2f} s")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
