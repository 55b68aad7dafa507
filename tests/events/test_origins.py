"""Force that names no doer but where it was fired from is coded to that place's country
(events/origins.py); the place it came from is not where it landed. Sentences are the
team's own."""

from __future__ import annotations

import pytest
from helpers import dyads


@pytest.mark.parametrize("text, expected", [
    ("Rockets fired from Gaza into Israel wounded two people on Tuesday.",
     ("ASSAULT", "PSE", "ISR")),
    ("Mortar rounds fired from Syria into Turkey killed a child.", ("ASSAULT", "SYR", "TUR")),
    # the place fired from is not the one struck
    ("Rockets fired from southern Lebanon struck Haifa on Sunday.", ("ASSAULT", "LBN", None)),
])
def test_fire_from_a_place_is_that_places_countrys(analyzer, text, expected):
    found = dyads(analyzer.analyze(text, date="2024-05-06"), status=False)
    assert expected in found, found
    assert not [f for f in found if f[0] == "ASSAULT" and f[2] == expected[1]], found


def test_a_named_doer_keeps_the_fire(analyzer):
    found = dyads(analyzer.analyze("Israeli troops fired from the Lebanese border at "
                                   "Hezbollah positions.", date="2024-05-06"), status=False)
    assert all(s == "ISRMIL" for t, s, _ in found if t == "ASSAULT"), found


@pytest.mark.parametrize("text", [
    "Shells were fired at Pakistani troops two miles from Kabul.",
    "Mortars were fired about 18 miles (30 km) from Baghdad at Syrian troops.",
    "Mortars were fired at Syrian troops 18 kilometres from Baghdad.",
    "Rockets were fired at Israeli troops a mile from Gaza.",
    "Shells were fired at Turkish troops several kilometres from Syria.",
])
def test_a_distance_from_a_place_is_no_origin(analyzer, text):
    """ "18 miles from Mosul" says how far, not where the force came from
    (details._distance; issue 13, real dev): no source from the place."""
    analysis = analyzer.analyze(text, date="2014-08-17")
    assert [e.type for e in analysis.events] == ["ASSAULT"], analysis.events
    event = analysis.events[0]
    assert event.source is None, event.why
    assert event.location is not None and event.location.why.endswith("+prep:from(distance)")


def test_a_share_before_from_is_no_distance(analyzer):
    """Only a counted measure right before "from" makes it a distance ("18 miles (30 km)
    from"); "25 percent tariffs on goods from China" keeps its "from"."""
    analysis = analyzer.analyze("The United States imposed 25 percent tariffs on steel "
                                "from China.", date="2018-06-01")
    located = [e.location.why for e in analysis.events if e.location]
    assert located and not [w for w in located if "distance" in w], located


def test_a_place_some_way_off_is_neither_scene_nor_abroad(analyzer):
    """Second review: "2 km from Afghanistan" is not in Afghanistan: the arrested stay
    the police's own people (custody.py), no scene target there."""
    found = dyads(analyzer.analyze("Pakistani police arrested five suspects 2 km from "
                                   "Afghanistan.", date="2020-05-01"), status=False)
    assert ("COERCE", "PAKCOP", "PAK") in found, found


def test_a_duration_before_from_is_no_distance(analyzer):
    """Second review: "fired for several days from Gaza" came from Gaza (only lengths
    make a distance: quantities.yaml ``lengths``)."""
    found = dyads(analyzer.analyze("Rockets were fired for several days from Gaza into "
                                   "Israel.", date="2020-05-01"), status=False)
    assert ("ASSAULT", "PSE", "ISR") in found, found
