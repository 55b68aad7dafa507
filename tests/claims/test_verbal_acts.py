"""Verbal acts of a named subject are reported speech (issue 13; real-text rulings R20 and
R28): "urged", "welcomed", "called for", "agreed that". Readout narration, negated acts and
"agreed on <day> to <act>" stay the outlet's own (E)."""

from __future__ import annotations

import pytest


def claim_of(analyzer, text: str):
    return analyzer.analyze(text, date="2025-11-04").claims[0]


@pytest.mark.parametrize("text, cue, source", [
    ("Foreign Minister Anna Kovac urged both parties to resume the border talks this week.",
     "urged", "Anna Kovac"),
    ("Amnesty International welcomed the release of the four detained reporters.",
     "welcomed", "Amnesty International"),
    ("Sweden and Peru agreed that the fisheries dispute needs a neutral arbiter.",
     "agreed", "Sweden and Peru"),
    ("President Ilse Marten called for calm after the disputed count in the capital.",
     "called", "Ilse Marten"),
])
def test_a_verbal_act_of_a_named_subject_is_reported_speech(analyzer, text, cue, source):
    claim = claim_of(analyzer, text)
    assert claim.attribution.type == "reported-speech"
    assert claim.attribution.cue == cue
    assert source in claim.attribution.source_text
    assert claim.sourcing_grade == "A"
    assert any(w.startswith("attr:verbal-act(") for w in claim.why)


@pytest.mark.parametrize("text", [
    "President Ilse Marten spoke with Prime Minister Tomas Weir about the flooding on Monday.",
    "Foreign Minister Anna Kovac did not criticise the neighbouring government in her speech.",
    "Norway and Chile agreed on Monday to exchange trade envoys before the summer.",
    "The council vetoed a draft resolution calling for an inquiry into the port fire.",
])
def test_narration_negation_and_material_acts_stay_unattributed(analyzer, text):
    claim = claim_of(analyzer, text)
    assert (claim.sourcing_grade, claim.attribution.type) == ("E", "unattributed")


def test_a_vague_cue_comes_before_a_verbal_act(analyzer):
    claim = claim_of(analyzer, "The junta has reportedly rejected the mediators' latest plan.")
    assert claim.sourcing_grade == "D"
