"""Force or sanctions promised on a condition are a threat (events/threats.py). Sentences
are our own."""

from __future__ import annotations

import pytest
from helpers import dyads


def coded(analysis) -> list:
    return dyads(analysis)


def test_force_promised_on_a_condition_is_a_threat(analyzer):
    analysis = analyzer.analyze("Azerbaijan said it would attack the Armenian border posts if "
                                "the shelling did not stop.", date="2024-05-06")
    threats = [e for e in analysis.events if e.type == "THREATEN"]
    assert [(analysis.actor(e.source).id, e.cameo, e.status) for e in threats] == [
        ("AZE", "138", "occurred")], coded(analysis)


def test_sanctions_promised_unless_a_law_is_dropped_are_a_threat_from_the_warner(analyzer):
    found = coded(analyzer.analyze("The Lithuanian foreign minister warned that Lithuania would "
                                   "impose sanctions on Belarus unless it freed the activists.",
                                   date="2024-05-06"))
    assert [(t, s, tg) for t, s, tg, _ in found if t == "THREATEN"] == [
        ("THREATEN", "LTUGOV", "BLR")], found


def test_force_with_no_condition_or_done_is_no_threat(analyzer):
    for text in ("Azerbaijan said it would attack the Armenian border posts on Friday.",
                 "Azerbaijan attacked the Armenian border posts if only briefly."):
        found = coded(analyzer.analyze(text, date="2024-05-06"))
        assert not [c for c in found if c[0] == "THREATEN"], (text, found)


def test_a_warning_of_what_follows_unless_is_a_threat_to_the_one_warned(analyzer):
    """``conditional`` on warn-if-v in events.yaml; a warning with no condition is none."""
    analysis = analyzer.analyze("The Swiss foreign minister warned Libya on Monday that Swiss "
                                "banks would freeze its assets unless the two businessmen "
                                "were released.", date="2024-05-06")
    threats = [(s, tg) for t, s, tg, _ in coded(analysis) if t == "THREATEN"]
    assert threats == [("CHEGOV", "LBY")], coded(analysis)
    plain = analyzer.analyze("The Swiss foreign minister warned Libya on Monday that prices "
                             "would rise.", date="2024-05-06")
    assert not [e for e in plain.events if e.type == "THREATEN"]


def test_a_threat_is_aimed_at_whoever_would_set_it_off(analyzer):
    found = dyads(analyzer.analyze("Russia threatened to cut gas supplies unless Moldova "
                                   "paid its debt.", date="2024-05-06"), status=False)
    assert ("THREATEN", "RUS", "MDA") in found, found


def test_a_threatened_action_against_someone_is_aimed_at_them(analyzer):
    found = dyads(analyzer.analyze("Azerbaijan did not threaten military action against "
                                   "Armenia in the speech.", date="2024-05-06"))
    assert ("THREATEN", "AZE", "ARM", "negated") in found, found


def test_tariffs_on_goods_from_a_country_are_aimed_at_it(analyzer):
    found = dyads(analyzer.analyze("Canada threatened to impose tariffs on goods from "
                                   "Brazil.", date="2024-05-06"), status=False)
    assert ("THREATEN", "CAN", "BRA") in found, found
    assert ("SANCTION", "CAN", "BRA") in found, found


def test_a_threat_over_ones_own_forces_or_another_clause_aims_at_no_one(analyzer):
    found = dyads(analyzer.analyze("Israel threatened to retaliate if its soldiers came "
                                   "under fire.", date="2024-05-06"), status=False)
    assert ("THREATEN", "ISR", None) in found, found
    found = dyads(analyzer.analyze("North Korea threatened to test a missile, and Japan said "
                                   "it would respond if Pyongyang did.", date="2024-05-06"),
                  status=False)
    assert [c for c in found if c[0] == "THREATEN"][0][2] is None, found


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea will pay a heavy price for its provocations, the South Korean president "
     "said.", ("THREATEN", "KORGOV", "PRK", "occurred")),
    ("Russia will face severe consequences, the German chancellor said.",
     ("THREATEN", "DEUGOV", "RUS", "occurred")),
    ("Greece will not allow Turkey to drill in its waters, the Greek prime minister said.",
     ("THREATEN", "GRCGOV", "TUR", "occurred")),
    # "would" under a verb of saying, and force promised in answer (review of issue 13)
    ("The Chilean president said Peru would pay a heavy price for the incursion.",
     ("THREATEN", "CHLGOV", "PER", "occurred")),
    ("Ghanaian officials said they would retaliate against Togo.",
     ("THREATEN", "GHAGOV", "TGO", "occurred")),
    ("Ghana vowed to retaliate against Togo.", ("THREATEN", "GHA", "TGO", "occurred")),
    ("Ghana threatened to retaliate against Togo.", ("THREATEN", "GHA", "TGO", "occurred")),
])
def test_a_warning_formula_is_a_threat(analyzer, text, expected):
    found = coded(analyzer.analyze(text, date="2024-05-06"))
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "We will pay a price for this mistake, the British prime minister said.",  # own country
    "Russia paid a heavy price for the invasion, the German chancellor said.",  # past
    "Will Russia face consequences, the reporter asked?",  # asked
    # review of issue 13: a lament, support, a question not answered
    "Ordinary Russians will pay the price for the war, the British foreign secretary said.",
    "We will not allow Ukraine to fail, the German chancellor said.",
    "The secretary of state declined to say whether Israel will face consequences.",
    "Ghana said it would not retaliate against Togo.",  # negated
    "Ghana would retaliate if Togo attacked, analysts said.",  # no party says it
    # a forecast by others is no threat (review of issue 13)
    "Analysts said Ghana would retaliate against Togo within days.",
    "Nigeria said Ghana would retaliate against Togo.",
])
def test_no_threat_in_a_warning_to_oneself_a_past_price_or_a_question(analyzer, text):
    found = coded(analyzer.analyze(text, date="2024-05-06"))
    assert not [c for c in found if c[0] == "THREATEN"], found
