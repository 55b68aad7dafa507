"""The stages keep their contracts: each sets only what it declares in ``sets``, and what it
``reads`` is there before it runs (on the seed article, and in the Analyzer's stage list)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from typing import Any

import pytest
from helpers import SEED

from newsledger.model import Document
from newsledger.parse import ATTRIBUTES, GIVEN, Parse, check_order, within
from newsledger.reader import read_document


def _index_or_none(parse: Parse[Any]) -> Any:
    try:
        return parse.index
    except RuntimeError:
        return None


def snapshot(parse: Parse[Any]) -> dict[str, str]:
    """Every attribute of :data:`ATTRIBUTES`, as text that changes when its value does."""
    index = _index_or_none(parse)
    events = [asdict(e) for e in parse.analysis.events]
    values: dict[str, Any] = {
        "document": asdict(parse.document),
        "doc": hashlib.sha256(parse.doc.to_bytes()).hexdigest(),
        "sents": [(s.start, s.end) for s in parse.sents],
        "sentences": [asdict(s) for s in parse.sentences],
        "sentence_of": sorted(parse.sentence_of.items()),
        "headings": sorted(parse.headings),
        "headline": parse.headline,
        "entities": None if parse.entities is None else [
            (e.start, e.end, e.label_) for e in parse.entities.all],
        "publisher": None if parse.publisher is None else parse.publisher.id,
        "index": None if index is None else id(index),
        "index.mentions": None if index is None else {
            k: asdict(a) for k, a in index.actors.items()},
        "index.tokens": None if index is None else (sorted(index.by_token.items()),
                                                    sorted(index.spans().items())),
        "index.groups": None if index is None else sorted(index.groups().items()),
        "analysis.sentences": [asdict(s) for s in parse.analysis.sentences],
        "analysis.actors": [asdict(a) for a in parse.analysis.actors],
        "analysis.events": [{k: v for k, v in e.items() if k != "claim"} for e in events],
        "analysis.events.claim": [(e["id"], e["claim"]) for e in events if e["claim"]],
        "analysis.claims": [asdict(c) for c in parse.analysis.claims],
    }
    return {k: json.dumps(v, sort_keys=True, default=repr) for k, v in values.items()}


def stage_by_stage(analyzer, document: Document) -> tuple[Parse[Any], list[tuple[Any, set]]]:
    """The document through the stages one by one: the parse, and for each stage what
    changed while it ran."""
    parse = analyzer.parse(document)
    steps = []
    before = snapshot(parse)
    for stage in analyzer.stages:
        stage(parse)
        after = snapshot(parse)
        steps.append((stage, {k for k in after if after[k] != before[k]}))
        before = after
    return parse, steps


@pytest.fixture(scope="module")
def run(analyzer):
    return stage_by_stage(analyzer, read_document(str(SEED)))


@pytest.fixture(scope="module")
def strikes(analyzer):
    """Events that need actors the mention finder did not see: "Pakistani" as the source,
    Afghanistan as the country of the place struck."""
    text = "Pakistani strikes killed 12 people in Kabul."
    return stage_by_stage(analyzer, Document(id="strikes", text=text))


@pytest.fixture(scope="module")
def release(analyzer):
    """A press release of a government department: its publisher speaks in it."""
    text = "We call on both sides to halt the fighting."
    return stage_by_stage(analyzer, Document(id="release", text=text,
                                             outlet="U.S. Department of State"))


def test_the_snapshot_covers_every_attribute(run):
    parse, _ = run
    assert set(snapshot(parse)) == set(ATTRIBUTES)


@pytest.mark.parametrize("which", ["run", "strikes", "release"])
def test_every_stage_sets_only_what_it_declares(which, request):
    _, steps = request.getfixturevalue(which)
    for stage, changed in steps:
        undeclared = sorted(k for k in changed if not within(k, stage.sets))
        assert not undeclared, f"{type(stage).__name__} sets {undeclared}, declares {stage.sets}"


class Recorder:
    """Stands in for a Parse and notes which of its attributes a stage touches."""

    def __init__(self, parse: Parse[Any]):
        object.__setattr__(self, "_parse", parse)
        object.__setattr__(self, "touched", set())

    def __getattr__(self, name: str) -> Any:
        self.touched.add(name)
        return getattr(self._parse, name)

    def __setattr__(self, name: str, value: Any) -> None:
        self.touched.add(name)
        setattr(self._parse, name, value)


def test_every_stage_touches_only_what_it_declares(analyzer):
    """Each stage gets at the Parse only through the attributes it reads or sets (the
    first part of each declared name: "analysis.events" lets it at "analysis")."""
    parse = analyzer.parse(read_document(str(SEED)))
    for stage in analyzer.stages:
        recorder = Recorder(parse)
        stage(recorder)  # type: ignore[arg-type]
        declared = {name.split(".")[0] for name in (*stage.reads, *stage.sets)}
        extra = sorted(recorder.touched - declared)
        assert not extra, f"{type(stage).__name__} uses {extra} without declaring them"
        assert recorder.touched, f"{type(stage).__name__} touched nothing"


def test_every_stage_does_something_on_the_seed_article(run, release):
    """... but the Publisher, since a newspaper publishes no government's statement: it
    sets the publisher of a press release."""
    _, steps = run
    idle = [type(s).__name__ for s, c in steps if not c]
    assert idle == ["Publisher"], idle
    _, steps = release
    assert [c for s, c in steps if type(s).__name__ == "Publisher"] == [{"publisher"}]


def test_later_stages_add_to_earlier_results_only_as_declared(strikes):
    """The event stage notes the actors its events need in the index; the claim stage
    links the events to their claims."""
    parse, steps = strikes
    changed = {type(stage).__name__: changed for stage, changed in steps}
    assert changed["EventExtractor"] == {"analysis.events", "index.mentions", "index.tokens"}
    assert changed["ClaimBuilder"] == {"analysis.claims", "analysis.events.claim"}
    assert {"PAK", "AFG"} <= set(parse.index.actors)


def test_what_a_stage_reads_was_set_before_it_ran(run, release):
    """(On the seed article or on a press release: the seed has no publisher.)"""
    available = set(GIVEN)
    for (stage, changed), (_, also) in zip(run[1], release[1], strict=True):
        changed = changed | also
        missing = [r for r in stage.reads if not within(r, available)
                   and not any(a.startswith(r + ".") for a in available)]
        assert not missing, f"{type(stage).__name__} reads {missing} before they are set"
        available |= changed


def test_running_the_stages_is_analyze_document(run, seed):
    parse, _ = run
    assert parse.analysis.to_dict() == seed.to_dict()


def test_the_analyzers_stage_list_is_in_order(analyzer):
    check_order(analyzer.stages)
    names = [type(s).__name__ for s in analyzer.stages]
    assert names == ["Sentences", "Publisher", "MentionFinder", "Coreference",
                     "EventExtractor", "ClaimBuilder", "ActorList", "Offices"]


def test_a_stage_before_what_it_reads_is_refused(analyzer):
    stages = list(analyzer.stages)
    swapped = [*stages[:4], stages[5], stages[4], stages[6]]
    with pytest.raises(ValueError, match="ClaimBuilder reads analysis.events"):
        check_order(swapped)
    with pytest.raises(ValueError, match="MentionFinder reads sentences, sentence_of"):
        check_order(stages[1:])
    with pytest.raises(ValueError, match="MentionFinder reads publisher"):
        check_order([stages[0], *stages[2:]])


def test_unknown_attributes_are_refused():
    class Typo:
        reads = ("doc",)
        sets = ("analysis.event",)

        def __call__(self, parse: Parse[Any]) -> None: ...

    with pytest.raises(ValueError, match="unknown attribute 'analysis.event'"):
        check_order([Typo()])


def test_the_index_is_there_only_after_the_mention_stage(analyzer):
    parse = analyzer.parse(Document(id="d", text="Israel attacked Iran."))
    with pytest.raises(RuntimeError, match="mention stage"):
        parse.index  # noqa: B018


def test_list_items_without_full_stops_are_sentences_not_headings(analyzer):
    """Case 13 (../shared/cases): bullet lines are list items; "Key points" stays a heading."""
    analysis = analyzer.analyze_document(
        read_document(str(SEED.parent.parent / "tests" / "data" / "cases"
                          / "13_bullets_without_periods.txt")))
    headings = [analysis.document.text[s.start:s.end] for s in analysis.sentences if s.heading]
    assert headings == ["Key points", "Key points"]
    events = {(e.type, e.source, e.target) for e in analysis.events}
    assert ("ASSAULT", "RUS", "UKR") in events
    assert any(e.type == "ASSAULT" and e.location and e.location.name == "Kharkiv"
               for e in analysis.events)
    assert any(e.source == "TUR" for e in analysis.events)


def test_other_list_markers_make_list_items_too(analyzer):
    analysis = analyzer.analyze("Overnight\n\n\u2022 Israel struck targets in Gaza City\n1. Egypt "
                                "hosted talks with Qatar in Cairo\n", date="2025-11-04")
    assert [s.heading for s in analysis.sentences] == [True, False, False, False]
    assert {(e.type, e.source) for e in analysis.events} >= {("ASSAULT", "ISR"),
                                                           ("CONSULT", "EGY")}
