"""Headlines in Title Case parse sentence-cased (issue 13; casing.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def casing(analyzer):
    return analyzer.casing


def test_a_title_case_headline_is_lowered_but_for_its_names(casing):
    text = "Kenyan Navy Kills Three Pirates Off Somali Coast\n\nThe navy said on Sunday."
    cased = casing.sentence_cased(text)
    # "Pirates" and "Coast": in no lexicon and not in the body, so they may be names
    assert cased == "Kenyan navy kills three Pirates off Somali Coast\n\nThe navy said on Sunday."
    assert len(cased) == len(text)


@pytest.mark.parametrize("text", [
    "Kenyan navy kills three pirates off Somali coast",  # already sentence case
    "Joe Biden",  # too short to tell
    "NATO",
    "",
])
def test_other_first_lines_are_left_alone(casing, text):
    assert casing.sentence_cased(text) is None


def test_a_word_the_body_writes_in_lower_case_is_lowered(casing):
    cased = casing.sentence_cased("Protest Convoy Reaches Capital\n\nThe convoy reached the "
                                  "capital after a week on the road.")
    assert cased is not None and cased.startswith("Protest convoy reaches capital\n")


def test_the_parse_keeps_the_original_words(analyzer):
    text = "Egyptian Police Arrest Twelve Protesters In Cairo"
    analysis = analyzer.analyze(text, date="2016-04-25")
    assert analysis.document.text == text
    events = [(e.type, analysis.actor(e.source).id if e.source else None,
               analysis.actor(e.target).id if e.target else None, e.status,
               e.evidence.trigger.text) for e in analysis.events]
    assert events == [("COERCE", "EGYCOP", "EGYCVL", "occurred", "Arrest")]
    doc = analyzer.parse_text(text)
    assert doc.text == text and [t.text for t in doc][:3] == ["Egyptian", "Police", "Arrest"]
    assert doc[2].lemma_ == "arrest" and doc[2].pos_ == "VERB"
