"""The scorer on hand-built analyses (exact numbers), gold-file validation, and one real run."""

from __future__ import annotations

import json

import pytest

from newsledger.evaluation import load_gold, parse_item, score_item
from newsledger.evaluation.scoring import Report, match_events
from newsledger.inputs import InputError
from newsledger.model import (
    Actor,
    Analysis,
    Attribution,
    Claim,
    Document,
    Event,
    Evidence,
    Location,
    Mention,
    Quantity,
    TextSpan,
)

TEXT = "Islamabad agreed to send 20,000 troops to Gaza, Reuters reported."


def _actor(actor_id: str, code: str, sector: str | None, start: int, end: int) -> Actor:
    mention = Mention(start, end, TEXT[start:end], 0, "test")
    return Actor(actor_id, actor_id, "country", code[:3], sector, code, [mention])


def _event(n: int, plover: str, source: str | None, target: str | None, status: str,
           quantity: float | None = None, cameo: str = "030", where: str | None = None
           ) -> Event:
    qty = Quantity(quantity, "troops", "20,000", 25, 31) if quantity is not None else None
    loc = Location(where, where, None, None, 0, 0, "test") if where else None
    return Event(f"e{n}", plover, None, cameo, None, None, None, source, target, [], status,
                 False, loc, None, "none", None, qty, Evidence(0, 0, len(TEXT),
                                                               TextSpan(10, 16, "agreed")), [])


def _analysis(events: list[Event], claims: list[Claim] | None = None) -> Analysis:
    actors = [_actor("pak", "PAKGOV", "GOV", 0, 9), _actor("pse", "PSE", None, 42, 46),
              _actor("reuters", "JRN", "JRN", 48, 55)]
    return Analysis(Document("d", TEXT), [], actors, events, claims or [])


def _item(**fields) -> object:
    return parse_item({"id": "x", "text": TEXT, **fields}, 1)


def test_match_takes_the_best_pair_first():
    # Two predictions fit the gold dyad and type; the one agreeing on status wins.
    analysis = _analysis([_event(1, "MOBILIZE", "pak", None, "planned"),
                          _event(2, "MOBILIZE", "pak", "pse", "agreed", 20000)])
    item = _item(events=[{"plover": "MOBILIZE", "source": "PAK", "status": "agreed",
                          "quantity": 20000}])
    pairs, missed, spurious = match_events(analysis, item.events)
    assert [e.id for _, e in pairs] == ["e2"] and not missed
    assert [e.id for e in spurious] == ["e1"]


def test_codes_match_at_the_gold_granularity():
    analysis = _analysis([_event(1, "AGREE", "pak", "pse", "occurred")])
    for source, fits in (("PAK", True), ("PAKGOV", True), ("PAKMIL", False), ("IND", False)):
        item = _item(events=[{"plover": "AGREE", "source": source, "target": "PSE"}])
        pairs, _, _ = match_events(analysis, item.events)
        assert bool(pairs) is fits, source
    wrong_type = _item(events=[{"plover": "CONSULT", "source": "PAK"}])
    assert not match_events(analysis, wrong_type.events)[0]


def test_report_counts_precision_recall_fields_and_confusion():
    analysis = _analysis([_event(1, "AGREE", "pak", None, "occurred", cameo="036"),
                          _event(2, "AID", "pak", "pse", "planned", 20000, where="PSE"),
                          _event(3, "ASSAULT", "pse", None, "occurred")])
    item = _item(events=[
        {"plover": "AGREE", "source": "PAK", "status": "occurred", "cameo": "03"},
        {"plover": "MOBILIZE", "source": "PAK", "target": "PSE", "status": "agreed",
         "quantity": 20000},
        {"plover": "CONCEDE", "source": "IND"},
    ])
    report = Report()
    report.add(score_item(item, analysis))
    data = report.to_dict()
    assert (data["events"]["tp"], data["events"]["fp"], data["events"]["fn"]) == (1, 2, 2)
    assert data["events"]["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert data["events"]["recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert data["status_accuracy"] == 1.0 and data["cameo_accuracy"] == 1.0
    # MOBILIZE gold on the PAK→PSE dyad got AID: a confusion, not a miss.
    assert data["confusion"]["MOBILIZE"] == {"AID": 1}
    assert data["confusion"]["CONCEDE"] == {"—": 1}
    assert data["confusion"]["—"] == {"ASSAULT": 1}
    assert data["by_type"]["AGREE"]["f1"] == 1.0
    assert data["by_status"]["agreed"] == {"gold": 1, "matched": 0, "right": 0}


def test_types_alone_ignore_the_dyad_and_match_one_to_one():
    # Two AGREE on the wrong dyad, one ASSAULT nobody coded: one AGREE type is right.
    analysis = _analysis([_event(1, "AGREE", "pse", None, "occurred"),
                          _event(2, "AGREE", "pse", "pak", "occurred"),
                          _event(3, "ASSAULT", "pse", None, "occurred")])
    item = _item(events=[{"plover": "AGREE", "source": "PAK"},
                         {"plover": "MOBILIZE", "source": "PAK"}])
    report = Report()
    report.add(score_item(item, analysis))
    data = report.to_dict()
    assert data["events"]["tp"] == 0
    assert (data["types"]["tp"], data["types"]["fp"], data["types"]["fn"]) == (1, 2, 1)
    assert data["types"]["f1"] == pytest.approx(0.4, abs=1e-4)


def test_empty_gold_makes_every_event_spurious_and_absent_gold_scores_nothing():
    analysis = _analysis([_event(1, "AGREE", "pak", None, "occurred")])
    none_expected = score_item(_item(events=[]), analysis)
    assert len(none_expected.spurious) == 1 and none_expected.errors == 1
    not_scored = score_item(_item(), analysis)
    assert not not_scored.spurious and not_scored.errors == 0


def test_actor_and_claim_checks():
    claim = Claim("c1", TEXT, 0, len(TEXT), 0, ["e1"],
                  Attribution("reuters", "Reuters", "reported", "reported-speech", 48, 55),
                  "B", [], [], False, [])
    analysis = _analysis([], [claim])
    item = _item(actors=[{"text": "islamabad", "country": "PAK", "sector": "GOV"},
                         {"text": "Gaza", "country": "PSE"},
                         {"text": "Reuters", "country": "USA"},
                         {"text": "Tehran", "country": "IRN"}],
                 claims=[{"text_contains": "20,000 troops", "grade": "B",
                          "type": "reported-speech", "source": "Reuters"},
                         {"text_contains": "Islamabad", "grade": "D",
                          "type": "according-to"}])
    result = score_item(item, analysis)
    assert [ok for _, _, ok in result.actor_checks] == [True, True, False, False]
    checks = {(g.text_contains, name): ok for g, name, _, _, ok in result.claim_checks}
    assert checks == {("20,000 troops", "grade"): True, ("20,000 troops", "type"): True,
                      ("20,000 troops", "source"): True, ("Islamabad", "grade"): False,
                      ("Islamabad", "type"): False}
    report = Report()
    report.add(result)
    claims = report.to_dict()["claims"]
    assert claims["grade_accuracy"] == 0.5 and claims["attribution_accuracy"] == 0.5
    assert report.to_dict()["actors"]["accuracy"] == 0.5


@pytest.mark.parametrize("line, reason", [
    ("not json", "not JSON"),
    ('["a list"]', "JSON object"),
    ('{"id": "a"}', "missing 'text'"),
    ('{"id": "a", "text": "x", "events": [{"plover": "HUG"}]}', "'plover'"),
    ('{"id": "a", "text": "x", "events": [{"plover": "AID", "status": "done"}]}',
     "'status'"),
    ('{"id": "a", "text": "x", "events": [{"plover": "AID", "quantity": "many"}]}',
     "'quantity'"),
    ('{"id": "a", "text": "x", "events": [{"plover": "AID", "source": "pak"}]}',
     "upper-case"),
    ('{"id": "a", "text": "x", "claims": [{"text_contains": "y"}]}', "not in the item"),
    ('{"id": "a", "text": "x", "date": "yesterday"}', "YYYY-MM-DD"),
])
def test_bad_gold_lines_name_file_and_line(tmp_path, line, reason):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "ok", "text": "fine"}\n' + line + "\n")
    with pytest.raises(InputError) as info:
        load_gold(path)
    assert str(path) in str(info.value) and "line 2" in str(info.value)
    assert reason in str(info.value)


def test_duplicate_ids_empty_and_missing_files(tmp_path):
    dup = tmp_path / "dup.jsonl"
    dup.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    with pytest.raises(InputError, match="duplicate id"):
        load_gold(dup)
    with pytest.warns(UserWarning, match="duplicate id"):
        items = load_gold(dup, unique_ids=False)  # someone else's file: keep both
    assert [i.id for i in items] == ["a", "a@2"] and items[1].text == "y"
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    with pytest.raises(InputError, match="no gold items"):
        load_gold(empty)
    with pytest.raises(InputError, match="missing.jsonl"):
        load_gold(tmp_path / "missing.jsonl")


def test_evaluate_runs_the_analyzer(analyzer, tmp_path):
    from newsledger.evaluation import evaluate

    path = tmp_path / "gold.jsonl"
    items = [{"id": "1", "date": "2025-03-01",
              "text": "Russian forces shelled the Ukrainian city of Kharkiv on Monday.",
              "events": [{"plover": "ASSAULT", "source": "RUS", "target": "UKR"}]},
             {"id": "2", "date": "2025-03-01", "text": "Kharkiv is a large city.",
              "events": []}]
    path.write_text("\n".join(json.dumps(i) for i in items))
    report = evaluate(load_gold(path), analyzer, name="t")
    data = report.to_dict()
    assert data["n"] == 2 and data["items_per_second"] > 0
    assert data["events"]["tp"] + data["events"]["fn"] == 1
    assert len(report.results) == 2


def test_context_is_analysed_but_only_the_items_own_sentence_is_scored(analyzer, tmp_path):
    from newsledger.evaluation import evaluate
    from newsledger.evaluation.scoring import analyses

    context = ("Russian forces shelled the Ukrainian city of Kharkiv on Monday.\n\n"
               "The Foreign Secretary said: ")
    item = {"id": "c1", "date": "2025-03-01", "context": context,
            "text": "We condemn this attack on Ukraine.",
            "events": [], "actors": [{"text": "Ukraine", "country": "UKR"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(item))
    [gold] = load_gold(path)
    assert gold.context == context
    report = evaluate([gold], analyzer, name="t")
    [result] = report.results
    # the shelling in the context is analysed (the whole text is one document) ...
    assert result.analysis.document.text.startswith("Russian forces shelled")
    whole = next(analyses([gold], analyzer))
    assert any(e.type == "ASSAULT" and e.evidence.start < len(context) for e in whole.events)
    # ... but no event of the context is scored against the item
    assert all(e.evidence.start >= len(context) for e in result.analysis.events)
    assert all(e.type != "ASSAULT" for e in result.spurious)
    assert result.actor_checks and result.actor_checks[0][1] == "UKR"


def test_the_text_after_an_item_is_read_from_its_doc_and_never_scored(analyzer, tmp_path):
    """A quotation that closes after the item names its speaker there: the item is
    analysed with the rest of its paragraph and the next one, read from its ``doc``, and
    only its own sentence is scored."""
    from newsledger.evaluation import evaluate

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "date 2019-05-02 Minister speaks on the border\n\n"
        "The minister spoke in the capital.\n\n"
        '"The shelling of our villages must stop. Ruritanian troops shelled Dolna again '
        'on Tuesday," said Foreign Minister Ana Petrova.\n\n'
        "Ruritania denied it.\n\nLater paragraphs are not read.\n")
    base = {"doc": "docs/a.txt", "date": "2019-05-02"}
    items = [
        {"id": "h", **base, "context": "", "text": "Minister speaks on the border"},
        {"id": "s2", **base, "context": "Minister speaks on the border\n\nThe minister "
         "spoke in the capital.\n\n", "text": '"The shelling of our villages must stop.',
         "claims": [{"text_contains": "must stop", "grade": "A", "type": "direct-quote",
                     "source": "Ana Petrova"}], "events": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items))
    head, quote = load_gold(path)
    assert head.after == "\n\nThe minister spoke in the capital."
    assert quote.after.startswith(" Ruritanian troops shelled Dolna")
    assert quote.after.endswith("\n\nRuritania denied it.")
    report = evaluate([quote], analyzer, name="t")
    [result] = report.results
    # the speaker named after the item is found ...
    assert [ok for *_, ok in result.claim_checks] == [True, True, True]
    # ... and the shelling told after it is analysed but not scored against it
    assert result.analysis.events == [] and result.spurious == []
    assert "Ruritanian troops shelled" in result.analysis.document.text


def test_an_item_whose_doc_is_missing_or_other_is_an_error(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Talks began.", "doc": "nowhere.txt"}))
    with pytest.raises(InputError, match="line 1: 'doc' 'nowhere.txt'"):
        load_gold(path)
    (tmp_path / "other.txt").write_text("Something else entirely.\n")
    path.write_text(json.dumps({"id": "x", "text": "Talks began.", "doc": "other.txt"}))
    with pytest.raises(InputError, match="not in its 'doc'"):
        load_gold(path)


def test_an_event_told_again_in_the_item_is_the_items_too(analyzer, tmp_path):
    """One happening, one event (merges.told_in): the abduction the context first tells
    and the item tells again is one event, and the item is scored on it."""
    from newsledger.evaluation import evaluate

    context = "Ghana condemned the abduction of two Malian soldiers in Gao on Monday. "
    item = {"id": "c2", "date": "2019-03-12", "context": context,
            "text": "Mali called the abduction a crime.",
            "events": [{"plover": "ASSAULT", "target": "MLIMIL"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(item))
    report = evaluate(load_gold(path), analyzer, name="t")
    [result] = report.results
    [(gold, event)] = result.matches
    assert event.evidence.start < len(context)  # told first in the context
    assert any(w.startswith("merge:anaphora(s1:") for w in event.why)
    # the context's own ACCUSE is still not the item's
    assert all(e.type != "ACCUSE" for e in result.analysis.events)


def test_an_items_outlet_is_the_documents_publisher(analyzer, tmp_path):
    from newsledger.evaluation import evaluate

    item = {"id": "o1", "date": "2019-03-04", "outlet": "U.S. Department of State",
            "context": "Attacks on Aid Workers in Northern Ruritania\n\n",
            "text": "We call on both sides to halt the fighting.",
            "events": [{"plover": "REQUEST", "source": "USAGOV"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(item))
    [gold] = load_gold(path)
    assert gold.outlet == "U.S. Department of State"
    assert evaluate([gold], analyzer).to_dict()["events"]["tp"] == 1
    del item["outlet"]  # who says "we" is then not known
    path.write_text(json.dumps(item))
    assert evaluate(load_gold(path), analyzer).to_dict()["events"]["tp"] == 0


def test_every_miss_gets_one_class():
    """Issue 13: no trigger, wrong type, source/target missing or wrong, extra event,
    status wrong (evaluation/misses.py)."""
    analysis = _analysis([
        _event(1, "AGREE", None, "pse", "occurred"),       # gold AGREE PAK→PSE: no source
        _event(2, "CONSULT", "pak", "pse", "occurred"),    # gold REQUEST PAK→PSE: wrong type
        _event(3, "MOBILIZE", "pak", "reuters", "planned"),  # gold MOBILIZE PAK→PSE
        _event(4, "ASSAULT", "pse", None, "occurred"),     # extra
        _event(5, "AID", "pak", "pse", "planned"),         # gold AID: status wrong
    ])
    item = _item(events=[
        {"plover": "AGREE", "source": "PAK", "target": "PSE"},
        {"plover": "REQUEST", "source": "PAK", "target": "PSE"},
        {"plover": "MOBILIZE", "source": "PAK", "target": "PSE"},
        {"plover": "THREATEN", "source": "PAK", "target": "IND"},
        {"plover": "AID", "source": "PAK", "target": "PSE", "status": "occurred"},
    ])
    result = score_item(item, analysis)
    assert sorted(kind for kind, _ in result.misses) == sorted([
        "source missing", "wrong type", "target wrong", "no trigger", "extra event",
        "status wrong"])
    report = Report()
    report.add(result)
    data = report.to_dict()["misses"]
    assert data["no trigger"] == 1 and data["extra event"] == 1 and sum(data.values()) == 6


def test_a_gold_actor_is_found_as_a_whole_word_before_inside_another():
    """The gold actor "UN" is the UN, not the "un" of "launch" earlier in the item."""
    from newsledger.evaluation.scoring import _find

    text = "We welcome the launch of an inquiry and support efforts by the UN to help."
    assert _find(text, "UN") == (text.index("UN"), text.index("UN") + 2)
    assert _find(text, "the un") == (text.index("the UN"), text.index("the UN") + 6)
    assert _find("relaunched", "launch") == (2, 8)  # no whole word: anywhere, any case
    assert _find(text, "NATO") is None


def test_a_body_sentence_folded_into_the_headline_still_tells_the_event(analyzer):
    """A body mention first folded into the headline's event ("the attack" under "… on the
    Attack in Herat") stays told when that event folds into a later body event, so the
    item holding that mention is scored on it (merges.told_in)."""
    from newsledger.events.merges import told_in

    text = ("Statement by Secretary Clinton on the Attack in Herat\n\n"
            "U.S. Department of State Washington, D.C. May 3, 2012\n\n"
            "I condemn without reservation the attack on our consulate in Herat today. "
            "As we work to secure our staff, we have confirmed that one of our diplomats "
            "was killed.")
    analysis = analyzer.analyze(text, date="2012-05-03", outlet="U.S. Department of State")
    [assault] = [e for e in analysis.events if e.type == "ASSAULT"]
    condemning = next(s.index for s in analysis.sentences
                      if "I condemn" in text[s.start:s.end])
    assert assault.evidence.trigger.text == "killed"
    assert condemning in told_in(assault) and 0 in told_in(assault)
