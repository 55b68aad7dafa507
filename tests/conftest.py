from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "2025-10-28_pakistan-isf-gaza.txt"
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def analyzer():
    from newsledger import default_analyzer

    return default_analyzer()


@pytest.fixture(scope="session")
def seed(analyzer):
    from newsledger.reader import read_document

    return analyzer.analyze_document(read_document(str(SEED)))
