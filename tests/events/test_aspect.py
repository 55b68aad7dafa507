"""Verbs of aspect in a chain of object control (events/aspect.py): "asked Uganda to resume
sending troops" -- Uganda sends them, not the one who asked. Sentences are our own."""

from __future__ import annotations

import pytest
from helpers import coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya asked Uganda to resume sending troops to Somalia.",
     ("MOBILIZE", "UGAMIL", None, "demanded")),
    ("Chile urged Peru to keep sending aid to Bolivia.", ("AID", "PER", "BOL", "demanded")),
])
def test_the_one_asked_does_what_it_is_asked_to_go_on_doing(analyzer, text, expected):
    found = coded(analyzer, text, date="2020-01-01")
    assert expected in found, found


def test_an_aspect_verb_with_its_own_subject_keeps_it(analyzer):
    """ "Kenya said Uganda would continue sending troops": no control, Uganda's own."""
    found = coded(analyzer, "Kenya said Uganda would continue sending troops to Somalia.",
                  date="2020-01-01")
    assert [f for f in found if f[0] == "MOBILIZE" and f[1] == "UGAMIL"], found
    assert not [f for f in found if f[0] == "MOBILIZE" and f[1] == "KENMIL"], found
