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
