"""Long texts: parsed in pieces whose offsets still index the whole text (issue 12)."""

from __future__ import annotations

import pytest
from helpers import SEED

from newsledger import analyzer as analyzer_module
from newsledger.analyzer import split_text
from newsledger.reader import make_document


@pytest.mark.parametrize("text", [
    "One paragraph.\n\nTwo paragraphs here.\n\n" * 40,
    "a line\n" * 300,
    "No breaks at all but sentences. " * 200,
    "x" * 2_500,  # not a single space: hard cuts
])
def test_pieces_join_to_the_text_and_respect_the_limit(text):
    pieces = split_text(text, limit=500)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= 500 for p in pieces)


def test_cuts_fall_after_paragraph_breaks_when_there_are_some():
    text = ("A paragraph of some length, about the talks. " * 3 + "\n\n") * 30
    pieces = split_text(text, limit=1_000)
    assert len(pieces) > 1
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def test_a_short_text_is_one_piece():
    assert split_text("Short text.", limit=500) == ["Short text."]


@pytest.fixture()
def small_pieces(monkeypatch):
    """Make every text over 800 characters long, so pieces are exercised cheaply."""
    monkeypatch.setattr(analyzer_module, "MAX_PIECE", 800)


def test_a_long_text_analysed_in_pieces_keeps_whole_text_offsets(analyzer, small_pieces):
    text = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    assert len(text) > 3 * 800
    document = make_document(text, date="2025-10-28")
    assert len(analyzer.parse_text(document.text).text) == len(document.text)
    assert len(analyzer_module.split_text(document.text, analyzer_module.MAX_PIECE)) >= 3
    analysis = analyzer.analyze_document(document)
    assert len(analysis.events) >= 5 and len(analysis.actors) >= 5
    for actor in analysis.actors:
        for m in actor.mentions:
            assert document.text[m.start : m.end] == m.text
    for event in analysis.events:
        trigger = event.evidence.trigger
        assert document.text[trigger.start : trigger.end] == trigger.text
    assert analysis.sentences[-1].end <= len(document.text)
    assert [s.index for s in analysis.sentences] == list(range(len(analysis.sentences)))


def test_analyze_many_keeps_order_with_long_and_short_texts(analyzer, small_pieces):
    long_text = SEED.read_text(encoding="utf-8").split("\n", 1)[1].strip()
    items = ["Turkey sent 30 tonnes of aid to Gaza on Monday, officials said.", long_text,
             "Police arrested 27 protesters in Tbilisi on Sunday."]
    analyses = list(analyzer.analyze_many(items))
    assert [a.document.text for a in analyses] == items
    assert analyses[0].events[0].type == "AID"
    assert len(analyses[1].events) >= 5
