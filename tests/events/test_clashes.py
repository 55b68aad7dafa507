"""Clashes between police and a crowd are repression and protest, not a fight between two
armed sides (real-text ruling R3; events/clashes.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from newsledger.evaluation.scoring import actor_code


def _coded(analyzer, text: str) -> set[tuple[str, str | None, str | None, str]]:
    found = analyzer.analyze(text, date="2012-02-15")
    return {(e.type, actor_code(found, e.source) or None, actor_code(found, e.target) or None,
             e.cameo) for e in found.events}


@pytest.mark.parametrize("text", [
    "In Manama, most clashes between police and protesters occurred near the market.",
    "In Cairo, riot police clashed with demonstrators on Friday.",
])
def test_police_clashing_with_a_crowd_repress_it_and_the_crowd_protests(analyzer, text):
    found = _coded(analyzer, text)
    assert not [f for f in found if f[0] == "ASSAULT"], found
    assert any(t == "COERCE" and s.endswith("COP") and cameo == "175"
               for t, s, _, cameo in found if s), found
    assert any(t == "PROTEST" and target is None for t, _, target, _ in found), found


def test_clashes_between_armed_sides_stay_assault(analyzer):
    found = _coded(analyzer, "Clashes between Syrian troops and rebel fighters near Idlib "
                             "killed 30 people.")
    assert any(f[0] == "ASSAULT" for f in found), found
    assert not [f for f in found if f[0] in ("COERCE", "PROTEST")], found


def test_a_faith_that_names_no_place_leaves_the_story_its_country(analyzer):
    """ "in the Shia neighborhoods" is no unknown place: the story's Bahrain stays the
    scene of the sentence's police and protesters (issue 13, real dev)."""
    analysis = analyzer.analyze(
        "Opposition calls for mass protests in Bahrain\n\nIn Bahrain, tension is building "
        "before the anniversary. Most clashes between police and protesters occurred in the "
        "Shia neighborhoods.", date="2012-02-15")
    assert {"BHRCOP", "BHRCVL"} <= {a.id for a in analysis.actors}


@pytest.mark.parametrize(("text", "expected"), [
    # no one named as fired at: a crowd of the forces' own country (bare code, rulings R2/R3)
    ("In response to the protests, Indian security forces fired metallic pellets.",
     ("COERCE", "INDCOP", "IND", "175")),
    ("Later that day Nepalese police fired tear gas and rubber bullets.",
     ("COERCE", "NPLCOP", "NPL", "175")),
    # whom the gas is fired at is named: they are the target
    ("Kenyan police fired tear gas at protesters in Nairobi.",
     ("COERCE", "KENCOP", "KENCVL", "175")),
    # aimed at someone the text does not place: not the forces' own people (review)
    ("Israeli troops fired tear gas at mourners in Jenin.", ("COERCE", "ISRMIL", None, "175")),
    # a day, the air or a crowd noun aims it at no one else (second review)
    ("Kenyan police fired tear gas on Tuesday.", ("COERCE", "KENCOP", "KEN", "175")),
    ("Kenyan police fired tear gas into the air.", ("COERCE", "KENCOP", "KEN", "175")),
    ("Turkish police used tear gas on the border as migrants tried to cross.",
     ("COERCE", "TURCOP", None, "175")),
])
def test_repression_with_no_one_named_is_done_to_a_crowd_of_the_country(analyzer, text,
                                                                         expected):
    assert expected in _coded(analyzer, text)


@pytest.mark.parametrize(("text", "country"), [
    ("Thousands protested in Lagos on Saturday.", "NGA"),
    ("Riots broke out in Kathmandu overnight.", "NPL"),
    ("A demonstration was held in Minsk on Sunday.", "BLR"),
    ("Protests erupted across Iran after the vote.", "IRN"),
])
def test_a_protest_with_no_doer_is_the_crowd_of_its_place(analyzer, text, country):
    """No one named protests: the crowd of the place does, coded by the bare country
    (rule source:crowd; real-text rulings R2, R3)."""
    found = _coded(analyzer, text)
    assert ("PROTEST", country, None, "141") in found or any(
        f[0] == "PROTEST" and f[1] == country and f[2] is None for f in found), found
    assert not [f for f in found if f[0] == "ACCUSE"], found  # a crowd is no state


@pytest.mark.parametrize("text", [
    # a protest named as a cause or a setting is no protest told
    "The tax rise that triggered weeks of protests in Lagos was withdrawn on Friday.",
    "Two students who took part in the protests in Minsk were fined.",
    # a passive verb: whoever blocked it is not said
    "Whilst initially blocked to traffic, the square in Manama is now held by police.",
    # a group the dictionary does not know is the doer, not the place's crowd
    "Five opposition groups organized a sit-in outside Manama.",
])
def test_a_protest_in_passing_or_by_an_unknown_group_takes_no_crowd(analyzer, text):
    found = _coded(analyzer, text)
    assert not [f for f in found if f[0] == "PROTEST" and f[1] in ("NGA", "BLR", "BHR")], \
        found


def test_the_place_of_a_protested_party_is_no_crowd(analyzer):
    """"outside the US embassy": the US is protested against, its people do not protest."""
    found = _coded(analyzer, "Protesters burned flags outside the US embassy in Baghdad.")
    assert not [f for f in found if f[0] == "PROTEST" and f[1] and f[1].startswith("USA")], \
        found


@pytest.mark.parametrize("text", [
    "Thousands of Kurds protested in Stockholm against Turkey.",
    "Hundreds rallied near the U.S. consulate in Lahore.",
    "Did thousands really protest in Pyongyang?",
])
def test_a_diaspora_a_building_or_a_question_takes_no_crowd(analyzer, text):
    """Review of source:crowd: the Kurds in Stockholm are no Swedish crowd; a consulate's
    country is no crowd; a question tells no protest."""
    found = _coded(analyzer, text)
    assert not [f for f in found if f[0] == "PROTEST" and f[1] in ("SWE", "USA", "PRK")], \
        found
