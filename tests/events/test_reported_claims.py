"""Reported claims are not assertions (issue 15): an event told in "reports that…" which the
sentence denies is denied, the denier is the claim's source, and rejecting a report is
not a REJECT event."""

from __future__ import annotations

import pytest

DENIALS = [
    ("The Foreign Office rejected media reports that Pakistan had agreed to send 5,000 "
     "troops to Gaza.", "reject"),
    ("Pakistan's foreign ministry dismissed reports that Islamabad had agreed to send "
     "troops to Gaza.", "dismiss"),
    ("The ministry called claims that Pakistan had agreed to send troops baseless.",
     "baseless"),
    ("There is no truth in reports that Pakistan agreed to send troops to Gaza, the "
     "ministry said.", "not-truth"),
    ("Reports that Pakistan had agreed to send troops were false, the ministry said.",
     "false"),
    ("Egypt's foreign ministry described the reports that Cairo had agreed to host the "
     "talks as fabricated.", "fabricated"),
]


@pytest.mark.parametrize(("text", "word"), DENIALS)
def test_a_denied_report_denies_the_events_it_tells(analyzer, text, word):
    events = analyzer.analyze(text, date="2026-03-12").events
    assert events
    assert all(e.status == "denied" for e in events), [(e.type, e.status) for e in events]
    assert all(e.type != "REJECT" for e in events)
    assert any(f"status:denied-report({word})" in e.why for e in events)


@pytest.mark.parametrize(("text", "source"), [
    (DENIALS[0][0], "The Foreign Office"),
    (DENIALS[1][0], "Pakistan's foreign ministry"),
])
def test_the_denier_is_the_source_of_the_claim(analyzer, text, source):
    [claim] = analyzer.analyze(text, date="2026-03-12").claims
    assert claim.attribution.type == "reported-speech"
    assert claim.attribution.source_text == source
    assert claim.sourcing_grade == "A"


@pytest.mark.parametrize("text", [
    "Media reports said Pakistan had agreed to send 20,000 troops to Gaza.",
    "Reports that Iran had freed the sailors were confirmed by officials on Monday.",
    "Iran rejected the European proposal on Monday.",
])
def test_reports_that_nobody_denies_stay_as_they_are(analyzer, text):
    events = analyzer.analyze(text, date="2026-03-12").events
    assert events and all(e.status != "denied" for e in events)


def test_a_dateline_is_not_the_denier(analyzer):
    text = ("ISLAMABAD — Pakistan's Foreign Office spokesperson on Thursday rejected media "
            "reports that Pakistan had agreed to send troops to Gaza.")
    analysis = analyzer.analyze(text, date="2025-10-30",
                                title="Pakistan rejects reports of Gaza troop deal")
    claim = next(c for c in analysis.claims if "rejected media reports" in c.text)
    assert claim.attribution.source_text.startswith("Pakistan's Foreign Office spokesperson")
    assert analysis.actor(claim.attribution.source_actor).country == "PAK"


@pytest.mark.parametrize("text", [
    "Witnesses confirmed reports that soldiers opened fire on protesters in Lagos, calling "
    "the government's account a lie.",
    "Residents confirmed reports that Russian forces shelled villages that lie along the "
    "border with Ukraine.",
    "Reports that Iran had accused Israel of spreading propaganda drew a sharp response "
    "from Washington.",
    "There is no doubt that reports that Russia attacked Ukrainian positions near Kharkiv "
    "are true.",
])
def test_a_report_confirmed_or_merely_mentioned_is_not_denied(analyzer, text):
    """Review of issue 15: words of falsity inside the reported clause, a truth word far
    from any negation, and confirming verbs deny nothing."""
    events = analyzer.analyze(text, date="2026-03-12").events
    assert events and all(e.status != "denied" for e in events), [
        (e.type, e.status, e.why) for e in events]


@pytest.mark.parametrize(("text", "status"), [
    ("No one was killed in the Russian drone attack on Odesa overnight.", "occurred"),
    ("No civilians were killed when Israeli jets struck targets in Gaza.", "occurred"),
    ("No Cambodian soldier fired a single shot on Sunday, a spokeswoman said.", "negated"),
])
def test_nobody_negates_only_as_the_doer(analyzer, text, status):
    events = analyzer.analyze(text, date="2026-03-12").events
    assert [e.status for e in events if e.type == "ASSAULT"] == [status]
