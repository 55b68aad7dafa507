"""End to end: the seed article's acceptance list (issue 2)."""

from __future__ import annotations

import pytest


def codes(analysis, actor_id):
    actor = analysis.actor(actor_id)
    return (actor.country, actor.sector) if actor else (None, None)


@pytest.mark.parametrize("code", ["PAK", "ISR", "USA", "TUR", "AZE", "QAT", "IND", "IDN", "EGY"])
def test_countries_found(seed, code):
    assert any(a.id == code and a.kind == "country" for a in seed.actors)


@pytest.mark.parametrize(
    ("name", "country", "sector", "kind"),
    [
        ("Hamas", "PSE", "REB", "group"),
        ("Mossad", "ISR", "SPY", None),
        ("Central Intelligence Agency", "USA", "SPY", None),
        ("Pakistan Army", "PAK", "MIL", None),
        ("Asim Munir", "PAK", "MIL", "person"),
        ("Donald Trump", "USA", "GOV", "person"),
        ("JD Vance", "USA", "GOV", "person"),
        ("Shehbaz Sharif", "PAK", "GOV", "person"),
        ("Narendra Modi", "IND", "GOV", "person"),
    ],
)
def test_named_actors_resolved(seed, name, country, sector, kind):
    actor = next(a for a in seed.actors if a.name == name)
    assert (actor.country, actor.sector) == (country, sector)
    if kind:
        assert actor.kind == kind


def test_isf_is_an_igo(seed):
    isf = next(a for a in seed.actors if any(m.text == "ISF" for m in a.mentions))
    assert isf.sector == "IGO" and isf.cameo_code.startswith("IGO")


@pytest.mark.parametrize(
    ("text", "country"),
    [("the Jewish state", "ISR"), ("Islamabad", "PAK"), ("Ankara", "TUR"), ("New Delhi", "IND")],
)
def test_metonyms_and_epithets(seed, text, country):
    owners = [a for a in seed.actors if any(m.text == text for m in a.mentions)]
    assert owners and all(a.country == country for a in owners)


def test_mentions_point_at_the_text(seed):
    text = seed.document.text
    for actor in seed.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text


def test_pakistan_sends_20000_troops(seed):
    hits = [e for e in seed.events if e.source and codes(seed, e.source)[0] == "PAK"
            and e.quantity and e.quantity.value == 20000 and e.status in ("planned", "agreed")]
    assert hits
    assert any(e.quantity.unit == "troops" for e in hits)


def test_cairo_meeting_with_israeli_and_pakistani_participants(seed):
    meetings = [e for e in seed.events if e.type == "CONSULT" and e.location
                and e.location.name == "Cairo"]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.location.country == "EGY"
    countries = {codes(seed, p.actor)[0] for p in meeting.participants}
    assert {"ISR", "PAK"} <= countries


def test_hamas_refuses_to_lay_down_arms(seed):
    assert any(e.type == "REJECT" and e.source == "pse-hamas" for e in seed.events)


def test_turkey_azerbaijan_qatar_oppose_pakistani_troops(seed):
    opp = [e for e in seed.events if e.evidence.trigger.text == "against" and e.source == "TUR"]
    assert opp
    event = opp[0]
    assert codes(seed, event.target)[0] == "PAK"
    assert {p.actor for p in event.participants if p.role == "source"} == {"TUR", "AZE", "QAT"}


def test_trump_praises_pakistans_leaders(seed):
    praise = [e for e in seed.events if e.type == "SUPPORT" and e.source == "donald-trump"]
    assert praise
    targets = {p.actor for p in praise[0].participants if p.role == "target"}
    assert {"asim-munir", "shehbaz-sharif"} <= targets


def test_modi_welcomes_the_deal(seed):
    assert any(e.type == "SUPPORT" and e.source == "narendra-modi" for e in seed.events)


def test_every_event_has_evidence_and_why(seed):
    assert seed.events
    for event in seed.events:
        span = seed.document.text[event.evidence.trigger.start : event.evidence.trigger.end]
        assert span == event.evidence.trigger.text
        assert any(w.startswith("trigger:") for w in event.why)
        assert event.claim is not None


def claim_with(seed, words):
    return next(c for c in seed.claims if words in c.text)


def test_cairo_sentence_graded_d(seed):
    claim = claim_with(seed, "high-level meeting was held in Cairo")
    assert claim.sourcing_grade == "D"
    assert claim.attribution.type == "according-to"


def test_vance_sentence_graded_a(seed):
    claim = claim_with(seed, "JD Vance said")
    assert claim.sourcing_grade == "A"
    assert claim.attribution.source_actor == "jd-vance"


@pytest.mark.parametrize("phrase", ["hypocrisy", "under the guise of"])
def test_loaded_language_flagged(seed, phrase):
    assert any(f.text == phrase for c in seed.claims for f in c.loaded_language)


def test_heading_is_not_glued_to_next_sentence(seed):
    heading = next(s for s in seed.sentences if seed.document.text[s.start : s.end]
                   == "Mossad Pakistan talks")
    assert heading.heading
    assert not any("Mossad Pakistan talks" in c.text for c in seed.claims)


def test_to_dict_has_the_documented_fields(seed):
    data = seed.to_dict()
    assert set(data) >= {"schema_version", "document", "actors", "events", "claims"}
    assert set(data["document"]) >= {"id", "title", "date", "outlet", "url", "text"}
    event = data["events"][0]
    for key in ("type", "mode", "cameo", "goldstein", "quad_class", "source", "target",
                "location", "date", "date_precision", "quantity", "status", "negated",
                "evidence", "why", "claim"):
        assert key in event
    claim = data["claims"][0]
    for key in ("id", "text", "start", "end", "events", "attribution", "sourcing_grade",
                "hedges", "loaded_language", "opinion"):
        assert key in claim
    assert set(claim["attribution"]) >= {"source_actor", "source_text", "cue", "type"}
