"""A readout's other side (events/counterparts.py, issue 13): what one side of a call or
meeting pledges, welcomes or asks with no one named is addressed to the other side.
Sentences are the team's own."""

from __future__ import annotations

from helpers import dyads

CALL = "The Kenyan president spoke by phone with the Ethiopian prime minister on Tuesday. "


def test_a_pledge_in_a_readout_is_made_to_the_other_side(analyzer):
    found = analyzer.analyze(CALL + "The Ethiopian prime minister welcomed the initiative and "
                             "pledged his government's cooperation.", date="2024-05-07")
    coded = dyads(found, status=False)
    assert {("AGREE", "ETHGOV", "KENGOV"), ("COOPERATE", "ETHGOV", "KENGOV")} <= set(coded), \
        coded
    # praise names what it is for: the initiative, whoever's it is (review of the rule)
    assert ("SUPPORT", "ETHGOV", None) in coded, coded
    pledge = next(e for e in found.events if e.type == "AGREE")
    assert "target:counterpart(s0)" in pledge.why


def test_a_public_call_and_help_for_others_are_not_addressed_to_the_other_side(analyzer):
    found = analyzer.analyze(CALL + "The Ethiopian prime minister called for peace talks "
                             "in Sudan and pledged to send aid to the region.",
                             date="2024-05-07")
    assert not [e for e in found.events if any("counterpart" in w for w in e.why)
                and e.type in ("REQUEST", "AID")], dyads(found)


def test_a_third_country_and_a_joint_act_keep_their_own_targets(analyzer):
    found = analyzer.analyze(CALL + "France pledged humanitarian aid.", date="2024-05-07")
    assert all(e.target is None for e in found.events if e.type in ("AGREE", "AID")), \
        dyads(found)
    found = analyzer.analyze(CALL + "Both leaders agreed to press for a ceasefire in Sudan.",
                             date="2024-05-07")
    assert not [e for e in found.events if any("counterpart" in w for w in e.why)], \
        dyads(found)


def test_with_no_talk_a_pledge_keeps_no_target(analyzer):
    found = analyzer.analyze("Japan pledged to expand investment in railways.",
                             date="2024-05-07")
    assert [(e.type, e.target) for e in found.events] == [("AGREE", None)]
