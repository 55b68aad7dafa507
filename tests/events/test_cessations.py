"""Force told as to be stopped, or as stopped (events/cessations.py; issue 13): the act keeps
its own status and the stopping is a RETREAT of its own. Sentences are the team's own."""

from __future__ import annotations

import pytest
from helpers import coded


@pytest.mark.parametrize("text, expected", [
    # asked: the one asked stops, whatever "its" was taken for
    ("The UK urged Israel to stop its attacks on Gaza.",
     {("ASSAULT", "ISR", "PSE", "ongoing"), ("RETREAT", "ISR", "PSE", "demanded")}),
    ("The UK called for an end to Israeli attacks on Gaza.",
     {("ASSAULT", "ISR", "PSE", "ongoing"), ("RETREAT", "ISR", "PSE", "demanded")}),
    ("Russia must stop its attacks on Ukrainian cities.",
     {("ASSAULT", "RUS", "UKR", "ongoing"), ("RETREAT", "RUS", "UKR", "demanded")}),
    # "must stop" parsed as a subjectless clause under the act's verb
    ("The rockets fired indiscriminately from Lebanon into Israel must stop.",
     {("ASSAULT", "LBN", "ISR", "ongoing"), ("RETREAT", "LBN", "ISR", "demanded")}),
    # told as done: the act went on till then
    ("The Sudanese army ended its attacks on the town.",
     {("ASSAULT", "SDNMIL", None, "occurred"), ("RETREAT", "SDNMIL", None, "occurred")}),
    ("The Sudanese army did not stop its attacks on the town.",
     {("ASSAULT", "SDNMIL", None, "ongoing"), ("RETREAT", "SDNMIL", None, "negated")}),
])
def test_force_stopped_is_a_retreat_and_goes_on(analyzer, text, expected):
    found = coded(analyzer, text)
    assert expected <= found
    assert not {d for d in found if d[0] == "ASSAULT" and d[3] == "demanded"}


def test_the_retreat_is_traced_to_the_stopping_word(analyzer):
    found = analyzer.analyze("The UK urged Israel to stop its attacks on Gaza.",
                             date="2021-04-20")
    retreat = next(e for e in found.events if e.type == "RETREAT")
    assert retreat.evidence.trigger.text == "stop"
    assert (retreat.cameo, retreat.mode) == ("087", "ceasefire")
    assert "trigger:cessation(stop)" in retreat.why


def test_talks_ended_are_no_retreat(analyzer):
    found = coded(analyzer, "Iran ended its talks with the European Union.")
    assert not {d for d in found if d[0] == "RETREAT"}


@pytest.mark.parametrize("text, act", [
    # stopped or vowed stopped by someone else: prevented, not given up
    ("Israel vowed to stop Hamas rocket attacks.", ("ASSAULT", "PSEREB", "ISR", "ongoing")),
    ("Israeli police stopped a Palestinian stabbing attack in Jerusalem.",
     ("ASSAULT", "PSE", "ISR", "occurred")),
])
def test_an_act_stopped_by_another_is_no_retreat(analyzer, text, act):
    found = coded(analyzer, text)
    assert act in found
    assert not {d for d in found if d[0] == "RETREAT"}


@pytest.mark.parametrize("text", [
    "The Security Council called for an end to the attacks on civilians in Syria.",
    "Germany called for an end to the crackdown in Belarus.",
])
def test_the_one_who_calls_for_an_end_did_not_do_the_act(analyzer, text):
    found = coded(analyzer, text)
    callers = {d[1] for d in found if d[0] == "REQUEST"}
    assert callers and not {d for d in found if d[0] in ("ASSAULT", "COERCE", "RETREAT")
                            and d[1] in callers}


def test_repression_stopped_eases_restrictions(analyzer):
    found = analyzer.analyze("Belarus stopped its crackdown on protesters.", date="2021-04-20")
    assert [(e.type, e.cameo, e.mode) for e in found.events if e.type == "RETREAT"] == [
        ("RETREAT", "081", None)]


@pytest.mark.parametrize("text, retreat", [
    # a state stopping its own forces' act: "its" tells it is Israel's, whatever sector
    ("Israel halted its airstrikes on Gaza.", ("RETREAT", "ISRMIL", "PSE", "occurred")),
    # a state's repression is its own
    ("Iran halts crackdown on protesters", ("RETREAT", "IRN", "IRNCVL", "occurred")),
    ("Egypt ended the detention of the activist on Thursday.",
     ("RETREAT", "EGY", "EGYCVL", "occurred")),
])
def test_a_state_stopping_its_own_act(analyzer, text, retreat):
    assert retreat in coded(analyzer, text)
