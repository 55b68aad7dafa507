"""Offices have dates (issue 14, case 08): a person acts for a government only in office."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.reader import read_document

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


def test_case_08_former_and_sitting_presidents_in_2022(analyzer):
    analysis = analyzer.analyze_document(
        read_document(str(CASES / "08_former_president_2022.txt")))
    actors = {a.id: a for a in analysis.actors}
    assert actors["donald-trump"].cameo_code == "USAELI"
    assert actors["donald-trump"].office == "former President"
    assert actors["joe-biden"].cameo_code == "USAGOV"
    assert actors["joe-biden"].country == "USA"
    assert [a for a in actors if "biden" in a] == ["joe-biden"]
    (event,) = analysis.events
    assert (event.type, event.source, event.target, event.date) == (
        "ACCUSE", "donald-trump", "joe-biden", "2022-03-09")


@pytest.mark.parametrize(("date", "trump", "biden"), [
    ("2018-06-01", "USAGOV", "USAELI"),  # Trump's first term; Biden a former vice president
    ("2022-06-01", "USAELI", "USAGOV"),
    ("2025-11-04", "USAGOV", "USAELI"),
])
def test_the_article_date_decides_who_is_in_office(analyzer, date, trump, biden):
    analysis = analyzer.analyze("Donald Trump met Joe Biden at the White House.", date=date)
    codes = {a.id: a.cameo_code for a in analysis.actors}
    assert (codes["donald-trump"], codes["joe-biden"]) == (trump, biden)


def test_without_an_article_date_the_dictionary_stands(analyzer):
    analysis = analyzer.analyze("Donald Trump met Joe Biden at the White House.")
    codes = {a.id: a.cameo_code for a in analysis.actors}
    assert codes == {"donald-trump": "USAGOV", "joe-biden": "USAGOV"}


def test_the_ledgers_actors_table_keeps_the_undated_entry(tmp_path, analyzer):
    """An article of 2022 codes Trump as a former president in its own events only; the
    ledger-wide actors table keeps the dictionary's entry whatever article came first."""
    from newsledger.ingest import store_analysis
    from newsledger.store import Ledger

    old = analyzer.analyze("Donald Trump met Joe Biden at the White House.", date="2022-06-01")
    new = analyzer.analyze("Donald Trump met Mark Rutte in The Hague.", date="2025-11-04")
    with Ledger(tmp_path / "l.duckdb") as ledger:
        for analysis in (old, new):
            store_analysis(ledger, analysis, analyzer.res, corroborate=False)
        row = ledger.con.execute("SELECT cameo_code, office, since FROM actors "
                                 "WHERE actor_id = 'donald-trump'").fetchone()
        codes = ledger.con.execute("SELECT d.date, e.source_code FROM events e JOIN documents "
                                   "d USING (doc_id) ORDER BY d.date").fetchall()
    assert row == ("USAGOV", "President", "2025-01-20")
    assert [code for _, code in codes] == ["USAELI", "USAGOV"]


def test_office_holders_named_in_real_text(analyzer):
    """Issue 13: people the real-text train and dev documents name, each with the office
    and dates from their source; "Philip Hammond" in 2015 speaks for the UK government."""
    analysis = analyzer.analyze("Philip Hammond welcomed the agreement signed by Libyan "
                                "parties in Morocco.", date="2015-12-18")
    hammond = next(a for a in analysis.actors if a.id == "philip-hammond")
    assert (hammond.country, hammond.cameo_code) == ("GBR", "GBRGOV")
    sources = {analysis.actor(e.source).id for e in analysis.events if e.source}
    assert "philip-hammond" in sources


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Prime Minister Haider al-Abadi thanked Ban Ki-moon for the help of the United Nations.",
     "2015-03-10", {"haider-al-abadi": "IRQGOV", "ban-ki-moon": "IGOUNO"}),
    ("Mevlut Cavusoglu met Sameh Shoukry in Cairo to discuss Libya.",
     "2021-04-12", {"mevlut-cavusoglu": "TURGOV", "sameh-shoukry": "EGYGOV"}),
    ("Dmytro Kuleba accused Moscow of blocking grain exports.",
     "2022-06-08", {"dmytro-kuleba": "UKRGOV"}),
    ("President Hadi met King Abdullah bin Abdulaziz in Riyadh.",
     "2013-05-02", {"abdrabbuh-mansur-hadi": "YEMGOV", "abdullah-bin-abdulaziz": "SAUGOV"}),
    # after his term: a former prime minister, no longer Iraq's government
    ("Haider al-Abadi criticized the new government in Baghdad.",
     "2023-02-01", {"haider-al-abadi": "IRQELI"}),
])
def test_heads_of_government_and_foreign_ministers_of_2010_2023(analyzer, text, date, expected):
    """Office-holders of 2010-2023 (former office-holders in actors/people.yaml) act for
    their country's government in their term and are former officials after it."""
    analysis = analyzer.analyze(text, date=date)
    codes = {a.id: a.cameo_code for a in analysis.actors}
    assert {k: codes.get(k) for k in expected} == expected
    sources = {analysis.actor(e.source).id for e in analysis.events if e.source}
    assert sources & set(expected)


@pytest.mark.parametrize("date, code, why", [
    ("2017-05-12", "USAGOV", "office:just-ended(2017-05-09)"),  # fired three days before
    ("2017-05-20", "USAELI", "office:former(until 2017-05-09)"),  # over a week before
])
def test_an_office_ended_in_the_week_before_the_article_still_holds(analyzer, date, code,
                                                                    why):
    """Issue 13, real train: a story told three days after the FBI director was fired
    codes him as the director throughout; a week on he is a former official."""
    analysis = analyzer.analyze("President Trump said he had decided to fire Comey.",
                                date=date)
    comey = analysis.actor("james-comey")
    assert (comey.cameo_code, comey.why[-1]) == (code, why)


def test_a_chief_ministers_earlier_term_is_dated(analyzer):
    analysis = analyzer.analyze("Chief Minister Pervez Khattak said he would raise the "
                                "concerns with Islamabad.", date="2018-05-30")
    assert analysis.actor("pervez-khattak").cameo_code == "PAKGOV"


@pytest.mark.parametrize("text, date, person", [
    ("Joe Biden left Washington on Monday.", "2025-01-23", "joe-biden"),  # succeeded
    ("Former FBI director James Comey spoke on Friday.", "2017-05-12", "james-comey"),
])
def test_a_successor_or_the_word_former_ends_the_grace(analyzer, text, date, person):
    """Review: three days after a successor took office, or called former, one is ELI."""
    assert analyzer.analyze(text, date=date).actor(person).sector == "ELI"
