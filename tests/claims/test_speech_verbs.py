"""Quotes with other speech verbs are attributed (issue 14, case 28)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.reader import read_document

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


def test_case_28_replied_is_a_speech_verb(analyzer):
    analysis = analyzer.analyze_document(read_document(str(CASES / "28_replied_speech_verb.txt")))
    replied = next(c for c in analysis.claims if "not afraid" in c.text)
    assert replied.attribution.type == "direct-quote"
    assert replied.attribution.cue == "replied"
    assert replied.attribution.source_actor == "PAKGOV"
    assert replied.sourcing_grade != "E"


def test_retorted_quote_is_attributed(analyzer):
    analysis = analyzer.analyze(
        '"That is simply false," retorted the Iranian foreign minister on Monday.',
        date="2025-11-04")
    claim = analysis.claims[0]
    assert (claim.attribution.type, claim.attribution.cue) == ("direct-quote", "retorted")
    assert claim.attribution.source_actor == "IRNGOV"


def test_a_report_of_a_report_is_as_vague_as_its_reporter(analyzer):
    """Issue 14: "Several outlets reported, citing unnamed sources" is D, never better; a
    pronoun that continues a source keeps its grade."""
    analysis = analyzer.analyze(
        "Several outlets reported, citing unnamed sources, that Pakistan would send troops "
        "to Gaza. Local newspapers reported, citing officials, that Iran had agreed.",
        date="2025-11-04")
    assert [c.sourcing_grade for c in analysis.claims] == ["D", "D"]
    spokesman = analyzer.analyze(
        "The agency's spokesman said the talks would resume on Monday. He also said Iran "
        "had agreed to the terms.", date="2025-11-04")
    grades = [c.sourcing_grade for c in spokesman.claims]
    assert len(grades) == 2 and grades[0] == grades[1]


@pytest.mark.parametrize("text", [
    "Reuters reported, citing unnamed sources, that Iran had seized a tanker in the Gulf.",
    "Iran had seized a tanker in the Gulf, Reuters reported, citing two unnamed officials.",
])
def test_a_named_outlet_citing_unnamed_sources_is_grade_b(analyzer, text):
    """Issue 14: a named outlet citing unnamed sources is B (the outlet is on record),
    never A, and never C as if the sources were the outlet's own."""
    [claim] = analyzer.analyze(text, date="2025-11-04").claims
    assert claim.sourcing_grade == "B" and "grade:B(outlet-citing)" in claim.why


def test_insisted_and_added_before_their_speakers_are_attributed(analyzer):
    analysis = analyzer.analyze('"We will not back down," insisted the Iranian foreign minister '
                                'on Monday. "The talks are over," added the Turkish foreign '
                                'minister.', date="2025-11-04")
    assert [(c.attribution.type, c.attribution.cue, c.attribution.source_actor)
            for c in analysis.claims] == [("direct-quote", "insisted", "IRNGOV"),
                                          ("direct-quote", "added", "TURGOV")]


def test_an_office_saying_in_a_statement_is_as_on_record_as_the_statement(analyzer):
    """Issue 14: "according to a government statement" and "the prime minister's office
    said in a statement" get the same grade; an unnamed official stays C."""
    grades = [analyzer.analyze(text, date="2026-03-10").claims[0].sourcing_grade for text in (
        "Pakistan agreed to send troops to Gaza, according to a government statement.",
        "Pakistan agreed to send troops to Gaza, the prime minister's office said in a "
        "statement.",
        "Pakistan agreed to send troops to Gaza, a senior official said in a statement.")]
    assert grades == ["A", "A", "C"]


@pytest.mark.parametrize(("text", "source"), [
    ("The Saudi-led coalition said it had struck Houthi positions.", "The Saudi-led coalition"),
    ("Russia-backed separatists said they had shelled the town.", "Russia-backed separatists"),
])
def test_a_hyphen_in_a_name_is_no_dateline(analyzer, text, source):
    [claim] = analyzer.analyze(text, date="2025-11-04").claims
    assert claim.attribution.source_text == source


def test_a_family_saying_in_a_statement_is_not_an_official_document(analyzer):
    [claim] = analyzer.analyze("The family of the victim said in a statement that soldiers "
                               "had shot him.", date="2025-11-04").claims
    assert claim.sourcing_grade == "C"


@pytest.mark.parametrize(("text", "cue", "grade"), [
    ("The UN report found that the army had used pellets against protesters.", "found", "A"),
    ("The report mentions torture and enforced disappearances.", "mentions", "A"),
    ("Per the report, Pakistan was asked to stop the misuse of anti-terror laws.",
     "per the", "A"),
])
def test_what_a_named_report_finds_or_mentions_is_on_record(analyzer, text, cue, grade):
    """Issue 13, real dev: a report the text names is a document on record (A) for what it
    finds, mentions, or says per it."""
    claim = analyzer.analyze(text, date="2018-06-15").claims[0]
    assert (claim.attribution.cue.lower(), claim.sourcing_grade) == (cue, grade)


@pytest.mark.parametrize("text", [
    "Police found the body of the journalist near the river on Monday.",
    "Inflation rose by three per cent in May.",
])
def test_finding_a_thing_or_per_cent_cites_no_one(analyzer, text):
    claim = analyzer.analyze(text, date="2018-06-15").claims[0]
    assert claim.attribution.type == "unattributed"


@pytest.mark.parametrize("text", [
    "The moves are considered the most aggressive steps South Africa could take.",
    "It is expected that this year Chad will host 4,000 soldiers.",
    "It was also announced NATO would help the Iraqi government.",
])
def test_an_unnamed_judgement_or_forecast_is_a_vague_report(analyzer, text):
    """Issue 13, real train: "are considered", "it is expected", "it was announced" say no
    one's name: a vague report (D), not the outlet's own word (E)."""
    claim = analyzer.analyze(text, date="2010-05-24").claims[0]
    assert (claim.attribution.type, claim.sourcing_grade) == ("unattributed", "D")


def test_maintain_cites_only_with_a_clause(analyzer):
    """ "all sides must maintain this momentum" cites no one; "maintained that…" does
    (issue 13, real train)."""
    analysis = analyzer.analyze("The Kenyan foreign minister said the talks went well. To "
                                "keep the peace, all sides must maintain this momentum. The "
                                "Kenyan foreign minister maintained that the border was calm.",
                                date="2015-06-01")
    momentum = next(c for c in analysis.claims if "momentum" in c.text)
    assert momentum.attribution.cue != "maintain"
    assert momentum.attribution.source_text != "all sides"
    calm = next(c for c in analysis.claims if "calm" in c.text)
    assert calm.attribution.cue == "maintained"


def test_speech_in_a_past_participle_on_a_noun_cites_no_one(analyzer):
    """ "came upon a blog written by X": the writing is told, the sentence is the outlet's
    own (issue 13, real train); a participle that reports ("reports stating…") still
    cites its reports."""
    claims = analyzer.analyze(
        "Tomas Reyes later came upon a blog written by the former member Ana Lopez. "
        "The toll rose again by Tuesday, with reports stating 40 had died.",
        date="2025-11-04", outlet="Harbor Wire").claims
    told = next(c for c in claims if "came upon a blog" in c.text)
    assert (told.attribution.type, told.sourcing_grade) == ("unattributed", "E")
    reports = next(c for c in claims if "reports stating" in c.text)
    assert reports.sourcing_grade != "E"


def test_a_warning_of_something_cites_who_warns(analyzer):
    """ "The resolution also warned of further sanctions…": a warning about something is
    speech though no clause follows (issue 13, real dev)."""
    claims = analyzer.analyze(
        "The ministry warned of a long winter of shortages. The treaty's text warned about "
        "the risk of new fighting in the valley.", date="2025-11-04",
        outlet="Harbor Wire").claims
    for claim, source in zip(claims, ("The ministry", "The treaty's text"), strict=True):
        assert (claim.attribution.type, claim.sourcing_grade) == ("reported-speech", "A")
        assert claim.attribution.source_text == source


def test_speech_in_a_participle_on_the_subject_still_cites(analyzer):
    """Review: "Casualty figures announced by the army … put the toll at 45" is the army's."""
    claim = analyzer.analyze("Casualty figures announced by the army on Sunday put the "
                             "death toll at 45.", date="2025-11-04",
                             outlet="Harbor Wire").claims[0]
    assert claim.sourcing_grade != "E"
