"""Snapshot what newsledger outputs, to show that a refactor changes no behaviour.

Usage: ``python bench/behaviour_snapshot.py OUT_DIR`` then ``diff -r BEFORE AFTER``.

Writes, through the command line only (the interface that must not change):
- ``eval-<name>.json``: ``newsledger eval FILE --json`` on tests/gold/dev.jsonl,
  tests/gold/test.jsonl and ../shared/benchmarks/plover_gsr.jsonl (when present), with the
  timing fields (items/s, seconds) removed, since they vary from run to run;
- ``analyze-<example>.json``: ``newsledger analyze FILE --format json`` on each of examples/;
- ``stories.json`` and ``story-<id>.json``: the stories of the corroboration corpus
  (tests/data/corroboration/articles.jsonl) ingested into a fresh ledger.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "newsledger.cli"]
TIMING = {"items_per_second", "seconds", "elapsed"}


def run(*args: str) -> str:
    done = subprocess.run([*CLI, *args], cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"newsledger {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def untimed(value: object) -> object:
    if isinstance(value, dict):
        return {k: untimed(v) for k, v in value.items() if k not in TIMING}
    if isinstance(value, list):
        return [untimed(v) for v in value]
    return value


def write(out: Path, name: str, data: object) -> None:
    (out / name).write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)
                            + "\n", encoding="utf-8")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    gold = [ROOT / "tests/gold/dev.jsonl", ROOT / "tests/gold/test.jsonl",
            ROOT.parent / "shared/benchmarks/plover_gsr.jsonl"]
    for path in (p for p in gold if p.exists()):
        relative = os.path.relpath(path, ROOT)  # the report names the file as given
        write(out, f"eval-{path.stem}.json", untimed(json.loads(run("eval", relative,
                                                                     "--json"))))
    for path in sorted((ROOT / "examples").glob("*.txt")):
        write(out, f"analyze-{path.stem}.json",
              json.loads(run("analyze", str(path), "--format", "json")))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "corpus.duckdb")
        run("ingest", str(ROOT / "tests/data/corroboration/articles.jsonl"), "--db", db,
            "--quiet")
        stories = json.loads(run("stories", "--db", db, "--format", "json", "--limit", "100000"))
        write(out, "stories.json", stories)
        for story in stories:
            write(out, f"story-{story['id']}.json",
                  json.loads(run("story", story["id"], "--db", db, "--json")))
    print(f"snapshot written to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
