"""People who speak for an international body and bodies placed by their country
(actors/names.py ``appositive_body``, ``body_at``; actors/mentions.py): "U.N.
Secretary-General X", "said spokesperson for the UN…, X", "the Court of Appeal in Kenya"
(issue 13, real text). Sentences are our own."""

from __future__ import annotations

import pytest


def code_of(analysis, text: str) -> str | None:
    for actor in analysis.actors:
        if any(m.text.endswith(text) for m in actor.mentions):
            return actor.cameo_code or actor.country
    return None


@pytest.mark.parametrize(("text", "mention", "code"), [
    # a body named before the title: the person speaks for it (and "General" is no rank)
    ("U.N. Secretary-General Arvo Lindqvist urged calm in Juba.", "Arvo Lindqvist", "IGOUNO"),
    ("U.N. Secretary General Lindqvist urged calm in Juba.", "Lindqvist", "IGOUNO"),
    # the name in apposition to the phrase that names the body, after "said"
    ("\"We have seen reports of two arrests in Kandahar,\" said spokesperson for the United "
     "Nations Assistance Mission in Afghanistan, Tomas Ferreira.", "Tomas Ferreira", "IGOUNO"),
    # an unlisted court placed by its "in" phrase
    ("In March the Court of Appeal in Malawi ruled the ban unconstitutional.", "Court of Appeal",
     "MWIJUD"),
    ("Last week the Supreme Court in Zambia commuted the sentences of 40 prisoners.",
     "Supreme Court", "ZMBJUD"),
])
def test_a_person_or_body_takes_the_body_or_country_named_with_it(analyzer, text, mention,
                                                                    code):
    analysis = analyzer.analyze(text, date="2024-05-06")
    assert code_of(analysis, mention) == code, [
        (a.cameo_code, [m.text for m in a.mentions]) for a in analysis.actors]


@pytest.mark.parametrize(("text", "mention", "code"), [
    # an unlisted court, assembly or government with no country in its name is the one of
    # the story's scene (actors/mentions.py ``_state_body``; issue 13, real train)
    ("Halvard Odum was jailed in Turkey in 2009. The sentence was quashed last week by the "
     "Supreme Court of Appeals.", "Supreme Court", "TURJUD"),
    ("Lawmakers met in Islamabad on Monday. The reform bill was passed by the National "
     "Assembly on Thursday.", "National Assembly", "PAKLEG"),
    # a town before a court's or judge's noun places it ("Baghdad judge clears…")
    ("A Baghdad judge freed two men accused of the attack.", "Baghdad judge", "IRQJUD"),
    ("A Paris court fined the company on Monday.", "Paris court", "FRAJUD"),
    # a body's generic name shares the country of what it is coordinated with
    ("We will keep working with the Government and people of Honduras.", "Government",
     "HNDGOV"),
])
def test_an_unlisted_state_body_is_placed_by_its_scene(analyzer, text, mention, code):
    assert code_of(analyzer.analyze(text, date="2018-06-01"), mention) == code


@pytest.mark.parametrize("text", [
    "Rights groups met in Ankara on Monday. The case was heard by the European Court of Human "
    "Rights on Thursday.",
    "Officials met in Nairobi on Monday. The ruling came from the African Court on Human and "
    "Peoples' Rights.",
])
def test_a_regional_court_is_no_countrys(analyzer, text):
    analysis = analyzer.analyze(text, date="2018-06-01")
    court = code_of(analysis, "Court")
    assert court is None or not court.endswith("JUD") or court.startswith("IGO")


@pytest.mark.parametrize(("text", "mention", "not_code"), [
    # a longer name with no word of a national body is no scene's (review of issue 13)
    ("NEW YORK -- The General Assembly voted to condemn Russia's annexation of Crimea.",
     "General Assembly", "RUSLEG"),
    # a court named by the seat of an international court is not the host country's
    ("The Hague court ordered Israel to prevent the attacks.", "court", "NLDJUD"),
    # another body's "of" does not reach a named foundation
    ("The Kivu Peace Foundation and the government of Uganda signed a deal.",
     "Kivu Peace Foundation", "UGA"),
    # the country before a verb is not the body's after it
    ("The United States congratulates the Government and people of Honduras.",
     "Government", "USAGOV"),
])
def test_a_body_is_not_placed_by_a_guess(analyzer, text, mention, not_code):
    code = code_of(analyzer.analyze(text, date="2018-06-01"), mention)
    assert code is None or not code.startswith(not_code), code


def test_regional_authorities_are_the_scenes(analyzer):
    analysis = analyzer.analyze("BELGOROD, Russia -- Regional authorities said two people were "
                                "killed.", date="2024-05-06")
    assert code_of(analysis, "Regional authorities") == "RUSGOV"
