"""A document speaks for whoever issued it (actors/authors.py; ``document_nouns`` in
lexicons/coref.yaml; issue 13, real dev). Sentences are our own."""

from __future__ import annotations

from helpers import dyads


def coded(analysis) -> list:
    return dyads(analysis, status=False)


def test_the_report_and_then_it_are_the_body_that_issued_it(analyzer):
    analysis = analyzer.analyze(
        "Amnesty International published its annual report on Eritrea on Monday. The report "
        "urged Eritrea to free all political prisoners. It also accused Eritrea of torture.",
        date="2024-05-06")
    found = coded(analysis)
    assert ("REQUEST", "NGOAMN", "ERI") in found or any(
        t == "REQUEST" and (s or "").startswith("NGO") and tg == "ERI" for t, s, tg in found), found
    assert any(t == "ACCUSE" and (s or "").startswith("NGO") and tg == "ERI"
               for t, s, tg in found), found


def test_a_report_of_no_known_issuer_stays_no_one(analyzer):
    analysis = analyzer.analyze("The report urged Eritrea to free all political prisoners.",
                                date="2024-05-06")
    assert [s for t, s, _ in coded(analysis) if t == "REQUEST"] == [None]


def test_a_report_that_speaks_is_the_subject_it_takes_up(analyzer):
    """ "…, the OSCE report read. It also accused…": the report is the OSCE's, and "It" is
    the report, not the plural forces before it (coref: "it" takes no plural noun)."""
    analysis = analyzer.analyze(
        "Belarusian police beat the protesters in Minsk, the OSCE report read. It also "
        "accused Belarus of jailing 30 journalists.", date="2024-05-06")
    assert [c for c in dyads(analysis, status=False) if c[0] == "ACCUSE"] == [
        ("ACCUSE", "IGOSCE", "BLR")]
    analysis = analyzer.analyze(
        "Georgian security forces fired rubber bullets at the crowd. It also accused Russia "
        "of arming the rebels.", date="2024-05-06")
    assert [c[1] for c in dyads(analysis) if c[0] == "ACCUSE"] == [None], dyads(analysis)


def test_a_country_with_a_plural_name_is_taken_up_by_it(analyzer):
    """ "The Philippines … It also accused…": a plural proper name is one country."""
    analysis = analyzer.analyze("The Philippines condemned the attack in Kabul on Monday. It "
                                "also accused Russia of arming the rebels.", date="2024-05-06")
    assert ("ACCUSE", "PHL", "RUS") in dyads(analysis, status=False)


def test_they_told_by_a_plural_subject_is_that_subject(analyzer):
    """ "Iranian officials said they would attend": "they" is the officials (authors.py
    ``plural_teller``), not left unknown for want of a coordinated set."""
    analysis = analyzer.analyze("Journalists in Zambia say they have been threatened with "
                                "arrest by police.", date="2025-06-02")
    they = [(a.id, m.why) for a in analysis.actors for m in a.mentions if m.text == "they"]
    assert they == [("ZMBJRN", "coref:plural-teller")], they
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("THREATEN", "ZMBCOP", "ZMBJRN")]


def test_they_told_to_someone_is_not_the_teller(analyzer):
    analysis = analyzer.analyze("Russian officials told Ukrainian negotiators they must "
                                "withdraw.", date="2025-06-02")
    assert not [m for a in analysis.actors for m in a.mentions
                if m.why == "coref:plural-teller"], analysis.actors
