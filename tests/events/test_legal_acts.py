"""Court outcomes, legal action and officials dismissed (issue 13, real-text rulings R14 and
R19): convictions and sentences are SANCTION, acquittals SANCTION negated, charges COERCE,
a sentence undone RETREAT. Sentences are the team's own."""

from __future__ import annotations

import pytest

from newsledger.evaluation.scoring import actor_code


def _coded(analyzer, text: str) -> set[tuple[str, str, str | None, str | None]]:
    found = analyzer.analyze(text, date="2019-03-04")
    return {(e.type, e.status, actor_code(found, e.source) or None,
             actor_code(found, e.target) or None) for e in found.events}


@pytest.mark.parametrize(("text", "kind", "status"), [
    ("A court in Ankara acquitted the novelist Ayse Demir of insulting the state.",
     "SANCTION", "negated"),
    ("Judges in Lagos cleared the Nigerian opposition leader of all charges on Monday.",
     "SANCTION", "negated"),
    ("The Kenyan court sentenced the former minister to five years in prison.",
     "SANCTION", "occurred"),
    ("Prosecutors in Nairobi charged the Kenyan governor with fraud on Friday.",
     "COERCE", "occurred"),
    ("The Pakistani supreme court overturned the conviction of the former minister.",
     "RETREAT", "occurred"),
    ("Thailand turned back two boats of Rohingya migrants last week.", "COERCE", "occurred"),
    ("The Kenyan governor fired police chief Marta Ruiz on Tuesday.", "SANCTION", "occurred"),
])
def test_court_outcomes_and_legal_action(analyzer, text, kind, status):
    found = _coded(analyzer, text)
    assert any(t == kind and s == status for t, s, _, _ in found), found


def test_an_acquittal_is_no_conviction(analyzer):
    """ "acquitted" names a conviction that did not happen: never SANCTION occurred."""
    found = _coded(analyzer, "A court in Ankara acquitted the novelist Ayse Demir of "
                             "insulting the state.")
    assert not [f for f in found if f[:2] == ("SANCTION", "occurred")], found


@pytest.mark.parametrize("text", [
    "Kenyan workers cleared the road of debris after the storm.",
    "The Kenyan minister dismissed the claims as baseless.",
    "Kenya closed the border crossing for repairs.",
])
def test_the_same_words_outside_court_are_no_sanction(analyzer, text):
    found = _coded(analyzer, text)
    assert not [f for f in found if f[0] == "SANCTION"], found


def test_an_embassy_closed_sanctions_the_host_country(analyzer):
    # an embassy is its government's (lexicons/events.yaml theme_sector_modes)
    found = _coded(analyzer, "Ghana and Kenya closed their embassies in Libya on Sunday.")
    assert {("SANCTION", "occurred", "GHAGOV", "LBY"),
            ("SANCTION", "occurred", "KENGOV", "LBY")} <= found, found


@pytest.mark.parametrize(("text", "investigates"), [
    ("The European Commission opened an investigation into Hungary's media law.", True),
    ("Kenyan lawmakers called for an investigation into the police shootings.", True),
    ("Kenya's prime minister said the delay would prolong the investigation into the "
     "Kenyan police.", False),
    ("The Kenyan governor remains under investigation by Kenyan prosecutors.", False),
])
def test_an_investigation_is_coded_when_it_is_opened_or_asked_for(analyzer, text,
                                                                  investigates):
    """Issue 13, real train: "the Russia investigation", "under investigation", "prolong
    the investigation" name one in passing; opening or calling for one is the act."""
    found = _coded(analyzer, text)
    assert any(t == "ACCUSE" for t, _, _, _ in found) is investigates, found


def test_a_press_release_is_a_document_not_a_release(analyzer):
    """ "In a press release, the Foreign Office said…" frees no one (issue 13, real dev);
    "the release of Palestinian prisoners" still does."""
    found = _coded(analyzer, "In a press release, the Pakistani Foreign Office said "
                             "Pakistan welcomed the proposal.")
    assert not [f for f in found if f[0] == "RETREAT"], found
    freed = _coded(analyzer, "Hamas called for the release of Palestinian prisoners.")
    assert any(f[0] == "RETREAT" for f in freed), freed


@pytest.mark.parametrize(("text", "expected"), [
    # a participle joined to a passive verb is passive too, and takes its subject
    ("The Kenyan journalist Ada Mwangi was convicted of fraud but acquitted of espionage.",
     {("SANCTION", "occurred", "KENJRN"), ("SANCTION", "negated", "KENJRN")}),
    ("The Kenyan journalist Ada Mwangi spent a year in prison but has been acquitted.",
     {("SANCTION", "negated", "KENJRN")}),
    # whose arrest, warrant or conviction it is, is who is arrested or released
    ("The Kenyan journalist Ada Mwangi wrote on corruption. Police confirmed her arrest "
     "on Friday.", {("COERCE", "occurred", "KENJRN")}),
    ("A warrant for the arrest of the Kenyan journalist Ada Mwangi was cancelled.",
     {("RETREAT", "occurred", "KEN")}),
])
def test_a_passive_conjunct_and_an_owned_arrest_find_who_is_acted_on(analyzer, text,
                                                                      expected):
    """Issue 13, real train: "Selek … has been acquitted at each of three trials", "Manning
    was convicted … but acquitted of aiding the enemy", "a warrant for her arrest was
    cancelled"."""
    found = {(t, s, target) for t, s, _, target in _coded(analyzer, text)}
    assert expected <= found, found
