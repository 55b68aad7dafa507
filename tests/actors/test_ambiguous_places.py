"""Names several countries share: the sentence, then the document, decides (issue 14,
cases 29, 30 and 32; lexicons/ambiguous.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.reader import read_document

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


def analysed(analyzer, name: str):
    return analyzer.analyze_document(read_document(str(CASES / name)))


def test_case_29_georgia_with_atlanta_and_a_governor_is_the_us_state(analyzer):
    analysis = analysed(analyzer, "29_georgia_us_state.txt")
    assert not any(a.country == "GEO" for a in analysis.actors)
    arrest = next(e for e in analysis.events if e.cameo == "173")
    assert (arrest.source, arrest.target) == ("USACOP", "USACVL")
    assert arrest.location is not None and (arrest.location.name, arrest.location.country) \
        == ("Atlanta", "USA")
    assert arrest.date == "2025-11-03"


def test_case_30_congo_with_goma_and_m23_is_the_drc(analyzer):
    analysis = analysed(analyzer, "30_congo_goma.txt")
    (event,) = analysis.events
    assert event.location is not None and event.location.country == "COD"
    assert not any(a.country == "COG" for a in analysis.actors)


def test_case_32_each_punjab_takes_its_own_sentences_country(analyzer):
    analysis = analysed(analyzer, "32_punjab_unresolved.txt")
    indian = next(e for e in analysis.events if e.source == "INDCOP")
    pakistani = next(e for e in analysis.events if e.source == "PAKCOP")
    assert indian.location is None or indian.location.country == "IND"
    assert pakistani.location is not None and (pakistani.location.name,
                                               pakistani.location.country) == ("Punjab", "PAK")
    assert pakistani.date == "2025-11-04"


@pytest.mark.parametrize(("text", "country"), [
    ("Police arrested 30 protesters in Tbilisi, Georgia, on Monday.", "GEO"),
    ("Soldiers fired on protesters in Brazzaville, Congo, on Monday.", "COG"),
    ("Police arrested 12 activists in Hyderabad, Sindh, on Monday.", "PAK"),
    ("Police arrested 12 activists in Hyderabad, Telangana, on Monday.", "IND"),
])
def test_the_sentences_cues_decide(analyzer, text, country):
    analysis = analyzer.analyze(text, date="2025-11-04")
    located = [e.location.country for e in analysis.events if e.location]
    assert located and located[0] == country


def test_without_a_cue_punjab_is_neither_place_nor_actor(analyzer):
    analysis = analyzer.analyze("Farmers blocked roads in Punjab on Monday.", date="2025-11-04")
    assert all(e.location is None or e.location.name != "Punjab" for e in analysis.events)
    assert not any(a.name == "Punjab" for a in analysis.actors)


def test_a_country_never_leaks_into_the_next_sentence(analyzer):
    """Issue 14: "farmers in Punjab" after a sentence about Congo are not Congolese; a
    sentence that names a place we cannot place borrows no country from the one before."""
    text = ("Congolese troops clashed with M23 rebels near Goma on Sunday. Farmers in Punjab "
            "protested against new fuel prices on Monday.")
    analysis = analyzer.analyze(text, date="2025-11-04")
    farmers = [a for a in analysis.actors
               if any(m.text.lower() == "farmers" for m in a.mentions)]
    assert all(a.country != "COD" for a in farmers)
    # with no place of its own, a sentence still takes the one before's country
    police = analyzer.analyze("Riots broke out in Kathmandu on Monday. Police arrested 40 "
                              "protesters.", date="2025-11-04")
    assert any(a.id == "NPLCOP" for a in police.actors)
