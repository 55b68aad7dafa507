"""A name with or without its accents is one actor (issue 14)."""

from __future__ import annotations

from newsledger.nlp import fold


def test_folding_drops_accents_only():
    assert fold("Vučić") == "Vucic" and fold("Orbán") == "Orban"
    assert fold("Erdoğan") == "Erdogan" and fold("Łukasz") == "Łukasz"  # ł is a letter


def test_vucic_and_vucic_are_one_actor(analyzer):
    analysis = analyzer.analyze("Vucic met Orban in Belgrade. Vu\u010di\u0107 later met "
                                "Orb\u00e1n again. Erdogan spoke to Erdo\u011fan.",
                                date="2025-11-03")
    assert sorted(a.id for a in analysis.actors) == [
        "aleksandar-vucic", "recep-tayyip-erdogan", "viktor-orban"]


def test_a_released_photo_or_report_is_no_release(analyzer):
    analysis = analyzer.analyze("The army released a photo of the captured militants. Police "
                                "released a report on the riots.", date="2025-11-03")
    assert analysis.events == []
