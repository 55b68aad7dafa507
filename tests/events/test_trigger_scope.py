"""Where a trigger word names no event of its own, or another one: what is yielded to
(events/extract.py ``_object_of_trigger``), "join" outside a joint activity (join-v in
lexicons/events.yaml), a pardon granted (grant-release-v: a release, not aid). Sentences
are our own."""

from __future__ import annotations

from helpers import dyads


def test_what_is_yielded_to_is_no_event_of_its_own(analyzer):
    for text in ("Chile's government gave in to the miners' demands on Monday.",
                 "Peru's government accepted three of the five demands of the teachers."):
        found = dyads(analyzer.analyze(text, date="2024-05-06"), status=False)
        assert [c[0] for c in found] == ["CONCEDE"], (text, found)


def test_joining_a_war_or_sanctions_is_no_cooperation(analyzer):
    for text in ("Norway will not join the sanctions against Iran.",
                 "Iran warned it would respond if Britain joined the war."):
        found = dyads(analyzer.analyze(text, date="2024-05-06"), status=False)
        assert all(c[0] != "COOPERATE" for c in found), (text, found)
    found = dyads(analyzer.analyze("Norway joined the search for the missing vessel off "
                                   "Iceland.", date="2024-05-06"), status=False)
    assert [c[0] for c in found] == ["COOPERATE"], found


def test_a_pardon_granted_is_a_release_not_aid(analyzer):
    found = dyads(analyzer.analyze("The president granted a pardon to three Ugandan "
                                   "journalists.", date="2024-05-06"), status=False)
    assert [c[0] for c in found] == ["RETREAT"], found
    found = dyads(analyzer.analyze("Japan granted Ukraine a loan.", date="2024-05-06"),
                  status=False)
    assert found == [("AID", "JPN", "UKR")], found


def test_an_offensive_yielded_to_stays_an_event(analyzer):
    found = dyads(analyzer.analyze("Armenia yielded to Azerbaijan's offensive in Karabakh.",
                                   date="2024-05-06"), status=False)
    assert ("ASSAULT", "AZE", "ARM") in found, found


def test_pulling_back_a_curtain_is_no_retreat(analyzer):
    found = dyads(analyzer.analyze("Israel pulled back the curtain on its nuclear program.",
                                   date="2024-05-06"), status=False)
    assert all(c[0] != "RETREAT" for c in found), found


def test_ties_are_an_event_only_when_built_or_mended(analyzer):
    for text in ("Ties between Turkey and Greece remain strained.",
                 "The inquiry looked at the senator's alleged ties to Iran."):
        found = dyads(analyzer.analyze(text, date="2024-05-06"), status=False)
        assert all(c[0] != "COOPERATE" for c in found), (text, found)
    found = dyads(analyzer.analyze("Turkey and Egypt restored diplomatic ties on Monday.",
                                   date="2024-05-06"), status=False)
    assert ("COOPERATE", "TUR", "EGY") in found, found


def test_what_a_speaker_comments_on_is_not_the_speakers_act(analyzer):
    found = analyzer.analyze("Commenting on the agreement, Chile's foreign minister said it "
                             "was a step forward.", date="2024-05-06")
    assert not [e for e in found.events if e.type == "AGREE" and e.source], \
        [(e.type, e.source, e.why) for e in found.events]


def test_what_a_passive_grant_gives_decides_its_type(analyzer):
    found = dyads(analyzer.analyze("Three Ugandan journalists were granted a pardon by "
                                   "President Museveni.", date="2024-05-06"), status=False)
    assert [c[0] for c in found] == ["RETREAT"], found
    found = dyads(analyzer.analyze("The UN envoy was not granted permission by Myanmar to "
                                   "visit Rakhine.", date="2024-05-06"), status=False)
    assert all(c[0] != "AID" for c in found), found
    found = dyads(analyzer.analyze("Norway granted the refugees permanent residence status.",
                                   date="2024-05-06"), status=False)
    assert all(c[0] != "AID" for c in found), found


def test_documents_released_by_the_thousand_free_no_one(analyzer):
    """ "released thousands of classified documents": what a count counts is the object
    the release-v entry excludes (triggers.py ``COUNTS``); hostages by the dozen are freed."""
    analysis = analyzer.analyze("The soldier released thousands of classified documents to "
                                "a website.", date="2017-01-18")
    assert not [e for e in analysis.events if e.type == "RETREAT"], analysis.events
    analysis = analyzer.analyze("Hamas released dozens of hostages.", date="2023-11-28")
    assert [e.type for e in analysis.events] == ["RETREAT"]
