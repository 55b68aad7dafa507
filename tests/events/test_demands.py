"""Demands made with "must" (issue 13; events/demands.py)."""

from __future__ import annotations

import pytest


def coded(analysis) -> list[tuple[str, str | None, str | None, str]]:
    def code(actor_id):
        return analysis.actor(actor_id).id if actor_id else None
    return [(e.type, code(e.source), code(e.target), e.status) for e in analysis.events]


def test_must_is_a_demand_by_whoever_says_it(analyzer):
    analysis = analyzer.analyze("Syria must release the sailors at once, the British "
                                "foreign secretary said.", date="2013-05-02")
    assert coded(analysis) == [("RETREAT", "SYR", None, "demanded"),
                               ("REQUEST", "GBRGOV", "SYR", "occurred")]
    request = analysis.events[1]
    assert request.evidence.trigger.text == "must" and request.cameo == "100"
    assert "trigger:modal-demand(must)" in request.why


def test_a_statement_demands_through_its_issuer(analyzer):
    analysis = analyzer.analyze(
        "Statement by the Press Secretary on Belarus\n\nThe United States condemns the "
        "arrests. The Belarusian government must release the detained journalists.",
        date="2021-06-01")
    assert ("REQUEST", "USAGOV", "BLRGOV", "occurred") in coded(analysis)


def test_no_demand_without_a_speaker_or_of_oneself(analyzer):
    for text in ("We must do more for the refugees, the German chancellor said.",
                 "Syria must release the sailors, it was reported on Monday.",
                 "Syria must release the sailors."):
        assert all(t != "REQUEST" for t, *_ in coded(analyzer.analyze(text,
                                                                      date="2013-05-02")))


def test_release_the_verb_makes_no_statement(analyzer):
    """ "must release the sailors" is no press release: Syria stays Syria, not its
    government as the issuer of a statement."""
    analysis = analyzer.analyze("Syria must release the sailors at once, the British "
                                "foreign secretary said.", date="2013-05-02")
    assert {a.id for a in analysis.actors} == {"SYR", "GBRGOV"}


def test_should_in_a_governments_release_is_its_demand(analyzer):
    """ "The Venezuelan government should release those it has jailed" in a State
    Department release: the release is demanded, and the US government demands it, even
    where the release never names its publisher (issue 13, real train). In news, "should"
    stays a guess."""
    text = ("Venezuela: Detention of Opposition Leaders\n\nThe Venezuelan government should "
            "release the students it has detained.")
    release = analyzer.analyze(text, date="2015-02-20", outlet="U.S. Department of State")
    coded = {(e.type, e.status, release.actor(e.source).cameo_code if e.source else None)
             for e in release.events}
    assert ("RETREAT", "demanded", "VENGOV") in coded
    assert ("REQUEST", "occurred", "USAGOV") in coded
    news = analyzer.analyze(text, date="2015-02-20", outlet="Reuters")
    assert not [e for e in news.events if e.type == "REQUEST"]
    assert {e.status for e in news.events if e.type == "RETREAT"} == {"speculative"}


def test_must_with_a_verb_that_codes_nothing_is_still_a_demand(analyzer):
    """ "must do more", "must understand": no event is demanded, but the demand itself is
    on record (rule trigger:modal-demand(must)+bare)."""
    analysis = analyzer.analyze("Israel must do more to protect civilians in Gaza, the "
                                "French president said.", date="2023-11-10")
    assert coded(analysis) == [("REQUEST", "FRAGOV", "ISR", "occurred")]
    request = analysis.events[0]
    assert request.evidence.trigger.text == "must"
    assert "trigger:modal-demand(must)+bare" in request.why


def test_should_without_an_event_in_a_release_is_its_demand(analyzer):
    text = ("Venezuela: Detention of Opposition Leaders\n\nThe Venezuelan government should "
            "focus on real solutions.")
    release = analyzer.analyze(text, date="2015-02-20", outlet="U.S. Department of State")
    assert {(e.type, release.actor(e.source).cameo_code, e.target) for e in release.events
            if e.source} == {("REQUEST", "USAGOV", "VENGOV")}
    news = analyzer.analyze(text, date="2015-02-20", outlet="Reuters")
    assert not [e for e in news.events if e.type == "REQUEST"]


def test_no_bare_demand_of_a_state_a_passive_or_ones_own_country(analyzer):
    for text in ("Ukraine must be free, the British foreign secretary said.",
                 "Russia must be held accountable, the British foreign secretary said.",
                 "Britain must do more, the British foreign secretary said.",
                 "Israel must do more to protect civilians in Gaza."):
        assert all(t != "REQUEST" for t, *_ in coded(analyzer.analyze(text,
                                                                      date="2023-11-10")))


def test_no_bare_demand_of_a_guess_a_fate_or_a_question(analyzer):
    """Review of the bare demands: "must" of a guess, a feeling or a fate, and "should"
    in a question asked, demand nothing."""
    for text in ("Israel must have known about the attack, the Egyptian intelligence chief "
                 "said.",
                 "Iran must feel isolated, the Saudi foreign minister said.",
                 "China must be wondering what comes next, the Australian prime minister said.",
                 "Iraq must remain united, the Turkish president said.",
                 "Ukraine must win this war, the British prime minister said."):
        assert all(t != "REQUEST" for t, *_ in coded(analyzer.analyze(text,
                                                                      date="2023-11-10")))
    asked = analyzer.analyze("Journalists asked whether Iran should face new sanctions, and "
                             "the spokesperson declined to comment.", date="2023-11-10",
                             outlet="U.S. Department of State")
    assert all(t != "REQUEST" for t, *_ in coded(asked))


def test_a_need_or_a_wish_is_a_demand(analyzer):
    """ "it is important for X to…", "it is essential that X…", "would like to see X…":
    REQUEST from the speaker (or who wishes it) to X; the act asked for is demanded."""
    analysis = analyzer.analyze("The French foreign minister said it is important for the "
                                "Malian government to hold elections.", date="2023-05-02")
    assert ("REQUEST", "FRAGOV", "MLIGOV", "occurred") in coded(analysis)
    analysis = analyzer.analyze("The German chancellor said it is essential that Iran "
                                "release the detained sailors.", date="2023-05-02")
    found = coded(analysis)
    assert ("REQUEST", "DEUGOV", "IRN", "occurred") in found, found
    assert ("RETREAT", "IRN", None, "demanded") in found, found
    request = next(e for e in analysis.events if e.type == "REQUEST")
    assert "trigger:asked-for(essential)" in request.why
    analysis = analyzer.analyze("The Canadian foreign minister said Canada would like to see "
                                "Russia withdraw its troops from Ukraine.", date="2023-05-02")
    found = coded(analysis)
    assert ("REQUEST", "CANGOV", "RUS", "occurred") in found, found
    assert ("RETREAT", "RUSMIL", "UKR", "demanded") in found, found


@pytest.mark.parametrize("text", [
    "It was important for Russia to win the war, Putin said.",  # past: narration
    "The minister said it is not important for Iran to sign the deal.",  # negated
    "We would not like to see Iran attack Israel, the German minister said.",  # negated
    "The minister said it is essential that sanctions are lifted.",  # passive, no doer
    # review of issue 13: a clause of time or cause, a fact, a guess, no one's wish, a
    # rebel's wish told by a government, a question word, a right
    "Since Russia invaded Ukraine, it is essential for Europe to spend more, the Danish "
    "prime minister said.",
    "It is important that Russia attacked Ukraine without provocation, the Estonian "
    "president said.",
    "It might be necessary for NATO to send troops to Ukraine, the French president said.",
    "No one would like to see China invade Taiwan, the Japanese defence minister said.",
    '"Hezbollah would like to see Israel invade Lebanon," the Lebanese prime minister said.',
    '"We would like to see how China responds to the sanctions," the US envoy said.',
    '"It is important for Israel to defend itself," the German chancellor said.',
])
def test_no_demand_in_a_past_negated_or_doerless_need(analyzer, text):
    analysis = analyzer.analyze(text, date="2023-05-02")
    assert not [e for e in analysis.events if e.type == "REQUEST"], coded(analysis)


def test_a_need_that_x_not_act_keeps_the_act_negated(analyzer):
    analysis = analyzer.analyze('"It is vital that China not send weapons to Russia," the US '
                                "secretary of state said.", date="2023-05-02")
    found = coded(analysis)
    assert ("REQUEST", "USAGOV", "CHN", "occurred") in found, found
    assert [c[3] for c in found if c[0] == "AID"] == ["negated"], found
