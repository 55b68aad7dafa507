"""Event coding on single sentences: frames, status, location, date, quantity."""

from __future__ import annotations


def only(analysis, type_):
    events = [e for e in analysis.events if e.type == type_]
    assert events, [(e.type, e.source, e.target) for e in analysis.events]
    return events[0]


def dyads(analyzer, text: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source id, target id) of every event of ``text``."""
    analysis = analyzer.analyze(text, date="2021-05-05")
    return {(e.type, analysis.actor(e.source).id if e.source else None,
             analysis.actor(e.target).id if e.target else None) for e in analysis.events}


def country(analysis, actor_id):
    actor = analysis.actor(actor_id)
    return actor.country if actor else None


def test_passive_agent_is_source(analyzer):
    a = analyzer.analyze("Hamas fighters were attacked by Israeli troops in Rafah.")
    event = only(a, "ASSAULT")
    assert event.source == "ISRMIL"
    assert country(a, event.target) == "PSE"
    assert event.location and event.location.country == "PSE"


def test_control_chain_gives_agree_and_agreed_deployment(analyzer):
    a = analyzer.analyze("Bangladesh agreed to send 1,500 troops to Somalia.")
    agree = only(a, "AGREE")
    mob = only(a, "MOBILIZE")
    assert agree.source == "BGD" and agree.status == "occurred"
    assert mob.source == "BGDMIL" and mob.status == "agreed"  # troops: the military
    assert mob.quantity.value == 1500 and mob.quantity.unit == "troops"
    assert mob.location.country == "SOM"


def test_future_is_planned_and_modal_is_speculative(analyzer):
    a = analyzer.analyze("Germany will impose sanctions on Iran.")
    planned = only(a, "SANCTION")
    assert planned.status == "planned"
    assert (planned.source, planned.target) == ("DEU", "IRN")
    maybe = only(analyzer.analyze("Russia may attack Ukraine again."), "ASSAULT")
    assert maybe.status == "speculative"


def test_negation(analyzer):
    event = only(analyzer.analyze("Pakistan has not recognized Israel."), "SUPPORT")
    assert event.negated and event.status == "negated"
    assert (event.source, event.target) == ("PAK", "ISR")


def test_denial_marks_embedded_event_denied(analyzer):
    a = analyzer.analyze("China denied reports that it had sent troops to Pakistan.")
    event = only(a, "MOBILIZE")
    assert event.status == "denied"
    assert event.source == "CHNMIL"  # "it" is China; troops are its military


def test_refusal_marks_embedded_event_refused(analyzer):
    a = analyzer.analyze("Hamas has refused to lay down its weapons.")
    assert only(a, "REJECT").status == "occurred"
    assert only(a, "RETREAT").status == "refused"


def test_demand_marks_embedded_event_demanded(analyzer):
    a = analyzer.analyze("The European Union called on Russia to withdraw its troops.")
    request = only(a, "REQUEST")
    assert country(a, request.target) == "RUS"
    assert only(a, "RETREAT").status == "demanded"


def test_coordinated_subjects_all_participate(analyzer):
    a = analyzer.analyze("Turkey, Jordan and Qatar condemned Israel.")
    event = only(a, "ACCUSE")
    sources = {p.actor for p in event.participants if p.role == "source"}
    assert sources == {"TUR", "JOR", "QAT"} and event.target == "ISR"


def test_metonym_subject_is_government(analyzer):
    a = analyzer.analyze("Moscow expelled two British diplomats on Friday.", date="2025-06-10")
    event = only(a, "SANCTION")
    assert event.source == "RUSGOV"
    assert event.date == "2025-06-06" and event.date_precision == "day"


def test_killing_quantity_and_unit(analyzer):
    a = analyzer.analyze("Israeli aircraft struck a school in Gaza City, killing 12 people.")
    event = only(a, "ASSAULT")
    assert event.source == "ISRMIL"
    assert event.quantity.value == 12 and event.quantity.unit == "people killed"
    assert len([e for e in a.events if e.type == "ASSAULT"]) == 1


def test_pronoun_coreference_across_sentences(analyzer):
    a = analyzer.analyze("Hamas freed ten hostages on Monday. The group said it would "
                         "release more prisoners.")
    group_mentions = [m for m in a.actor("pse-hamas").mentions if m.why.startswith("coref")]
    assert group_mentions


def test_goldstein_and_quad_class_from_cameo_root(analyzer):
    event = only(analyzer.analyze("Israel attacked Iran."), "ASSAULT")
    assert event.cameo.startswith("19") and event.goldstein == -10.0 and event.quad_class == 4


def test_sentence_without_event(analyzer):
    assert analyzer.analyze("The weather in Lahore was mild this week.").events == []


def test_votes_and_abductions_are_coded(analyzer):
    """Lexical gaps of real text (issue 13): votes, and "abduction" as a noun."""
    analysis = analyzer.analyze("Norway voted in favour of the motion and Hungary voted "
                                "against the Swedish proposal. The minister condemned the "
                                "abduction of two Nigerian students.", date="2021-05-05")
    found = {(e.type, analysis.actor(e.source).id if e.source else None,
              analysis.actor(e.target).id if e.target else None) for e in analysis.events}
    assert ("SUPPORT", "NOR", None) in found
    assert ("REJECT", "HUN") in {(t, s) for t, s, _ in found}
    assert ("ASSAULT", None, "NGAEDU") in found


def test_nouns_and_verbs_of_real_text(analyzer):
    """Lexical gaps of the real-text train split (issue 13)."""
    assert ("AID", "NOR", "SDN") in dyads(analyzer, "Norway announced new assistance to Sudan on "
                                          "Monday.")
    assert dyads(analyzer, "With the assistance of Russian advisers, Syrian troops entered "
                 "the town.") == set()
    assert ("ACCUSE", "KEN", "SOMREB") in dyads(analyzer, "Kenya opened an investigation into the "
                                                "Somali militants.")
    assert ("COOPERATE", "JPN", "VNM") in dyads(analyzer, "Japan deepened its partnership with "
                                                "Vietnam.")
    assert ("AID", None, "TUNCVL") in dyads(analyzer, "Italian coastguards rescued 300 Tunisian "
                                            "migrants.")
    assert ("ASSAULT", "SOMREB") in {(t, s) for t, s, _ in dyads(
        analyzer, "Somali militants hijacked a Kenyan cargo ship.")}


def test_statement_words_of_real_text(analyzer):
    """Issue 13: what statements say — concern voiced, support reaffirmed, condolences,
    deploring — and the owner of a condemned act is its target."""
    assert ("SUPPORT", "JPN", "PHL") in dyads(analyzer, "Japan reaffirmed its support for the "
                                              "Philippines on Monday.")
    assert ("SUPPORT", "INDGOV", "NPL") in dyads(
        analyzer, "The Indian prime minister expressed his condolences to Nepal after the "
        "earthquake.")
    assert ("ACCUSE", "NOR", "IRN") in dyads(analyzer, "Norway deplores the Iranian missile test.")
    # concern is an accusation only about someone (needs_target): the drills' doer
    assert ("ACCUSE", "CANGOV", "CHN") in dyads(analyzer, "The Canadian foreign minister expressed "
                                                "concern about China's drills.")
    assert not dyads(analyzer, "The Canadian foreign minister expressed concern about the "
                               "drills.")
    assert dyads(analyzer, "The crowd felt real concern about the rising prices.") == set()


def test_a_question_is_no_request_and_a_bare_official_not_from_the_country_asked(analyzer):
    """Issue 13: "was asked whether…" (reporters' questions) requests nothing; "the
    minister asked Kenya to…" — the minister is not Kenyan for being the one who asks."""
    assert dyads(analyzer, "Reporters asked whether Iran would attack.") == {
        ("ASSAULT", "IRN", None)}
    assert dyads(analyzer, "The senator was asked if he believed the report.") == set()
    assert not {d for d in dyads(analyzer, "President Ruto said he had asked Governor "
                                 "Hassan Joho if he planned to run again.") if d[0] == "REQUEST"}
    assert ("REQUEST", "EGY", "un-security-council") in dyads(
        analyzer, "If talks fail, Egypt will ask the UN Security Council for help.")
    # a condition is no question: "if talks fail, Egypt will ask…" still requests
    assert ("REQUEST", "EGY", "un-security-council") in dyads(
        analyzer, "If talks fail, Egypt will ask the UN Security Council to intervene.")
    asked = dyads(analyzer, "The minister asked Kenya to send troops.")
    assert ("REQUEST", None, "KEN") in asked
    # a question that opens with a wh-word, and "when asked" (issue 13, real train)
    for question in ("Kenya asked Somalia what it would do about the militants.",
                     "Iran asked the IAEA why inspectors were sent.",
                     "Israel asked Egypt which crossing would open.",
                     "Comey told Trump that he was not under investigation when asked."):
        assert not {d for d in dyads(analyzer, question) if d[0] == "REQUEST"}, question
    assert ("REQUEST", "KEN", "SOM") in dyads(analyzer, "Kenya asked Somalia for help.")


def test_one_happening_one_event_and_gatherings(analyzer):
    """Issue 13: "killed five in a raid" is one ASSAULT, "after an attack" another."""
    analysis = analyzer.analyze("Nigerian troops killed five militants in a raid on a camp "
                                "in Borno state.", date="2021-05-05")
    assaults = [e for e in analysis.events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and any(w.startswith("merge:same-clause(s0:raid)")
                                      for w in assaults[0].why)
    raid_first = analyzer.analyze("In a raid on a camp in Borno, Nigerian troops killed five "
                                  "militants.", date="2021-05-05")
    assert len([e for e in raid_first.events if e.type == "ASSAULT"]) == 1
    # gathering is no protest by itself (mourners, journalists gather too: review)
    assert dyads(analyzer, "Mourners gathered outside the Iranian embassy in London to lay "
                 "flowers.") == set()


def test_coordinated_subjects_of_a_meeting_meet_each_other(analyzer):
    """ "Ghana and Togo will meet": a consultation each way (mutual type, symmetric verb;
    issue 13, real train), not Ghana meeting Togo alone; a clash stays one way round."""
    found = dyads(analyzer, "Ghana and Togo agreed to meet in Accra next week.")
    assert {("CONSULT", "GHA", "TGO"), ("CONSULT", "TGO", "GHA")} <= found, found
    clash = dyads(analyzer, "Ghana and Togo clashed over the border on Monday.")
    assert [d for d in clash if d[0] == "ASSAULT"] == [("ASSAULT", "GHA", "TGO")], clash


def test_a_disaster_that_kills_assaults_no_one(analyzer):
    """ "the collapse of a canopy … killed 16 people" (the demo's Serbian story, where the
    parser leaves "killed" with no subject): a disaster is no ASSAULT; gunmen are."""
    for text in ("Protests began after the collapse of a concrete roof at a bus station in "
                 "Kragujevac in May killed nine Serbian students.",
                 "A landslide killed twelve Nepali villagers on Sunday."):
        assert not [e for e in analyzer.analyze(text, date="2025-11-09").events
                    if e.type == "ASSAULT"], text
    assert [e for e in analyzer.analyze("Gunmen killed twelve Nepali villagers on Sunday.",
                                        date="2025-11-09").events if e.type == "ASSAULT"]


def test_a_nouns_target_hung_on_the_verb_and_listed_peoples(analyzer):
    """ "welcomed Turkey's aid to vulnerable Syrians and Iraqis": the parser hangs "to" on
    "welcomed"; the aid goes to both peoples (issue 13, real train). A verb that takes the
    preposition itself keeps it."""
    found = dyads(analyzer, "The President welcomed Turkey’s humanitarian aid to "
                  "vulnerable Syrians and Iraqis.")
    assert {("AID", "TUR", "SYR"), ("AID", "TUR", "IRQ")} <= found
    assert ("AID", "TUR", None) not in found


def test_people_saved_are_aid(analyzer):
    """Issue 13, real dev: lives or migrants saved are aid (ruling R17: rescue is AID), a
    deal saved is not."""
    found = dyads(analyzer, "The Italian navy saved 200 migrants off Lampedusa.")
    assert any(t == "AID" and s == "ITAMIL" for t, s, _ in found), found
    assert not [f for f in dyads(analyzer, "Italy saved the deal with Libya at the last "
                                           "minute.") if f[0] == "AID"]


def test_the_partner_of_a_talk_hung_on_its_topic_is_the_target(analyzer):
    """ "discussed security issues with President X": the parser hangs "with" on the topic
    (events/frames.py ``frame:prep-on-topic``; issue 13, real train)."""
    found = dyads(analyzer, "Kenyan President William Ruto discussed security issues with "
                            "Tanzanian President Samia Suluhu Hassan in Arusha.")
    assert ("CONSULT", "william-ruto", "samia-suluhu-hassan") in found, found


def test_the_agent_of_a_passive_verb_of_giving_hung_on_its_object(analyzer):
    """ "has been promised two helicopters by Turkey": the by-phrase on the retained object
    names the doer (syntax.own_subjects; our dev gold g1-agree-passive-02)."""
    found = dyads(analyzer, "Niger has been promised four transport aircraft by Algeria for "
                            "its border patrols, officials in Niamey said.")
    assert ("AGREE", "DZA", "NER") in found, found


def test_what_is_talked_about_with_a_country_is_no_partner(analyzer):
    """Only a person hung on the topic is a partner: "relations with Iran", "the war with
    Russia" are topics, and two talkers are each other's partners (review of issue 13)."""
    found = dyads(analyzer, "Saudi Arabia and the United States discussed relations with "
                            "Iran.")
    assert ("CONSULT", "SAU", "USA") in found and not any(t == "IRN" for _, _, t in found), \
        found
    found = dyads(analyzer, "The German chancellor discussed the war with Russia during a "
                            "call with President Biden.")
    assert not any(t == "RUS" for _, _, t in found), found
    # an office is a partner too, and a talk with no named talker keeps its partner
    found = dyads(analyzer, "Blinken discussed the hostage deal with Qatar's prime minister.")
    assert ("CONSULT", "antony-blinken", "QATGOV") in found, found
    found = dyads(analyzer, "Officials discussed the ceasefire with Netanyahu.")
    assert any(t == "CONSULT" and o == "benjamin-netanyahu" for t, _, o in found), found
