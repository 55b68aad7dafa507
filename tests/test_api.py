"""The Python API: analyze() and analyze_many()."""

from __future__ import annotations

import newsledger


def test_analyze_returns_analysis_with_dict():
    analysis = newsledger.analyze("Pakistan agreed to send 20,000 troops to Gaza.",
                                  date="2025-10-28", outlet="Test")
    data = analysis.to_dict()
    assert data["document"]["outlet"] == "Test"
    assert [e["type"] for e in data["events"]][:2] == ["AGREE", "MOBILIZE"]


def test_analyze_many_batches_texts_and_dicts():
    items = ["Israel attacked Iran.", {"text": "Russia expelled two diplomats.", "outlet": "W"}]
    results = list(newsledger.analyze_many(items))
    assert len(results) == 2
    assert results[1].document.outlet == "W"
    assert results[0].events[0].type == "ASSAULT"
