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
    # third review: named groups the model tags NORP, "call" a little apart from its
    # preposition, more feelings, a year is no count, "pressed for", "countered that"; an
    # apposition and a list stay in the speaker's words
    ("The Taliban rejected the accusations of the UN mission.", "The Taliban"),
    ("Ethiopia called on Monday for talks with the Tigrayan leadership.", "Ethiopia"),
    ("Japan expressed skepticism about the North Korean offer.", "Japan"),
    ("Iran welcomed the 2015 nuclear deal.", "Iran"),
    ("Turkey pressed for a ceasefire in Idlib.", "Turkey"),
    ("The ministry countered that the figures were exaggerated.", "The ministry"),
    ("The foreign minister, Ana Lopez, urged the rebels to lay down their arms.",
     "The foreign minister, Ana Lopez"),
    ("Kenya, Uganda and Tanzania urged the rebels to lay down their arms.",
     "Kenya, Uganda and Tanzania"),
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
    "Macron called on Monday to discuss the crisis.",
    "The Egyptian president called on the Emir of Qatar at his palace in Doha.",
    "Russian forces pressed their offensive towards Pokrovsk.",
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
    ("Gordon Brown: Britain will send extra troops to Velmar\n\nBrown spoke on Monday.",
     "reported-speech", "Gordon Brown"),
    ("General Petraeus: Fight for Marja is 'just the initial operation'\n\n"
     "The general spoke on Sunday.", "direct-quote", "General Petraeus"),
])
def test_a_headline_opening_with_a_persons_name_and_a_colon_is_theirs(analyzer, text, kind,
                                                                       source):
    claim = first_claim(analyzer, text, outlet="Wikinews")
    assert (claim.attribution.type, claim.sourcing_grade) == (kind, "A"), claim.why
    assert claim.attribution.source_text == source


@pytest.mark.parametrize("text", [
    "Somali piracy: Kenyan navy kills three pirates\n\nThe navy spoke on Sunday.",
    # a feature about the person, not their words (third review)
    "Angela Merkel: 16 years in power\n\nShe left office in 2021.",
    "Joe Biden: What his win means for Asia\n\nHe won the election.",
])
def test_a_headline_naming_a_topic_or_a_feature_before_its_colon_is_not(analyzer, text):
    claim = first_claim(analyzer, text, outlet="Wikinews")
    assert claim.sourcing_grade == "E", claim.why


def test_a_call_whose_infinitive_parses_as_an_adverbial_is_still_speech(analyzer):
    """ "called on Friday on the government … to investigate": spaCy attaches the
    infinitive as an adverbial clause; it is still what is called for (issue 13)."""
    claim = first_claim(analyzer, "The European Union on Monday called on the government of "
                        "Peru to investigate the deaths of protesters.")
    assert (claim.attribution.type, claim.sourcing_grade) == ("reported-speech", "A")
    assert claim.attribution.source_text == "The European Union"



def test_a_speakers_words_leave_out_the_day(analyzer):
    """Review: "Kenya's president on Friday called on…" is cited as "Kenya's president"."""
    claim = first_claim(analyzer, "Kenya's president on Friday called on the rebels to lay "
                        "down their arms.")
    assert claim.attribution.source_text == "Kenya's president"
