"""Trigger matching, quantities and the event stage on hand-made Docs (no model)."""

from __future__ import annotations

import pytest
from helpers import make_doc, parse_of, resources

from newsledger.actors import ActorDictionary, MentionFinder
from newsledger.events.extract import EventExtractor
from newsledger.events.quantities import QuantityFinder


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor(resources(), ActorDictionary(resources()))


SIGNED = """
Pakistan PROPN NNP nsubj 1 Pakistan
signed VERB VBD ROOT 1 sign
an DET DT det 3 an
agreement NOUN NN dobj 1 agreement
with ADP IN prep 1 with
Turkey PROPN NNP pobj 4 Turkey
. PUNCT . punct 1 .
"""


def test_a_verb_trigger_fires_with_one_of_its_objects(extractor):
    doc = make_doc(SIGNED)
    trigger = extractor.match(doc[1])
    assert trigger is not None and (trigger.id, trigger.type) == ("sign-v", "AGREE")
    noun = extractor.match(doc[3])
    assert noun is not None and noun.id == "agreement-n"


def test_a_verb_trigger_with_another_object_does_not_fire(extractor):
    doc = make_doc("""
Pakistan PROPN NNP nsubj 1 Pakistan
signed VERB VBD ROOT 1 sign
a DET DT det 3 a
letter NOUN NN dobj 1 letter
. PUNCT . punct 1 .
""")
    assert extractor.match(doc[1]) is None


def test_a_noun_trigger_inside_a_name_does_not_fire(extractor):
    doc = make_doc("""
the DET DT det 3 the
Gaza PROPN NNP compound 3 Gaza
Peace PROPN NNP compound 3 Peace
Agreement PROPN NNP ROOT 3 agreement
""")
    assert extractor.match(doc[3]) is None


def test_the_event_stage_codes_one_event_per_happening(extractor):
    parse = parse_of(make_doc(SIGNED, [(0, 1, "GPE", "name|PAK"), (5, 6, "GPE", "name|TUR")]),
                     date="2025-10-28")
    MentionFinder(extractor.dictionary)(parse)
    extractor(parse)
    [event] = parse.analysis.events  # the noun "agreement" merges into "signed"
    assert (event.id, event.type, event.cameo, event.source, event.target, event.status) == (
        "e1", "AGREE", "057", "PAK", "TUR", "occurred")
    assert event.evidence.trigger.text == "signed" and event.claim is None
    assert any(w.startswith("merge:same-clause") for w in event.why)


@pytest.mark.parametrize(("words", "value"), [
    (["20,000"], 20000), (["two", "million"], 2_000_000), (["$", "50", "million"], 5e7),
    (["a", "dozen"], 12), (["dozens"], 24)])
def test_numbers_in_words_and_figures(words, value):
    doc = make_doc("\n".join(f"{w} NUM CD nummod {len(words)} {w}" for w in words)
                   + "\nthings NOUN NNS ROOT " + str(len(words)) + " thing")
    assert QuantityFinder(resources()).number(list(doc[: len(words)])) == value


def test_the_quantity_of_a_deployment_is_in_troops():
    doc = make_doc("""
Pakistan PROPN NNP nsubj 1 Pakistan
sent VERB VBD ROOT 1 send
20,000 NUM CD nummod 3 20,000
troops NOUN NNS dobj 1 troop
. PUNCT . punct 1 .
""")
    quantity = QuantityFinder(resources()).find(doc[1], "MOBILIZE", doc)
    assert quantity is not None
    assert (quantity.value, quantity.unit, quantity.text) == (20000, "troops", "20,000 troops")


def test_a_condemnation_reaffirmed_or_underscored_is_an_accusation(analyzer):
    """Readout idiom (issue 13, real-text train split): "underscored the United States'
    strong condemnation of …" — the noun's owner, or the light verb's subject, accuses."""
    owned = analyzer.analyze("The President underscored the United States' strong "
                             "condemnation of the rocket attacks on Israel.",
                             date="2014-07-27").events
    assert [(e.type, e.source) for e in owned if e.type == "ACCUSE"] == [("ACCUSE", "USA")]
    subject = analyzer.analyze("Kenya reaffirmed its strong condemnation of the attack.",
                               date="2015-04-03").events
    assert any(e.type == "ACCUSE" and e.source and e.source.startswith("KEN")
               for e in subject)


@pytest.mark.parametrize(("text", "expected"), [
    ("President Obama and Prime Minister Netanyahu spoke again today by phone about the "
     "situation in Gaza.", ("USAGOV", "ISRGOV")),
    ("The Vice President spoke today with Iraqi President Fuad Masum.", (None, "IRQGOV")),
])
def test_leaders_who_spoke_consulted(analyzer, text, expected):
    """Readout idiom (issue 13, real-text train split): "X and Y spoke by phone", "spoke
    with Y" are CONSULT; speaking to reporters or on condition of anonymity is not."""
    analysis = analyzer.analyze(text, date="2014-07-27")

    def code(actor_id):
        actor = analysis.actor(actor_id)
        return actor.cameo_code if actor else None

    pairs = [(code(e.source), code(e.target)) for e in analysis.events if e.type == "CONSULT"]
    source, target = expected
    assert any((source is None or s == source) and t == target for s, t in pairs), pairs


@pytest.mark.parametrize("text", [
    "The minister spoke to reporters in Kabul on Monday.",
    "An official, who spoke on condition of anonymity, said the talks had failed.",
])
def test_speaking_to_the_press_is_no_consultation(analyzer, text):
    assert not analyzer.analyze(text, date="2014-07-27").events


def _fires(analyzer, text: str, kind: str, date: str) -> bool:
    """Whether the text codes an event of this PLOVER type."""
    return any(e.type == kind for e in analyzer.analyze(text, date=date).events)


def _typed(analysis) -> set[tuple[str, str, str | None, str | None]]:
    """(type, status, source code, target code) of each event, codes as scored."""
    from newsledger.evaluation.scoring import actor_code

    return {(e.type, e.status, actor_code(analysis, e.source) or None,
             actor_code(analysis, e.target) or None) for e in analysis.events}


@pytest.mark.parametrize(("text", "expected"), [
    # issue 13, real text: releases, commutations, departures demanded, crackdowns
    ("Hamas announced the release of three Israeli hostages on Sunday.",
     ("RETREAT", "occurred", "PSEREB", "ISRCVL")),
    ("Police detained Imran Khan in Islamabad on Monday. His party demanded his release.",
     ("RETREAT", "demanded", None, "PAKPTY")),
    ("President Barack Obama commuted the sentences of two Cuban prisoners.",
     ("RETREAT", "occurred", "USAGOV", "CUBCVL")),
    ("President Gbagbo ordered the French peacekeepers to leave the country.",
     ("RETREAT", "demanded", "FRAMIL", None)),
    ("Thailand has cracked down on smugglers in the south.",
     ("COERCE", "occurred", "THA", None)),
    ("Kenya condemned the detention of three Kenyan journalists by Ugandan police.",
     ("COERCE", "occurred", "UGACOP", "KENJRN")),
])
def test_releases_departures_and_crackdowns(analyzer, text, expected):
    found = _typed(analyzer.analyze(text, date="2015-01-20"))
    assert _coded(found, expected), found


def _coded(found, expected: tuple[str, str, str | None, str | None]) -> bool:
    """One of the ``found`` events is (type, status, source, target) as ``expected``; a
    None source or target there matches any."""
    kind, status, source, target = expected
    return any(t == kind and s == status and (source is None or src == source)
               and (target is None or tgt == target) for t, s, src, tgt in found)


def test_whose_release_it_is_is_who_is_released(analyzer):
    """A release's possessor is the one released ("demand his release"), unless an "of"
    names them ("Hamas's release of hostages": Hamas releases)."""
    owned = analyzer.analyze("Protesters in Kampala demanded the release of Besigye. They "
                             "said Kenya's release of the activists was overdue.",
                             date="2015-01-20")
    releases = [e for e in owned.events if e.evidence.trigger.text == "release"]
    assert releases and all(e.target != "KEN" for e in releases)
    assert any(e.source and e.source.startswith("KEN") for e in releases)


def test_leaving_is_no_event_unless_it_is_asked_or_agreed(analyzer):
    assert not [e for e in analyzer.analyze(
        "The Kenyan minister left the meeting in Nairobi early.", date="2015-01-20").events
        if e.type == "RETREAT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("President Obama reaffirmed his commitment to work with Russia in combating terrorism.",
     ("AGREE", "USAGOV", "RUS")),
    ("The Kenyan president pledged his government's full cooperation with Somalia.",
     ("COOPERATE", "KENGOV", "SOM")),
])
def test_commitments_and_cooperation_given(analyzer, text, expected):
    """Readouts (issue 13, real train): a commitment reaffirmed is an AGREE, cooperation
    pledged or continued a COOPERATE."""
    kind, source, target = expected
    found = _typed(analyzer.analyze(text, date="2015-01-20"))
    assert any(t == kind and src == source and tgt == target for t, _, src, tgt in found), found


def test_cooperation_only_talked_about_is_no_event(analyzer):
    found = _typed(analyzer.analyze("Kenya stressed the importance of close cooperation "
                                    "with Somalia.", date="2015-01-20"))
    assert not [f for f in found if f[0] == "COOPERATE"]


def test_freedoms_are_not_releases(analyzer):
    """ "the rights of people to free expression": "free" read as a verb is no release."""
    found = _typed(analyzer.analyze("We support the rights of people everywhere to free "
                                    "expression and peaceful protest in Turkey.",
                                    date="2017-05-17"))
    assert not [f for f in found if f[0] == "RETREAT"]


@pytest.mark.parametrize(("text", "threatens"), [
    ("North Korea issued a fresh threat against South Korea on Monday.", True),
    ("Venezuela renewed its threat to Guyana over the Essequibo region.", True),
    # a danger named, not a threat made (issue 13, real text)
    ("The two ministers discussed the terrorist threat emanating from the Sahel.", False),
    ("Russia's president called the NATO battalions in Estonia a threat.", False),
    ("Kenya closed two border posts, pointing to threats from al-Shabaab.", False),
])
def test_a_threat_is_made_not_named(analyzer, text, threatens):
    assert _fires(analyzer, text, "THREATEN", "2015-01-20") is threatens


def test_praise_of_a_thing_goes_to_its_owner(analyzer):
    """ "welcomed the Indonesian decision": Indonesia is praised, as with criticism
    (object: owned; issue 13, real text)."""
    found = _typed(analyzer.analyze("Japan welcomed the Indonesian decision to free the "
                                    "fishermen.", date="2015-01-20"))
    assert ("SUPPORT", "occurred", "JPN", "IDN") in found, found


@pytest.mark.parametrize(("text", "source", "target"), [
    # money given is aid (issue 13, real text: "gave $67 million last year to …")
    ("Norway gave $40 million to Somalia last year.", "NOR", "SOM"),
    ("Japan gave 2 billion yen to Sri Lanka for flood relief.", "JPN", "LKA"),
])
def test_money_given_is_aid(analyzer, text, source, target):
    found = _typed(analyzer.analyze(text, date="2015-01-20"))
    assert ("AID", "occurred", source, target) in found, found


@pytest.mark.parametrize("text", [
    "The governor fired police chief Marta Ruiz on Tuesday.",
    "Police chief Marta Ruiz was fired after the report.",
])
def test_a_person_fired_is_dismissed_not_shot_at(analyzer, text):
    found = analyzer.analyze(text, date="2015-01-20")
    assert not [e for e in found.events if e.type == "ASSAULT"], found.events


def test_fire_exchanged_goes_both_ways(analyzer):
    found = _typed(analyzer.analyze("Indian and Pakistani troops exchanged fire across the "
                                    "Line of Control.", date="2015-01-20"))
    assert {("ASSAULT", "occurred", "INDMIL", "PAKMIL"),
            ("ASSAULT", "occurred", "PAKMIL", "INDMIL")} <= set(found), found


@pytest.mark.parametrize(("text", "consults"), [
    # a phone call to a named person (issue 13, readouts)
    ("Chancellor Olaf Scholz called Emmanuel Macron on Monday to discuss energy prices.",
     True),
    ("Readout of the Chancellor's Call to President Emmanuel Macron", True),
    ("The opposition called Prime Minister Imran Khan a traitor.", False),
    ("Protesters called for new elections.", False),
])
def test_a_call_to_a_named_person_is_a_consultation(analyzer, text, consults):
    assert _fires(analyzer, text, "CONSULT", "2022-05-02") is consults


@pytest.mark.parametrize(("text", "retreat"), [
    ("The commission released its annual report on Thursday.", False),
    ("The army released footage of the strike.", False),
    ("Hamas released three Israeli hostages on Sunday.", True),
])
def test_a_report_released_is_published_not_freed(analyzer, text, retreat):
    assert _fires(analyzer, text, "RETREAT", "2015-01-20") is retreat


@pytest.mark.parametrize(("text", "expected"), [
    # votes are support (issue 13): a law passed, a treaty approved
    ("The Knesset approved the treaty with Jordan on Monday.",
     ("SUPPORT", "occurred", "ISRLEG", "JOR")),
    ("Kenya's parliament passed a bill to raise the minimum wage.",
     ("SUPPORT", "occurred", "KENLEG", None)),
])
def test_a_vote_that_passes_or_approves_is_support(analyzer, text, expected):
    found = _typed(analyzer.analyze(text, date="2015-01-20"))
    assert expected[2] is not None and _coded(found, expected), found


@pytest.mark.parametrize(("text", "retreat"), [
    # civilians who leave withdraw nothing; peacekeepers do (issue 13, real text)
    ("Ukrainian citizens told to leave Belarus as fighting spreads", False),
    ("The president ordered the French peacekeepers to leave the country.", True),
])
def test_civilians_leaving_is_no_retreat(analyzer, text, retreat):
    assert _fires(analyzer, text, "RETREAT", "2015-01-20") is retreat


@pytest.mark.parametrize(("text", "kind"), [
    # issue 13, real dev: contacts are consultations, recruiting fighters mobilises
    ("The Secretary of State contacted Thailand's foreign minister about the refugees.",
     "CONSULT"),
    ("Malaysia said it was in contact with Indonesia about the boats.", "CONSULT"),
    ("Russia has recruited thousands of volunteers for the war.", "MOBILIZE"),
])
def test_contacts_and_recruits(analyzer, text, kind):
    assert _fires(analyzer, text, kind, "2015-05-20")


@pytest.mark.parametrize(("text", "expected"), [
    # lexical gaps named by issue 13: retake, push for
    ("Iraqi troops recaptured Tikrit from Islamic State.", ("ASSAULT", "IRQMIL")),
    ("Ethiopian forces retook the town from rebels on Sunday.", ("ASSAULT", "ETHMIL")),
    ("France pushed for new talks with Iran.", ("REQUEST", "FRA")),
])
def test_retaking_and_pushing_for(analyzer, text, expected):
    found = _typed(analyzer.analyze(text, date="2015-01-20"))
    assert any((t, src) == expected for t, _, src, _ in found), found


@pytest.mark.parametrize(("text", "date", "expected"), [
    # issue 13, real train: the target is named inside what is talked about
    ("President Poroshenko expressed concern about continued Russian military activity.",
     "2014-08-20", ("ACCUSE", "occurred", None, "RUSMIL")),
    ("Foreign Secretary Philip Hammond welcomes signing of the Libyan Political Agreement.",
     "2014-08-20", ("SUPPORT", "occurred", None, "LBY")),
    # a pledge goes to whom what is pledged goes, not to the pledger's own support
    ("NATO leaders pledged support for Ukraine at the summit.", "2014-08-20",
     ("AGREE", "occurred", "IGONAT", "UKR")),
    ("The Vice President pledged continued U.S. support for Iraq in its fight against "
     "terrorism.", "2014-08-20", ("AGREE", "occurred", None, "IRQ")),
    # a country that bombs from the air or holds exercises does so through its military
    ("Japan and Australia will hold joint naval exercises next month.", "2019-06-02",
     ("COOPERATE", "planned", "JPNMIL", "AUSMIL")),
    ("Turkey launched airstrikes on Kurdish positions in northern Iraq on Sunday.",
     "2019-06-02", ("ASSAULT", "occurred", "TURMIL", None)),
])
def test_targets_inside_objects_and_the_militarys_deeds(analyzer, text, date, expected):
    found = _typed(analyzer.analyze(text, date=date))
    assert _coded(found, expected), found


def test_met_with_a_response_is_no_meeting(analyzer):
    """ "any Indian strike would be met with a swift response" receives, it meets no one;
    "met with Sharif" still does."""
    assert not _fires(analyzer, "Pakistan warned that any Indian strike would be met with a "
                      "swift and decisive response.", "CONSULT", "2019-02-20")
    assert _fires(analyzer, "Modi met with Sharif in Lahore on Friday.", "CONSULT",
                  "2015-12-26")


def test_saying_lends_its_subject_to_words_not_to_force(analyzer):
    """ "The President underscored the United States' condemnation of … attacks against
    Israel": the condemnation is the President's, the attacks are not (issue 13, real
    train; the parser hangs "attacks" from "underscored")."""
    found = _typed(analyzer.analyze(
        "The President underscored the United States’ strong condemnation of Hamas’ rocket "
        "and tunnel attacks against Israel.", date="2014-07-20", outlet="The White House"))
    assert not [f for f in found if f[0] == "ASSAULT" and f[2] == "USAGOV"], found
    assert _coded(found, ("ACCUSE", "occurred", "USAGOV", None)), found


def test_a_pair_that_pledges_or_agrees_to_no_event_is_each_with_the_other(analyzer):
    """ "The two leaders pledged to build on…", "agreed to press for…": each with the other
    (issue 13, real text: readouts); "agreed to send aid to Yemen" takes its target from
    what is sent."""
    pair = _typed(analyzer.analyze(
        "President Obama met President Hollande in Paris. The two leaders pledged to build "
        "on their close partnership.", date="2014-02-11"))
    assert _coded(pair, ("AGREE", "occurred", "USAGOV", "FRAGOV")), pair
    assert _coded(pair, ("AGREE", "occurred", "FRAGOV", "USAGOV")), pair
    sent = _typed(analyzer.analyze("Britain and France agreed to send aid to Yemen.",
                                   date="2014-02-11"))
    assert not _coded(sent, ("AGREE", "occurred", "FRA", "GBR")), sent
    assert _coded(sent, ("AGREE", "occurred", "FRA", "YEM")), sent
    press = _typed(analyzer.analyze(
        "President Obama spoke with President Hollande. Both presidents agreed to press for "
        "a ceasefire.", date="2014-02-11"))
    assert _coded(press, ("AGREE", "occurred", "USAGOV", "FRAGOV")), press


def test_review_cases_of_calls_pledges_and_judged_acts(analyzer):
    """From the review: the caller asks ("called Obama to ask"); agreeing sanctions against
    Russia is no agreement with Russia; condemning shelling is not shelling."""
    asked = _typed(analyzer.analyze("Netanyahu called Obama to ask for more military aid.",
                                    date="2014-07-20"))
    assert _coded(asked, ("REQUEST", "occurred", "ISRGOV", None)), asked
    agreed = _typed(analyzer.analyze("The EU agreed sanctions against Russia on Monday.",
                                     date="2014-07-20"))
    assert not [a for a in agreed if a[0] == "AGREE" and a[3] == "RUS"], agreed
    condemned = _typed(analyzer.analyze("Britain condemns shelling of Kharkiv",
                                        date="2022-03-02"))
    assert not [c for c in condemned if c[0] == "ASSAULT" and c[2] == "GBR"], condemned


def test_some_of_a_body_act_for_it(analyzer):
    """ "Some in the Pakistani government criticized the deal": its members (issue 13, real
    train: "Many in Congress have denounced…")."""
    found = _typed(analyzer.analyze("Some in the Pakistani government criticized the deal.",
                                    date="2019-05-02"))
    assert _coded(found, ("ACCUSE", "occurred", "PAKGOV", None)), found
