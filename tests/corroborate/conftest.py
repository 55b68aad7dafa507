"""The corroboration corpus ingested and corroborated once for the tests of this folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_truth import DATA
from ledger_fixtures import EXAMPLES, ingest

from newsledger.corroborate import corroborate
from newsledger.store import Ledger


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory, analyzer) -> Path:
    db = tmp_path_factory.mktemp("stories") / "corpus.duckdb"
    ingest(db, [str(DATA / "articles.jsonl")], analyzer)
    with Ledger(db) as ledger:
        corroborate(ledger, rebuild=True)
    return db


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, analyzer) -> Path:
    """The examples ingested with their stories, as ``make demo`` leaves them."""
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    ingest(db, [str(EXAMPLES)], analyzer)
    with Ledger(db) as ledger:
        corroborate(ledger, rebuild=True)
    return db
