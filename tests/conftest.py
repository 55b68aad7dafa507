from __future__ import annotations

import pytest
from helpers import ROOT, SEED
from ledger_fixtures import demo_db, example_db  # noqa: F401  (tests/test_cli.py)

__all__ = ["ROOT", "SEED"]  # tests/test_cli.py imports them from here


@pytest.fixture(scope="session")
def analyzer():
    from newsledger import default_analyzer

    return default_analyzer()


@pytest.fixture(scope="session")
def seed(analyzer):
    from newsledger.reader import read_document

    return analyzer.analyze_document(read_document(str(SEED)))
