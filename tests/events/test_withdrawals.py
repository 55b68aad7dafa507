"""A withdrawal: what is withdrawn is moved, not struck, and names the doer's sector; the
place it leaves names the target (lexicons/events.yaml ``theme_sector_modes`` and
``place_origin_types``; events/extract.py). Sentences are our own."""

from __future__ import annotations

from helpers import dyads


def test_withdrawn_troops_are_the_doers_military_not_its_target(analyzer):
    found = dyads(analyzer.analyze("Armenia withdrew its troops from Azerbaijan's Lachin "
                                   "district.", date="2024-05-06"), status=False)
    assert found == [("RETREAT", "ARMMIL", "AZE")], found


def test_an_asked_for_withdrawal_takes_no_party_from_the_possessive(analyzer):
    found = dyads(analyzer.analyze("The African Union called on Ethiopia to withdraw its "
                                   "soldiers from Somalia.", date="2024-05-06"))
    retreats = [c for c in found if c[0] == "RETREAT"]
    assert retreats == [("RETREAT", "ETHMIL", "SOM", "demanded")], found


def test_the_place_left_names_the_target_when_it_is_abroad(analyzer):
    found = dyads(analyzer.analyze("Turkish forces pulled out of three villages near "
                                   "Aleppo.", date="2024-05-06"), status=False)
    assert found == [("RETREAT", "TURMIL", "SYR")], found
    found = dyads(analyzer.analyze("Syrian forces withdrew from three villages near "
                                   "Aleppo.", date="2024-05-06"), status=False)
    assert found == [("RETREAT", "SYRMIL", None)], found


def test_pulled_out_of_names_what_is_left(analyzer):
    found = dyads(analyzer.analyze("Canada pulled out of Mali in 2023.", date="2024-05-06"),
                  status=False)
    assert found == [("RETREAT", "CAN", "MLI")], found


def test_a_recalled_diplomat_is_the_government_not_the_target(analyzer):
    found = dyads(analyzer.analyze("Peru withdrew its ambassador from Mexico City on "
                                   "Monday.", date="2024-05-06"), status=False)
    assert [c[:2] for c in found if c[0] == "RETREAT"] == [("RETREAT", "PERGOV")], found
    assert all(c[2] != "PERGOV" for c in found), found


def test_an_objection_dropped_is_a_concession_to_whose_plan_it_was(analyzer):
    found = dyads(analyzer.analyze("Greece dropped its objection on Monday to Turkey's bid "
                                   "for a customs deal.", date="2024-05-06"), status=False)
    assert ("CONCEDE", "GRC", "TUR") in found, found


def test_a_city_in_the_name_of_what_is_left_is_no_target(analyzer):
    for text in ("Canada withdrew from the Paris climate agreement.",
                 "Moscow withdrew from a deal signed in Istanbul.",
                 "Canada withdrew its support of the Saudi campaign in Yemen."):
        found = dyads(analyzer.analyze(text, date="2024-05-06"), status=False)
        assert all("place-origin" not in " ".join(e.why)
                   for e in analyzer.analyze(text, date="2024-05-06").events), (text, found)
        assert all(c[2] not in ("FRA", "TUR", "YEM") for c in found), (text, found)


def test_citizens_withdrawn_are_moved_not_the_doer(analyzer):
    found = dyads(analyzer.analyze("India withdrew its citizens from Sudan.",
                                   date="2024-05-06"), status=False)
    assert found == [("RETREAT", "IND", "SDN")], found


def test_pulling_someone_out_of_a_car_is_no_retreat(analyzer):
    found = dyads(analyzer.analyze("Police pulled a man out of the car in Nairobi.",
                                   date="2024-05-06"), status=False)
    assert all(c[0] != "RETREAT" for c in found), found


def test_pulling_back_from_a_place_abroad_is_a_retreat_from_it(analyzer):
    found = dyads(analyzer.analyze("Turkish forces pulled back from positions near Aleppo.",
                                   date="2024-05-06"), status=False)
    assert found == [("RETREAT", "TURMIL", "SYR")], found
