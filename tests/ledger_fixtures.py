"""What the ledger tests share (tests/ingest, tests/store, tests/corroborate, tests/export
and tests/web): ledgers built from the example articles with the session's analyzer (real
DuckDB files), a recombined corpus, table counts. Each package's conftest.py imports the
``example_db`` (and ``demo_db``) fixture from here; the ledgers behind them are built once
per session."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import duckdb
import pytest

from newsledger.corroborate import corroborate
from newsledger.ingest import Ingestor
from newsledger.store import Ledger

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
COUNTED = ("documents", "events", "claims", "mentions", "actors", "duplicates",
           "ingest_errors", "event_participants", "attributions", "flags")
_BUILT: dict[str, Path] = {}


def example_count() -> int:
    """How many articles the examples hold: one per .txt file, one per JSON Lines line."""
    return len(list(EXAMPLES.glob("*.txt"))) + sum(
        len(p.read_text(encoding="utf-8").splitlines()) for p in EXAMPLES.glob("*.jsonl"))


def example_articles() -> list[tuple[str, str, list[str]]]:
    """(date, headline, paragraphs) of each example."""
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").strip().split("\n")
        _, date, headline = lines[0].strip().split(" ", 2)
        body = "\n".join(lines[1:])
        paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
        out.append((date, headline, paragraphs))
    return out


def write_corpus(path: Path, n: int, seed: int = 7) -> list[dict]:
    """n distinct articles recombined from the examples' paragraphs, as JSON Lines."""
    rng = random.Random(seed)
    examples = example_articles()
    paragraphs = [p for _, _, ps in examples for p in ps]
    items, seen = [], set()
    while len(items) < n:
        date, headline, _ = rng.choice(examples)
        body = rng.sample(paragraphs, 4)
        key = tuple(body)
        if key in seen:
            continue
        seen.add(key)
        items.append({"text": "\n\n".join(body), "title": f"{headline} ({len(items)})",
                      "date": date, "outlet": rng.choice(["Wire A", "Daily B", "Post C"]),
                      "url": f"https://example.org/{len(items)}"})
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return items


def ingest(db: Path, paths: list[str], analyzer, **options) -> Ingestor:
    """Ingest without updating the stories (the Ingestor, for its stats)."""
    with Ledger(db) as ledger:
        ingestor = Ingestor(ledger, lambda: analyzer, **options)
        ingestor.run(paths)
    return ingestor


def counts(db: Path) -> dict[str, int]:
    """Rows in each table an ingest writes to."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        con.close()


@pytest.fixture(scope="session")
def example_db(tmp_path_factory, analyzer) -> Path:
    """A ledger of the seven example articles (read it; don't write to it)."""
    if "examples" not in _BUILT:
        db = tmp_path_factory.mktemp("ledger") / "examples.duckdb"
        ingest(db, [str(EXAMPLES)], analyzer)
        _BUILT["examples"] = db
    return _BUILT["examples"]


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, example_db) -> Path:
    """The examples ingested with their stories, as ``make demo`` leaves them (read it;
    don't write to it)."""
    if "demo" not in _BUILT:
        db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
        shutil.copyfile(example_db, db)
        with Ledger(db) as ledger:
            corroborate(ledger, rebuild=True)
        _BUILT["demo"] = db
    return _BUILT["demo"]
