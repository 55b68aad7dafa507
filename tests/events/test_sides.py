"""The two sides of an event noun named before it with a hyphen ("US-China talks") are
its source and target each way, as "talks between" names them (events/nominal.py
``hyphen_pair``). Sentences are the team's own."""

from __future__ import annotations

import pytest
from helpers import dyads


@pytest.mark.parametrize("text, pair", [
    ("US-China trade talks resumed in Geneva on Monday.", ("USA", "CHN")),
    ("The India-Pakistan ceasefire held through the weekend.", ("IND", "PAK")),
    # the first name is the other side, not the owner of the second
    ("The Israel-Hamas ceasefire took effect on Sunday.", ("ISR", "PSEREB")),
])
def test_two_names_joined_by_a_hyphen_are_the_two_sides(analyzer, text, pair):
    found = dyads(analyzer.analyze(text, date="2024-05-06"), status=False)
    first, second = pair
    assert {(s, t) for _, s, t in found} == {(first, second), (second, first)}, found


@pytest.mark.parametrize("text", [
    # one name with a hyphen in it (second review)
    "An Al-Shabaab attack killed 15 Kenyan soldiers on Tuesday.",
    # two places of one country
    "The Kabul-Kandahar attack killed 12 police officers.",
])
def test_a_hyphen_inside_one_name_or_country_makes_no_sides(analyzer, text):
    found = analyzer.analyze(text, date="2024-05-06")
    assert not [w for e in found.events for w in e.why if "noun-between" in w], \
        [(e.type, e.source, e.target, e.why) for e in found.events]
