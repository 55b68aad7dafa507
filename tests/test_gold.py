"""Our gold corpus (tests/gold/): what it covers, and test-split scores that only go up.

The floors in tests/gold/floors.json are raised whenever the analyser improves; lowering
one needs a note in docs/accuracy.md saying why. Tune on dev.jsonl only.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from newsledger.evaluation import evaluate, load_gold
from newsledger.ontology import PLOVER_TYPES, STATUSES

GOLD = Path(__file__).parent / "gold"
SPLITS = {name: load_gold(GOLD / f"{name}.jsonl") for name in ("dev", "test")}
FLOORS = json.loads((GOLD / "floors.json").read_text())
ITEMS = [item for items in SPLITS.values() for item in items]


def test_corpus_size_and_unique_ids():
    assert len(ITEMS) >= 300
    ids = Counter(item.id for item in ITEMS)
    assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_every_plover_type_and_status_in_each_split(split):
    events = [e for item in SPLITS[split] for e in item.events or []]
    types = Counter(e.plover for e in events)
    assert set(types) == set(PLOVER_TYPES)
    assert {e.status for e in events if e.status} == set(STATUSES)
    assert sum(item.events == [] for item in SPLITS[split]) >= 10  # no-event items


def test_every_plover_type_at_least_ten_times():
    types = Counter(e.plover for item in ITEMS for e in item.events or [])
    assert min(types[t] for t in PLOVER_TYPES) >= 10, types


def test_claims_cover_every_grade_and_attribution_type():
    claims = [c for item in ITEMS for c in item.claims]
    assert {c.grade for c in claims if c.grade} == {"A", "B", "C", "D", "E"}
    assert {c.type for c in claims if c.type} == {
        "direct-quote", "reported-speech", "according-to", "unattributed"}


@pytest.fixture(scope="module")
def test_scores(analyzer):
    return evaluate(SPLITS["test"], analyzer, name="test").to_dict()


def _measure(scores: dict, path: str) -> float:
    value = scores
    for key in path.split("."):
        value = value[key]
    return value


@pytest.mark.parametrize("measure", sorted(FLOORS["test"]))
def test_test_split_stays_at_or_above_floor(test_scores, measure):
    value = _measure(test_scores, measure)
    assert value is not None and value >= FLOORS["test"][measure], (measure, value)


@pytest.fixture(scope="module")
def real_test_scores(analyzer):
    """The real-text test split (tests/gold/real/test.jsonl, held out: never tuned on)."""
    return evaluate(load_gold(GOLD / "real" / "test.jsonl"), analyzer,
                    name="real test").to_dict()


@pytest.mark.parametrize("measure", sorted(FLOORS["real_test"]))
def test_real_test_split_stays_at_or_above_floor(real_test_scores, measure):
    value = _measure(real_test_scores, measure)
    assert value is not None and value >= FLOORS["real_test"][measure], (measure, value)
