"""Truces kept, asked for or named in a deal, and force forgone (lexicons/events.yaml
``respect-truce-v`` … ``end-violence-n``; triggers.py ``_agreed_truce``; issue 13, real
train statements). Sentences are the team's own."""

from __future__ import annotations

import pytest
from helpers import coded


@pytest.mark.parametrize("text, expected", [
    ("Somali troops observed the truce through the holiday.",
     ("RETREAT", "SOMMIL", None, "occurred")),
    ("Kenya urged the Somali army to abide by the truce.",
     ("RETREAT", "SOMMIL", None, "demanded")),
    ("Ethiopian rebels refused to adhere to the ceasefire.",
     ("RETREAT", "ETHREB", None, "refused")),
    ("Uganda asked Sudanese militias to lay down their arms.",
     ("RETREAT", "SDNREB", None, "demanded")),
    ("Uganda asked Sudanese militias to put down their guns.",
     ("RETREAT", "SDNREB", None, "demanded")),
    ("Ghana urged Togolese police to refrain from violence against marchers.",
     ("RETREAT", "TGOCOP", None, "demanded")),
])
def test_a_truce_kept_or_force_forgone_is_a_retreat(analyzer, text, expected):
    found = coded(analyzer, text)
    assert expected in found, found


def test_one_truce_kept_is_one_event(analyzer):
    """The verb and the truce it keeps are one happening ("adhere to the ceasefire")."""
    found = coded(analyzer, "Ethiopian rebels refused to adhere to the ceasefire.")
    assert len([d for d in found if d[0] == "RETREAT"]) == 1, found


def test_an_end_to_violence_called_for_stays_on_record_with_no_doer(analyzer):
    found = coded(analyzer, "Norway called for an immediate end to the violence in Kivu.")
    assert ("RETREAT", None, None, "demanded") in found, found

@pytest.mark.parametrize("text, expected", [
    ("Weeks of talks produced a ceasefire agreement between Niger and the Nigerien rebels.",
     {("RETREAT", "NER", "NERREB", "agreed"), ("RETREAT", "NERREB", "NER", "agreed")}),
    ("Niger and the Nigerien rebels signed a truce deal in Algiers.",
     {("RETREAT", "NER", "NERREB", "agreed"), ("RETREAT", "NERREB", "NER", "agreed")}),
    ("Benin called for a ceasefire agreement between Niger and the rebels.",
     {("RETREAT", "NER", None, "demanded")}),
])
def test_a_truce_named_in_a_deal_is_agreed_by_its_parties(analyzer, text, expected):
    found = coded(analyzer, text)
    assert expected <= found, found


def test_a_truce_violated_or_talked_of_is_no_retreat(analyzer):
    found = coded(analyzer, "Ethiopian rebels violated the truce on Sunday.")
    assert not {d for d in found if d[0] == "RETREAT"}, found
    found = coded(analyzer, "The war ended in 1995.")
    assert not {d for d in found if d[0] == "RETREAT"}, found


@pytest.mark.parametrize("text, expected", [
    ("Sudan's generals will sign a ceasefire agreement in Jeddah.",
     ("RETREAT", "SDNMIL", None, "planned")),
    ("The Kremlin denied that a ceasefire agreement with Ukraine had been reached.",
     ("RETREAT", None, "UKR", "denied")),
])
def test_a_truce_in_a_deal_takes_the_status_the_deal_is_told_with(analyzer, text, expected):
    found = coded(analyzer, text)
    assert expected in found, found


def test_a_deal_named_in_capitals_codes_no_truce(analyzer):
    """ "the Minsk Ceasefire Agreement" is a document's name (triggers.py
    ``_agreed_truce``)."""
    found = coded(analyzer, "The Minsk Ceasefire Agreement was signed in 2015.")
    assert not {d for d in found if d[0] == "RETREAT"}, found


@pytest.mark.parametrize("text", [
    "Azerbaijan vowed to honour the ceasefire brokered by Moscow.",
    "The rebels rejected a ceasefire deal proposed by Qatar.",
    "Egypt welcomed efforts by Qatar and the US to broker a truce in Gaza.",
])
def test_a_broker_is_no_party_to_the_truce(analyzer, text):
    """Who brokers, proposes or drafts a truce takes no part in it (details.py
    ``BROKER_VERBS``; review of issue 13 work)."""
    found = coded(analyzer, text)
    brokers = {"RUSGOV", "RUS", "QAT", "USA"}
    assert not {d for d in found if d[0] in ("RETREAT", "AGREE")
                and ({d[1], d[2]} & brokers)}, found


@pytest.mark.parametrize("text, broker", [
    ("Chad and the Chadian rebels agreed to a ceasefire brokered by Qatar on Tuesday.", "QAT"),
    ("Qatar brokered a truce between Chad and the Chadian rebels.", "QAT"),
])
def test_a_broker_is_not_where_the_truce_holds(analyzer, text, broker):
    """details.py ``_broker`` (second review of issue 13 work)."""
    found = analyzer.analyze(text, date="2021-04-20")
    truces = [e for e in found.events if e.type == "RETREAT"]
    assert truces and not any(e.location and e.location.country == broker for e in truces)
