"""Counts in words and numbers that name rather than count (issue 14, case 27)."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize(("text", "value"), [
    ("Police arrested tens of thousands of protesters in Minsk on Sunday.", 10000),
    ("Hundreds of thousands of people marched against the government in Paris.", 100000),
])
def test_tens_of_thousands_is_the_order_of_magnitude(analyzer, text, value):
    analysis = analyzer.analyze(text, date="2025-11-04")
    quantity = analysis.events[0].quantity
    assert quantity is not None and (quantity.value, quantity.approximate) == (value, True)


def test_a_number_after_its_noun_names_and_does_not_count(analyzer):
    analysis = analyzer.analyze("Russian forces attacked Convoy 17 near Kharkiv on Monday.",
                                date="2025-11-04")
    assert analysis.events and all(e.quantity is None for e in analysis.events)


@pytest.mark.parametrize("text", [
    "Libya detained a Swiss businessman and sentenced him to 16 months in prison.",
    "Islamic State fighters attacked a police post about 18 miles from Mosul on Monday.",
    "Iraqi police detained the protesters for three days before releasing them.",
    "The EU slashed funding for the Palestinian Authority by 20 percent.",
])
def test_a_distance_a_duration_or_a_share_is_no_count(analyzer, text):
    """quantities.yaml ``measures`` (issue 13, real train: "sentenced one to 16 months"
    gave 16)."""
    analysis = analyzer.analyze(text, date="2014-08-17")
    assert analysis.events, text
    assert all(e.quantity is None for e in analysis.events), [e.quantity
                                                               for e in analysis.events]
