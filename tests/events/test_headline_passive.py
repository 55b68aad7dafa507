"""A headline's bare participle is a passive with "was" left out (events/frames.py
``_headline_passive``; issue 13, real train: a piracy headline). Sentences are our own."""

from __future__ import annotations

from helpers import dyads

HEADLINE = ("Gulf of Aden: Indian navy kills two pirates, Dutch couple freed\n"
            "The navy said its frigate had been on patrol since May.")


def test_a_bare_participle_in_a_headline_is_done_to_its_subject(analyzer):
    found = dyads(analyzer.analyze(HEADLINE, date="2024-05-06"), status=False)
    assert ("RETREAT", None, "NLDCVL") in found, found
    assert not [c for c in found if c[1] == "NLDCVL"], found


def test_a_past_verb_in_prose_or_with_its_target_stays_active(analyzer):
    found = dyads(analyzer.analyze("Pirates freed a Dutch couple on Monday.",
                                   date="2024-05-06"), status=False)
    assert not [c for c in found if c[1] == "NLDCVL"], found
    found = dyads(analyzer.analyze("Gulf of Aden: Indian navy fired on pirates\nThe navy said "
                                   "its frigate had been on patrol since May.",
                                   date="2024-05-06"), status=False)
    assert {c[1] for c in found if c[0] == "ASSAULT"} == {"INDMIL"}, found


def test_a_headline_passive_may_name_its_place(analyzer):
    found = dyads(analyzer.analyze("Dutch couple freed in Somalia\nThe navy said its frigate "
                                   "had been on patrol since May.", date="2024-05-06"),
                  status=False)
    assert [c for c in found if c[0] == "RETREAT"] == [("RETREAT", None, "NLDCVL")], found


def test_sinking_a_ship_is_force_a_ship_sinking_is_not(analyzer):
    found = dyads(analyzer.analyze("Russia sank a Ukrainian patrol boat near Odesa.",
                                   date="2024-05-06"), status=False)
    assert ("ASSAULT", "RUS", "UKRMIL") in found, found
    found = dyads(analyzer.analyze("A Ukrainian patrol boat sank near Odesa in a storm.",
                                   date="2024-05-06"))
    assert not found, found
    found = dyads(analyzer.analyze("A Russian submarine sank a Ukrainian patrol boat near "
                                   "Odesa.",
                                   date="2024-05-06"), status=False)
    assert ("ASSAULT", "RUSMIL", "UKRMIL") in found, found


def test_words_too_are_done_to_a_headlines_subject(analyzer):
    """ "Afghan team honored for…": praise left without its "was" is praise of the team,
    not by it (issue 13, real train); a mutual act stays both sides' own."""
    found = dyads(analyzer.analyze("After visa snags, Afghan team honored for courageous "
                                   "achievement\nThe team won a silver medal on Tuesday.",
                                   date="2017-07-20"), status=False)
    assert ("SUPPORT", None, "AFG") in found, found
    assert not [c for c in found if c[0] == "SUPPORT" and c[1] == "AFG"], found


def test_a_headline_verb_with_a_clause_or_standing_alone_stays_active(analyzer):
    """Second review: "Russia Threatened to Retaliate", "Hamas Refused to Disarm", "UN
    Appealed for Calm" keep their doers; only verbs of ``headline_passive_verbs`` and
    material acts are read as passive."""
    for headline, doer in (("Russia Threatened to Retaliate", "RUS"),
                           ("Hamas Refused to Disarm", "PSE"),
                           ("UN Appealed for Calm", "IGOUNO")):
        found = dyads(analyzer.analyze(headline + "\nThe news came on Monday.",
                                       date="2020-05-01"), status=False)
        assert found and all(c[1] is not None and c[1].startswith(doer) for c in found), \
            (headline, found)


def test_a_headline_verb_of_asking_with_its_clause_is_passive(analyzer):
    """Second review: "Iran urged to return to nuclear talks": Iran is urged (object
    control verbs with their clause)."""
    found = dyads(analyzer.analyze("Iran urged to return to nuclear talks\nThe news came on "
                                   "Monday.", date="2020-05-01"), status=False)
    assert ("REQUEST", None, "IRN") in found, found
