"""Ledgers built from the example articles, with the session's analyzer (real DuckDB files)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from newsledger.ledger import Ingestor, Ledger

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


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
    with Ledger(db) as ledger:
        ingestor = Ingestor(ledger, lambda: analyzer, **options)
        ingestor.run(paths)
    return ingestor


@pytest.fixture(scope="session")
def example_db(tmp_path_factory, analyzer) -> Path:
    """A ledger of the seven example articles (read it; don't write to it)."""
    db = tmp_path_factory.mktemp("ledger") / "examples.duckdb"
    ingest(db, [str(EXAMPLES)], analyzer)
    return db
