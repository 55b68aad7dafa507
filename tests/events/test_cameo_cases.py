"""Codes from the CAMEO codebook for police against crowds and for aid held back (issue 14,
cases 05 and 06 of ../shared/cases), tested on those inputs and on other sentences of the
same kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.reader import read_document

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


def coded(analyzer, text: str) -> list[tuple[str, str, str | None, str | None]]:
    analysis = analyzer.analyze(text, date="2025-11-04")
    return [(e.type, e.cameo, e.source, e.target) for e in analysis.events]


def test_case_06_tear_gas_and_water_cannon_are_repression(analyzer):
    analysis = analyzer.analyze_document(read_document(str(CASES / "06_tear_gas_coded_190.txt")))
    events = [(e.type, e.cameo, e.source, e.location and e.location.country)
              for e in analysis.events]
    assert ("COERCE", "175", "SRBCOP", "SRB") in events
    assert ("COERCE", "175", "GEOCOP", "GEO") in events
    assert not any(e.cameo.startswith("19") for e in analysis.events)


@pytest.mark.parametrize("text", [
    "Kenyan police fired tear gas at protesters in Nairobi on Monday.",
    "Turkish police used water cannon against demonstrators in Istanbul on Monday.",
])
def test_crowd_control_weapons_are_coerce_175(analyzer, text):
    assert [e[:2] for e in coded(analyzer, text)] == [("COERCE", "175")]


def test_live_fire_stays_assault(analyzer):
    assert ("ASSAULT", "190") in [e[:2] for e in coded(
        analyzer, "Syrian troops fired on protesters in Deraa on Monday, killing five.")]


def test_case_05_aid_held_back_is_sanction_162(analyzer):
    analysis = analyzer.analyze_document(read_document(str(CASES / "05_aid_delayed.txt")))
    events = [(e.type, e.cameo, e.source, e.target) for e in analysis.events]
    assert ("SANCTION", "162", "igo-eu", "SDN") in events
    assert ("SANCTION", "162", "DEU", "NER") in events
    assert not any(e.type == "AID" for e in analysis.events)


@pytest.mark.parametrize("text", [
    "The United States suspended military aid to Egypt on Monday.",
    "Britain withheld humanitarian aid from Myanmar on Monday.",
])
def test_other_aid_held_back_is_sanction_162(analyzer, text):
    events = coded(analyzer, text)
    assert events and events[0][:2] == ("SANCTION", "162")
    assert not any(e[0] == "AID" for e in events)


def test_case_04_burning_flags_outside_an_embassy_is_a_protest(analyzer):
    analysis = analyzer.analyze_document(read_document(str(CASES / "04_flag_burning_protest.txt")))
    (event,) = analysis.events
    assert (event.type, event.cameo[:2], event.target) == ("PROTEST", "14", "FRAGOV")
    assert event.location is not None and event.location.country == "PAK"
    assert event.date == "2025-11-03"


def test_burning_an_effigy_is_a_protest(analyzer):
    events = coded(analyzer, "Students burned an effigy of the US president outside the "
                             "American embassy in Tehran on Monday.")
    assert events and events[0][0] == "PROTEST" and events[0][3] == "USAGOV"
