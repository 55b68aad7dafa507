"""An act looked into is the reason for an inquiry, not an act the sentence tells (issue 13,
events/triggers.py ``looked_into``; lexicons/events.yaml ``investigating_words``)."""

from __future__ import annotations

import pytest


def types(analyzer, text: str) -> list[str]:
    return [e.type for e in analyzer.analyze(text, date="2026-03-11").events]


@pytest.mark.parametrize("text", [
    "The United Nations urged Pakistan to investigate the killings and abductions of "
    "journalists in Balochistan.",
    "Amnesty International said the killings of Kenyan protesters had not been "
    "investigated.",
    "Kenya opened an inquiry into the shooting of two Somali fishermen.",
])
def test_what_is_investigated_is_no_assault(analyzer, text):
    assert "ASSAULT" not in types(analyzer, text)


def test_what_is_documented_or_reviewed_is_real(analyzer):
    # documenting, monitoring and reviewing take what they look at as real (review)
    assert "ASSAULT" in types(analyzer, "Human Rights Watch documented the torture of "
                                        "Syrian detainees by Syrian forces.")


def test_an_act_told_beside_an_inquiry_is_coded(analyzer):
    # the attack itself is told; only the inquiry's object is a reason
    assert "ASSAULT" in types(
        analyzer, "Somali gunmen attacked a Kenyan police post in Mandera on Monday, and "
                  "Kenya opened an inquiry into the raid.")
    # a conjunct with its own owner is its own act: "…into these attacks and its
    # deployment of troops"
    assert "MOBILIZE" in types(
        analyzer, "We welcome the Kenyan government's launch of an investigation into "
                  "these attacks and its deployment of additional troops to the region.")
