"""Verdicts passed by naming (events/appraisals.py; issue 13, real train): blame is ACCUSE
111, praise SUPPORT 051, from the appraiser to what is appraised. Sentences are the team's
own."""

from __future__ import annotations

import pytest
from helpers import dyads


def _coded(analyzer, text: str) -> set[tuple[str, str | None, str | None, str]]:
    return set(dyads(analyzer.analyze(text, date="2022-06-14")))


@pytest.mark.parametrize("text, expected", [
    # a verb of appraising with its object, or "as" after it
    ("Beijing views the arrival of American warships in the strait as a provocation.",
     ("ACCUSE", "CHNGOV", "USAMIL", "occurred")),
    ("Greece considers Turkey a threat to its islands.", ("ACCUSE", "GRC", "TUR", "occurred")),
    ("Seoul branded the North Korean launch reckless on Monday.",
     ("ACCUSE", "KORGOV", "PRK", "occurred")),
    # "be" in a clause told by a verb of speech
    ("Chilean President Gabriel Boric said the Peruvian decision was a mistake.",
     ("ACCUSE", "CHLGOV", "PER", "occurred")),
    # the teller of a relative clause owns what it tells of
    ("The minister said the report Amnesty International published was malicious.",
     ("ACCUSE", None, "NGOAMN", "occurred")),
    # praise names no one blamed and needs no target
    ("Japanese Prime Minister Fumio Kishida said the accord was an important first step.",
     ("SUPPORT", "JPNGOV", None, "occurred")),
    ("Kenyan President William Ruto called the ceasefire a breakthrough.",
     ("SUPPORT", "KENGOV", None, "occurred")),
])
def test_verdicts_passed(analyzer, text, expected):
    found = _coded(analyzer, text)
    if expected[1] is None:
        assert any(t[0] == expected[0] and t[2] == expected[2] for t in found), found
    else:
        assert expected in found, found


@pytest.mark.parametrize("text", [
    "Terrorism is a threat to every nation in the region.",  # no one passes it
    "The minister said the situation on the border was dangerous.",  # no one blamed
    "Chile did not consider the Peruvian decision a mistake.",  # negated
    "The mistake cost Peru the match.",  # not a predicate
])
def test_no_verdict(analyzer, text):
    assert not [t for t in _coded(analyzer, text) if t[0] == "ACCUSE"]


def test_a_verdict_that_repeats_its_act_is_one_event(analyzer):
    """ "denounced …, calling it …": one accusation told twice (appraisals.told_verdicts)."""
    found = analyzer.analyze("Tokyo denounced the Chinese drills, calling them a provocation.",
                             date="2022-06-14")
    assert len([e for e in found.events if e.type == "ACCUSE"]) == 1, found.events


def test_one_verdict_said_twice_is_one_event(analyzer):
    found = analyzer.analyze('Mexican President Andres Manuel Lopez Obrador said: "This is a '
                             'great outcome for our workers, a great outcome for all of us."',
                             date="2022-06-14")
    assert len([e for e in found.events if e.type == "SUPPORT"]) == 1, found.events


@pytest.mark.parametrize("text", [
    "Russia said its military operation in the east was a success.",  # its own side
    "Any attack on Taiwan would be a violation of international law, the minister said.",
    "Israel sees the nuclear deal as a victory for Iran.",  # "victory" judges no one
])
def test_no_verdict_on_ones_own_side_or_on_what_has_not_happened(analyzer, text):
    """Review of issue 13: a verdict on one's own country, a hypothetical, and words whose
    praise depends on whom it is for are none."""
    assert not [t for t in _coded(analyzer, text) if t[0] in ("ACCUSE", "SUPPORT")]


def test_the_appraised_things_doer_not_what_it_is_done_to(analyzer):
    """ "sanctions on Russia" are not Russia's: the doer is the thing's owner or demonym, or
    who it is of or by (appraisals._doers)."""
    found = _coded(analyzer, "Beijing said the American sanctions on Russia were illegal.")
    assert ("ACCUSE", "CHNGOV", "USA", "occurred") in found, found
    assert not [t for t in found if t[0] == "ACCUSE" and t[2] == "RUS"], found


@pytest.mark.parametrize("text", [
    "Iran called the Israeli strike a provocation.",
    "Iran Calls Israeli Strike A Provocation",  # a headline parsed with two objects
])
def test_an_act_named_is_judged_not_called_for(analyzer, text):
    """syntax.names_as: "called the strike a provocation" calls no strike (no labour strike,
    nothing demanded) and the caller does not strike; the strike is Israel's."""
    found = _coded(analyzer, text)
    assert ("ACCUSE", "IRN", "ISR", "occurred") in found, found
    assert not [t for t in found if t[0] == "PROTEST" or t[3] == "demanded"], found
    assert [t for t in found if t[0] == "ASSAULT" and t[1] and t[1].startswith("ISR")], found


@pytest.mark.parametrize("text, expected", [
    # a word of blame told with its owner: from its teller to its owner (frame owned-verdict)
    ('South Korean President Yoon Suk Yeol said that "we have tolerated North Korea\'s '
     'brutality for too long."', ("ACCUSE", "KORGOV", "PRK", "occurred")),
    ("Poland's foreign minister commended Lithuania's calm in the face of Belarus's "
     "provocation.", ("ACCUSE", "POLGOV", "BLR", "occurred")),
    # the teller's words, not its verb, carry the blame: "would not tolerate" still blames
    ("Germany said it would not tolerate Russian meddling in its elections.",
     ("ACCUSE", "DEU", "RUS", "occurred")),
])
def test_a_word_of_blame_told_with_its_owner_is_an_accusation(analyzer, text, expected):
    found = {c for c in _coded(analyzer, text) if c[0] == "ACCUSE"}
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Russian aggression against Georgia lasted five days in 2008.",  # no teller: narration
    "The minister did not mention Iranian interference in the talks.",  # negated teller
    "Did the minister mention Iranian interference in the talks?",  # a question
    "Russia said its aggression was a response to NATO.",  # its own country
    # review of issue 13: unreal, warded off, denied, claimed, a setting, not yet told, a
    # reporter or an outlet as teller, a private person as owner
    "Estonia said it would respond firmly to any Russian provocation.",
    "Norway said the exercise was meant to deter Russian aggression in the Arctic.",
    "Belgrade said it rejected claims of Serbian provocation in the north.",
    "The German police said they had found no evidence of Chinese interference.",
    "Amid Serbian provocation, Kosovo's prime minister asked NATO for help.",
    "The Dutch minister declined to comment on Chinese aggression in the strait.",
    "The Czech president will tell parliament that Russia's aggression threatens Europe.",
    "The Guardian reported Iranian interference in the British election.",
    "Reporters asked the spokesman about Ukrainian provocation in Belgorod.",
    "The Swiss president said Europe must be ready in case of Russian aggression.",
])
def test_a_word_of_blame_with_no_teller_is_no_accusation(analyzer, text):
    assert not {c for c in _coded(analyzer, text) if c[0] == "ACCUSE"}


def test_two_words_of_blame_of_one_owner_are_kept(analyzer):
    found = [c for c in dyads(analyzer.analyze("Tallinn said Russia's meddling and Russia's "
                                               "provocation had poisoned relations.",
                                               date="2022-06-14")) if c[0] == "ACCUSE"]
    assert found and {c[2] for c in found} == {"RUS"}, found


def test_a_condemned_word_of_blame_is_one_accusation(analyzer):
    found = [c for c in dyads(analyzer.analyze("The European Union condemned Russia's "
                                               "aggression against Georgia.",
                                               date="2022-06-14")) if c[0] == "ACCUSE"]
    assert len(found) == 1 and found[0][2] == "RUS", found
