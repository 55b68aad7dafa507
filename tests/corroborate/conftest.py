"""The corroboration corpus ingested and corroborated once for the tests of this folder;
the examples with their stories (``demo_db``) from tests/ledger_fixtures.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_truth import DATA
from ledger_fixtures import demo_db, example_db, ingest  # noqa: F401

from newsledger.corroborate import corroborate
from newsledger.store import Ledger


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory, analyzer) -> Path:
    db = tmp_path_factory.mktemp("stories") / "corpus.duckdb"
    ingest(db, [str(DATA / "articles.jsonl")], analyzer)
    with Ledger(db) as ledger:
        corroborate(ledger, rebuild=True)
    return db

