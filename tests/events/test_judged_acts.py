"""What is condemned, criticised or investigated is an act told as done, by the one judged
(events/nominal.py ``judged_for``, events/extract.py ``_alleged``, status ``factive`` in
lexicons/status.yaml). Only an allegation's act is held back. Sentences are our own."""

from __future__ import annotations

from helpers import dyads


def test_an_attack_condemned_in_a_noun_is_coded(analyzer):
    found = dyads(analyzer.analyze("The Dutch minister reiterated the condemnation of the "
                                   "attack against the Malian president.", date="2024-05-06"))
    assert ("ASSAULT", None, "MLIGOV", "occurred") in found, found


def test_the_one_criticised_for_an_act_did_it(analyzer):
    found = dyads(analyzer.analyze("Britain criticised Russia for the bombing of a hospital "
                                   "in Aleppo.", date="2024-05-06"), status=False)
    assert [c[1] for c in found if c[0] == "ASSAULT"] == ["RUS"], found
    found = dyads(analyzer.analyze("Romney criticized Obama for visiting Egypt.",
                                   date="2012-10-23"), status=False)
    assert [c for c in found if c[0] == "CONSULT"] == [("CONSULT", "USAGOV", "EGY")], found


def test_an_alleged_act_is_the_accusers_claim_not_an_event(analyzer):
    found = dyads(analyzer.analyze("Kenya accused Somalia of attacking its border posts.",
                                   date="2024-05-06"))
    assert [c[0] for c in found] == ["ACCUSE"], found


def test_what_is_to_be_investigated_took_place(analyzer):
    analysis = analyzer.analyze("The UN called on Pakistan to investigate the attack on "
                                "Pakistani journalists.", date="2024-05-06")
    attacks = [e for e in analysis.events if e.type == "ASSAULT"]
    assert [(e.status, "status:factive(investigate)" in e.why) for e in attacks] == [
        ("occurred", True)], dyads(analysis)
    assert ("ACCUSE", "PAK", None, "demanded") in dyads(analysis)


def test_a_crime_named_with_no_victim_is_no_event(analyzer):
    found = dyads(analyzer.analyze("The court ruled the death penalty for murder "
                                   "unconstitutional.", date="2024-05-06"))
    assert not [c for c in found if c[0] == "ASSAULT"], found


def test_a_relative_clause_has_its_own_status(analyzer):
    """ "the decision, which Spain condemned" was condemned: "decision" governs the clause
    it heads, not one that tells of it (events/status.py ``_governors``)."""
    found = dyads(analyzer.analyze("Germany criticised the decision, which Spain also "
                                   "condemned.", date="2024-05-06"))
    assert ("ACCUSE", "ESP", None, "occurred") in found, found


def test_an_act_not_yet_done_or_not_sure_is_not_told_as_done(analyzer):
    """ "any attack", "the alleged attack": no factive reading (review)."""
    for text in ("Iran vowed to investigate any attack on its nuclear sites.",
                 "The UN called on Pakistan to investigate the alleged attack on journalists."):
        analysis = analyzer.analyze(text, date="2024-05-06")
        assert not [e for e in analysis.events if e.type == "ASSAULT"
                    and e.status == "occurred"], dyads(analysis)


def test_with_no_one_judged_the_act_keeps_its_own_doer(analyzer):
    """ "apologized to Egypt for the attack": no object, so no one is judged for it."""
    found = dyads(analyzer.analyze("Israel apologized to Egypt for the attack on its border "
                                   "post.", date="2024-05-06"), status=False)
    assert [c[1] for c in found if c[0] == "ASSAULT"] != [None], found
    assert not [c for c in found if c[0] == "ASSAULT" and c[1] == "EGY"], found


def test_a_relative_clause_of_its_own_subject_keeps_the_demand_above_it(analyzer):
    """ "demanded a deal that lifts all sanctions": the deal's clause is what is demanded;
    only a clause with a subject of its own ("which Spain condemned") is told apart."""
    found = dyads(analyzer.analyze("Iran demanded a deal that lifts all sanctions on its oil "
                                   "exports.", date="2024-05-06"))
    assert [c[3] for c in found if c[0] == "CONCEDE"] == ["demanded"], found


def test_the_act_a_court_judges_is_the_charge_not_the_courts_act(analyzer):
    for text in ("A Kenyan court convicted two men of attacking a police station.",
                 "A court in Ankara cleared the writer of killing four in a bomb attack."):
        found = dyads(analyzer.analyze(text, date="2024-05-06"), status=False)
        assert [c[0] for c in found] == ["SANCTION"], (text, found)


def test_an_act_in_a_relative_clause_of_the_accused_is_told_as_done(analyzer):
    found = dyads(analyzer.analyze("Israel accused the leader of the group that attacked its "
                                   "embassy.", date="2024-05-06"), status=False)
    assert any(c[0] == "ASSAULT" for c in found), found


def test_a_conviction_noun_judges_its_act_too(analyzer):
    found = dyads(analyzer.analyze("Egypt announced the conviction of 12 men for attacking a "
                                   "church.", date="2024-05-06"), status=False)
    assert all(c[0] != "ASSAULT" for c in found), found
