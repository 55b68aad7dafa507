"""Refusals and commitments: "X refused to <act> … Y" is REJECT X→Y (occurred) plus the act,
refused, at Y; "X agreed to <act> … Y" is AGREE X→Y plus the act, agreed (docs/eval.md;
events/frames.py ``_clause_target``, events/embedded.py). Sentences are our own."""

from __future__ import annotations

import pytest
from helpers import dyads


def coded(analysis) -> list:
    return dyads(analysis)


@pytest.mark.parametrize(("text", "rejection", "refused"), [
    ("Hungary refused on Tuesday to share intelligence with Romanian investigators.",
     ("REJECT", "HUN", "ROUCOP", "occurred"), ("COOPERATE", "HUN", "ROUCOP", "refused")),
    ("Belarus refused to let the Lithuanian consul visit the detained trucker.",
     ("REJECT", "BLR", "LTUGOV", "occurred"), None),
])
def test_a_refusal_is_made_to_the_one_the_refused_act_names(analyzer, text, rejection,
                                                            refused):
    found = coded(analyzer.analyze(text, date="2024-05-06"))
    assert rejection in found, found
    if refused is not None:
        assert refused in found, found


def test_a_refusal_naming_no_one_has_no_target(analyzer):
    found = coded(analyzer.analyze("The Serbian minister refused to comment on Monday.",
                                   date="2024-05-06"))
    assert [(t, s, tg) for t, s, tg, _ in found if t == "REJECT"] == [
        ("REJECT", "SRBGOV", None)]


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # coordinated subjects each agree with the one the clause names, not with each other
    ("Chile and Peru agreed on Monday to send rescue teams to Bolivia.",
     [("AGREE", "CHL", "BOL", "occurred"), ("AGREE", "PER", "BOL", "occurred")],
     ("AGREE", "CHL", "PER", "occurred")),
    # the foe of a joint act is not whom the agreement is made to
    ("Quito and Lima agreed to open a joint command to act against the drug cartels of "
     "Colombia.", [("AGREE", "ECUGOV", "PERGOV", "occurred")],
     ("AGREE", "ECUGOV", "COLCRM", "occurred")),
])
def test_a_commitment_is_made_to_the_one_its_clause_names(analyzer, text, expected, absent):
    found = coded(analyzer.analyze(text, date="2024-05-06"))
    for event in expected:
        assert event in found, found
    assert absent not in found, found


def test_a_mobilisation_promised_takes_no_recipient(analyzer):
    found = coded(analyzer.analyze("Ghana pledged on Friday to send 300 troops to Haiti.",
                                   date="2024-05-06"))
    assert ("AGREE", "GHA", "HTI", "occurred") in found, found
    assert [tg for t, _, tg, _ in found if t == "MOBILIZE"] == [None], found


@pytest.mark.parametrize(("text", "intent", "act"), [
    # an intent stated by "ready", "prepared" or "willing" with its own to-infinitive is an
    # AGREE 030 at the one the clause names, and the act is agreed (lexicons/events.yaml
    # ready-a; issue 13: the real and our gold code it so)
    ("Norway stands ready to provide food aid to Malawi.",
     ("AGREE", "NOR", "MWI", "occurred"), ("AID", "NOR", "MWI", "agreed")),
    ("Chile is prepared to support talks with Peru.",
     ("AGREE", "CHL", "PER", "occurred"), None),
    ("Ghana said it was willing to host a meeting with Togo.",
     ("AGREE", "GHA", "TGO", "occurred"), None),
])
def test_an_intent_stated_by_an_adjective_is_an_agreement(analyzer, text, intent, act):
    found = coded(analyzer.analyze(text, date="2024-05-06"))
    assert intent in found, found
    if act is not None:
        assert act in found, found


@pytest.mark.parametrize("text", [
    "The Kenyan troops are ready.",
    "Norway is ready for the vote.",
])
def test_being_ready_with_no_act_is_no_event(analyzer, text):
    assert not any(t == "AGREE" for t, *_ in coded(analyzer.analyze(text, date="2024-05-06")))


@pytest.mark.parametrize(("text", "threat", "harm"), [
    # an intent to do harm is a threat, and the harm is speculative (events/embedded.py
    # ``intent_threats``; review of issue 13)
    ("Chile is ready to attack Peru, the defence minister said.",
     ("THREATEN", "CHL", "PER", "occurred"), ("ASSAULT", "CHL", "PER", "speculative")),
    ("Norway is prepared to impose new sanctions on Iran.",
     ("THREATEN", "NOR", "IRN", "occurred"), ("SANCTION", "NOR", "IRN", "speculative")),
])
def test_an_intent_to_do_harm_is_a_threat(analyzer, text, threat, harm):
    found = coded(analyzer.analyze(text, date="2024-05-06"))
    assert threat in found and harm in found, found
    assert not any(t == "AGREE" for t, *_ in found), found


@pytest.mark.parametrize(("text", "threat"), [
    # a vow to do harm is a threat against its target, not an agreement with it (events/
    # embedded.py ``intent_threats``); the harm keeps the vow's status
    ("Chile vowed to attack Peru if the talks fail.", ("THREATEN", "CHL", "PER", "occurred")),
    ("Norway pledged to impose new sanctions on Iran.", ("THREATEN", "NOR", "IRN", "occurred")),
    # to retaliate: force promised, at the one who struck, never at the vower's own side
    ("Chile vowed to retaliate for the Peruvian raid.", ("THREATEN", "CHL", "PER", "occurred")),
    ("Chile vowed to retaliate for the killing of its general.",
     ("THREATEN", "CHL", None, "occurred")),
])
def test_a_vow_to_do_harm_is_a_threat(analyzer, text, threat):
    found = coded(analyzer.analyze(text, date="2024-05-06"))
    assert threat in found, found
    assert not any(t == "AGREE" for t, *_ in found), found


@pytest.mark.parametrize(("text", "agreement"), [
    # a vow to do good, or to stop another's harm, stays an agreement
    ("Norway pledged to send aid to Sudan.", ("AGREE", "NOR", "SDN", "occurred")),
    ("Chile vowed to stop Peruvian attacks on its fishermen.", ("AGREE", "CHL", None, "occurred")),
])
def test_a_vow_to_help_or_to_stop_harm_is_no_threat(analyzer, text, agreement):
    found = coded(analyzer.analyze(text, date="2024-05-06"))
    assert not any(t == "THREATEN" for t, *_ in found), found
    assert any(t == "AGREE" for t, *_ in found), found


@pytest.mark.parametrize(("text", "absent"), [
    ("Is Ghana willing to negotiate with Togo?", ("AGREE", "agreed")),  # asked, not stated
    ("Kenyan troops are ready to be deployed to Somalia.", ("AGREE",)),  # passive: no intent
    ("Ghana is not ready to resume talks with Togo.", ("agreed",)),  # negated
    ("Troops are getting ready to storm the town of Goma.", ("agreed",)),  # no copula
])
def test_an_intent_asked_passive_or_negated_is_no_agreement(analyzer, text, absent):
    found = coded(analyzer.analyze(text, date="2024-05-06"))
    assert not any(word in (t, status) for t, _, _, status in found for word in absent), found


def test_a_tough_adjective_does_not_make_its_subject_the_doer(analyzer):
    found = coded(analyzer.analyze("Taiwan is difficult to invade, analysts said.",
                                   date="2024-05-06"))
    assert not any(t == "ASSAULT" and source == "TWN" for t, source, _, _ in found), found


@pytest.mark.parametrize(("text", "act"), [
    # an intent denied is a refusal of the act, an intent asked about a guess (second review)
    ("Ghana is not willing to release the Togolese prisoners.", ("RETREAT", "refused")),
    ("Is Ghana ready to attack Togo?", ("ASSAULT", "speculative")),
])
def test_an_intent_negated_or_asked_gives_its_act_a_status(analyzer, text, act):
    found = coded(analyzer.analyze(text, date="2024-05-06"))
    assert act in {(t, status) for t, _, _, status in found}, found
