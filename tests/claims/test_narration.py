"""Who speaks in news narration (claims/narration.py; real-text ruling R28, docs/eval.md):
a named subject's verbal act is that subject's reported speech; deeds stay the outlet's."""

from __future__ import annotations

import pytest


def first_claim(analyzer, text: str, outlet: str = "Harbor Wire"):
    return analyzer.analyze(text, date="2025-11-04", outlet=outlet).claims[0]


@pytest.mark.parametrize("text, source", [
    ("The Velmari government called on the rebels on Monday to lay down their arms.",
     "The Velmari government"),
    ("Harbour workers were urged by the International Labour Organization to end the strike.",
     "the International Labour Organization"),
    ("Amnesty International appealed for calm in the capital.", "Amnesty International"),
    ("Germany expressed concern about the vote in Velmar.", "Germany"),
    ("Iran, which has long criticised the sanctions, rejected the offer.", "Iran"),
    ("Members of the Velmar National Assembly including Ana Tamar and Jon Reyes expressed "
     "their dissatisfaction with the tax.",
     "Members of the Velmar National Assembly including Ana Tamar and Jon Reyes"),
])
def test_a_named_subjects_verbal_act_is_their_reported_speech(analyzer, text, source):
    claim = first_claim(analyzer, text)
    assert (claim.attribution.type, claim.sourcing_grade) == ("reported-speech", "A"), \
        (text, claim.why)
    assert claim.attribution.source_text == source
    assert claim.why[0].startswith("attr:news-speech(")


@pytest.mark.parametrize("text", [
    # deeds named by the same verbs (second review of issue 13)
    "Kenya called a snap election for August.",
    "Joe Biden called Vladimir Putin on Tuesday.",
    "Germany called its ambassador home for consultations.",
    "Joe Biden welcomed Fumio Kishida to the White House on Wednesday.",
    "Germany welcomed 300 Afghan families last month.",
    "Donald Trump appealed the verdict on Friday.",
    "Germany expressed 20 tonnes of medical supplies to Gaza by air.",
    "Volodymyr Zelensky dismissed the head of the SBU on Sunday.",
    # votes and rulings
    "Parliament rejected the budget for a second time.",
    "The court rejected the appeal of the jailed opposition leader.",
    # not said: possible, asked, negated, to come
    "Japan could demand compensation for the damaged vessel.",
    "Why did Germany urge restraint so late?",
    "The Velmari government did not condemn the attack.",
    "The Velmari government will call on the rebels to disarm.",
    # no one named, or the outlet itself
    "Supporters of the former governor called for his release.",
    "Palestinians welcomed the ceasefire with celebrations in the streets.",
    "Protesters called for the resignation of the governor of Velmar.",
    "The Harbor Wire urged readers to verify the claims.",
    "Velmari refugees welcomed in Germany",
    # a deed
    "The Velmari government closed its embassy in Dunmore on Monday.",
])
def test_deeds_unsaid_acts_and_unnamed_subjects_stay_the_outlets_own(analyzer, text):
    claim = first_claim(analyzer, text)
    assert (claim.attribution.type, claim.sourcing_grade) == ("unattributed", "E"), \
        (text, claim.why)


@pytest.mark.parametrize("text, kind, source", [
    ("Gordon Brown: Extra troops for Velmar, harbour security the focus for conference\n\n"
     "Brown spoke on Monday.", "reported-speech", "Gordon Brown"),
    ("General Petraeus: Fight for Marja is 'just the initial operation'\n\n"
     "The general spoke on Sunday.", "direct-quote", "General Petraeus"),
])
def test_a_headline_opening_with_a_persons_name_and_a_colon_is_theirs(analyzer, text, kind,
                                                                       source):
    claim = first_claim(analyzer, text, outlet="Wikinews")
    assert (claim.attribution.type, claim.sourcing_grade) == (kind, "A"), claim.why
    assert claim.attribution.source_text == source


def test_a_headline_naming_a_topic_before_its_colon_is_not(analyzer):
    claim = first_claim(analyzer, "Somali piracy: Kenyan navy kills three pirates\n\n"
                                  "The navy spoke on Sunday.", outlet="Wikinews")
    assert claim.sourcing_grade == "E"
