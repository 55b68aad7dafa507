"""A relative named by kin is the relative's family, people of their country, never the
relative (events/frames.py ``_kin``, lexicons/sectors.yaml ``kin``; issue 13, real train).
Sentences are our own."""

from __future__ import annotations

import pytest
from helpers import dyads


@pytest.mark.parametrize("text, expected", [
    ("Israel killed three sons of Hamas leader Ismail Haniyeh.", ("ASSAULT", "ISR", "PSE")),
    ("The Swiss detained Gaddafi's son Hannibal in 2008.", ("COERCE", "CHE", "LBY")),
    ("The Swiss detained Libyan leader Muammar al-Gaddafi's son, Hannibal, in 2008.",
     ("COERCE", "CHE", "LBY")),
])
def test_a_leaders_family_is_the_leaders_country(analyzer, text, expected):
    found = dyads(analyzer.analyze(text, date="2024-05-06"), status=False)
    assert expected in found, found
    assert not [c for c in found if c[2] and c[2] != expected[2]], found


def test_a_relative_of_no_known_country_is_not_the_relative(analyzer):
    analysis = analyzer.analyze("Police arrested the wife of the blogger Ivan Petrenko.",
                                date="2024-05-06")
    assert not [e for e in analysis.events if e.target and "petrenko" in e.target], \
        analysis.events


def test_kin_with_a_people_of_its_own_is_that_people(analyzer):
    """ "our Syrian brothers" are Syrians, not the speaker's family."""
    found = dyads(analyzer.analyze('"We are ready to provide our Syrian brothers with '
                                   'wheat," Iraqi Prime Minister Mohammed Shia al-Sudani '
                                   'said.', date="2025-04-17"), status=False)
    assert [c for c in found if c[0] == "AID"] == [("AID", "IRQGOV", "SYR")], found


def test_a_number_after_a_shared_subject_is_some_of_those_named_before(analyzer):
    """ "detained two Swiss businessmen and sentenced one": one of the businessmen
    (frames._one, ``arg:one-of``; issue 13, real train); not across a new subject."""
    found = dyads(analyzer.analyze("Libya detained two Swiss businessmen and sentenced one "
                                   "to 16 months in prison.", date="2010-02-01"),
                  status=False)
    assert ("SANCTION", "LBY", "CHEBUS") in found, found
    analysis = analyzer.analyze("Russia arrested two British diplomats and Britain arrested "
                                "three.", date="2010-02-01")
    assert not [w for e in analysis.events for w in e.why if "one-of" in w], analysis.events


def test_kin_of_someone_known_or_with_a_name_we_know(analyzer):
    """Second review: "Kim Jong Un's sister Kim Yo Jong" is herself; "the brother of a Hamas
    commander" is Palestinian (the relative resolved as any argument is)."""
    found = dyads(analyzer.analyze("Kim Jong Un's sister Kim Yo Jong threatened South Korea.",
                                   date="2020-05-01"), status=False)
    assert [c[1] for c in found if c[0] == "THREATEN"] == ["PRKGOV"], found
    found = dyads(analyzer.analyze("The brother of a Hamas commander was killed in Gaza.",
                                   date="2020-05-01"), status=False)
    assert ("ASSAULT", None, "PSE") in found, found
