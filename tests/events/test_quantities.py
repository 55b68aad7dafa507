"""Counts in words and numbers that name rather than count (issue 14, case 27)."""

from __future__ import annotations

from pathlib import Path

from newsledger.reader import read_document

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


def test_case_27_number_words_give_approximate_counts(analyzer):
    analysis = analyzer.analyze_document(read_document(str(CASES / "27_number_words.txt")))
    found = {(e.type, e.quantity.value, e.quantity.unit, e.quantity.approximate)
             for e in analysis.events if e.quantity}
    assert ("ASSAULT", 24, "people killed", True) in found  # "killed dozens of people"
    assert ("MOBILIZE", 2000, "troops", True) in found  # "deployed thousands of troops"
    assert ("COERCE", 200, "people", True) in found  # "arrested hundreds of protesters"
    assert ("ASSAULT", 24, "people killed", False) in found  # "two dozen people": exact


def test_a_dozen_is_twelve(analyzer):
    analysis = analyzer.analyze("Police arrested a dozen protesters in Lahore on Monday.",
                                date="2025-11-04")
    quantity = analysis.events[0].quantity
    assert quantity is not None and (quantity.value, quantity.approximate) == (12, True)


def test_a_number_after_its_noun_names_and_does_not_count(analyzer):
    analysis = analyzer.analyze("Russian forces attacked Convoy 17 near Kharkiv on Monday.",
                                date="2025-11-04")
    assert analysis.events and all(e.quantity is None for e in analysis.events)
