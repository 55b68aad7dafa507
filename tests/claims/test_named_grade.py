"""A named person is grade A whatever title comes with the name, a bare surname too, and
"police" is a body on record (issue 13; legend A in docs/eval.md, real-text ruling R29);
an unnamed official stays C."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, grade", [
    ("Minister for Coastal Affairs Jonas Berg condemned the blockade of the northern harbour.",
     "A"),
    ('"The harbour will reopen within days," Lindqvist said on Tuesday evening.', "A"),
    ("Police said the coast road stayed closed after the second landslide.", "A"),
    ("A senior official said the coast road stayed closed after the second landslide.", "C"),
])
def test_the_grade_of_who_speaks(analyzer, text, grade):
    claim = analyzer.analyze(text, date="2025-11-04").claims[0]
    assert claim.sourcing_grade == grade


def test_a_relative_speaks_for_themselves_not_the_person_they_name(analyzer):
    """ "His son said…" after "… arrested Imran Khan": the son is no named source, so not
    grade A, and the claim is not Khan's (our dev gold, legend C)."""
    analysis = analyzer.analyze("Police arrested former prime minister Imran Khan at his "
                                "home in Lahore on Tuesday. His son said he had been taken "
                                "away for questioning.", date="2023-05-09")
    claim = next(c for c in analysis.claims if c.text.startswith("His son"))
    assert claim.sourcing_grade == "C" and claim.attribution.source_actor is None
