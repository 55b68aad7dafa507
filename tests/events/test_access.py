"""Letting someone in eases a restriction on them: RETREAT (mode access) at the one let in
(lexicons/events.yaml allow-enter-v, allow-into-v, let-enter-v, let-into-v;
syntax.infinitive_clauses). Sentences are our own."""

from __future__ import annotations

from helpers import dyads


def test_refusing_to_let_someone_in_is_a_refused_retreat_at_them(analyzer):
    found = dyads(analyzer.analyze("Belarus refused to let the OSCE observers enter the "
                                   "country.", date="2024-05-06"))
    assert ("RETREAT", "BLR", "IGOSCE", "refused") in found, found


def test_allowing_someone_to_visit_is_coded_at_the_visitor(analyzer):
    found = dyads(analyzer.analyze("Venezuela allowed Colombian doctors to visit the "
                                   "prison.", date="2024-05-06"), status=False)
    assert [c for c in found if c[0] == "RETREAT"] == [("RETREAT", "VEN", "COLMED")], found


def test_allowed_into_a_region_by_a_government(analyzer):
    found = dyads(analyzer.analyze("A team of Red Cross workers was allowed into the Darfur "
                                   "region by Sudan's government on Monday.",
                                   date="2024-05-06"), status=False)
    assert [c[:2] for c in found if c[0] == "RETREAT"] == [("RETREAT", "SDNGOV")], found


def test_a_report_of_what_they_will_do_is_no_permission(analyzer):
    found = dyads(analyzer.analyze("Kenya allowed that the envoys will visit Somalia.",
                                   date="2024-05-06"), status=False)
    assert all(c[0] != "RETREAT" for c in found), found
