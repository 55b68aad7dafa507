"""A family name refers back to the person named in full earlier in the same document, as
the text spelt it, before any namesake in the dictionary (actors/names.py ``named_before``;
issue 13, real dev: "Yemeni President Ali Abdallah Salih … President Salih" is not Iraq's
Barham Salih). Sentences are our own."""

from __future__ import annotations


def ids_of(analysis, text: str) -> set[str]:
    return {a.id for a in analysis.actors for m in a.mentions if m.text.endswith(text)}


def test_a_family_name_is_the_one_named_in_full_before(analyzer):
    analysis = analyzer.analyze("The envoy met Yemeni President Ali Abdallah Salih in Jeddah "
                                "on Monday. President Salih later rejected the plan.",
                                date="2011-07-10")
    assert ids_of(analysis, "Salih") == {"ali-abdullah-saleh"}


def test_with_no_one_named_before_the_dictionary_namesake_stands(analyzer):
    analysis = analyzer.analyze("Iraqi President Barham Salih visited Ankara. President Salih "
                                "later spoke to reporters.", date="2019-03-01")
    assert ids_of(analysis, "Salih") == {"barham-salih"}


def test_a_family_name_the_tagger_missed_is_the_person_named_before(analyzer):
    """ "Drozdik was arrested": tagged a common noun, no entity (names.untagged_surnames;
    issue 13, real train: "Manning was convicted in 2013")."""
    analysis = analyzer.analyze("A Minsk court acquitted the Belarusian journalist Pavel "
                                "Drozdik on Monday.\n\nDrozdik was arrested in May after "
                                "covering a protest.", date="2025-06-02")
    person = next(a for a in analysis.actors if a.id == "x-pavel-drozdik")
    assert [m.why for m in person.mentions][-1] == "name:surname-of-unlisted(untagged)"
    arrests = [e for e in analysis.events if e.type == "COERCE"]
    assert [(e.target, e.status) for e in arrests] == [("x-pavel-drozdik", "occurred")]


def test_an_unlisted_name_placed_later_is_placed_everywhere(analyzer):
    """The headline's "Chelsea Manning" was an organization with no country, the body's a
    person of the story's country: one actor, placed (actors/index.py ``add``)."""
    analysis = analyzer.analyze(
        "Obama commutes whistleblower's sentence: Chelsea Manning to walk free\n\n"
        "Yesterday, U.S. President Barack Obama commuted the sentence of Army intelligence "
        "officer Chelsea Manning from 35 years to time served.", date="2017-01-18")
    manning = [a for a in analysis.actors if a.id == "x-chelsea-manning"]
    assert [(a.country, a.kind, len(a.mentions)) for a in manning] == [("USA", "person", 2)]


def test_a_placement_by_apposition_is_not_overwritten_by_a_later_guess(analyzer):
    """An unlisted person placed by the body named beside him stays that body's."""
    analysis = analyzer.analyze(
        "Rupert Colville, spokesman for the UN human rights office, condemned the arrests in "
        "Minsk.\n\nPolice in Minsk detained 40 protesters on Sunday, Rupert Colville said.",
        date="2024-05-06")
    person = next(a for a in analysis.actors if a.id == "x-rupert-colville")
    assert (person.cameo_code, person.country) == ("IGOUNO", None)


def test_a_coordination_that_shortens_a_name_names_both(analyzer):
    analysis = analyzer.analyze("North and South Korea held talks at the border village.",
                                date="2024-05-06")
    assert {a.id for a in analysis.actors} >= {"PRK", "KOR"}, analysis.actors
    found = {(e.source, e.target) for e in analysis.events if e.type == "CONSULT"}
    assert found == {("PRK", "KOR"), ("KOR", "PRK")}, found


def test_a_coordination_of_two_full_names_adds_nothing(analyzer):
    analysis = analyzer.analyze("Japan and South Korea held talks.", date="2024-05-06")
    assert sorted(a.id for a in analysis.actors) == ["JPN", "KOR"], analysis.actors


def test_an_appositive_places_by_its_own_phrase_not_the_clause_after_it(analyzer):
    """ "a former general convicted of lying to the FBI" is not the FBI's; "a Chilean
    soldier" gives the soldier's sector with the country (actors/names.py
    ``appositive_country``; issue 13, real train)."""
    analysis = analyzer.analyze("The president pardoned Ramon Ortiz, a retired general "
                                "convicted of lying to the FBI, and Julia Vera, a Chilean "
                                "soldier.", date="2024-05-06")
    codes = {a.name: a.cameo_code for a in analysis.actors}
    assert codes.get("Ramon Ortiz") is None or not codes["Ramon Ortiz"].endswith("COP"), codes
    assert codes.get("Julia Vera") == "CHLMIL", codes


def test_an_appositive_office_or_active_clause_keeps_its_sector(analyzer):
    """ "solicitor general" is an office, not a general; "a soldier serving in the Ukrainian
    army" keeps the army its active clause names; "a British health worker" is MED as the
    same phrase is elsewhere (review of issue 13)."""
    analysis = analyzer.analyze("Lucy Wanjiru, Kenya's solicitor general, met envoys in "
                                "Nairobi. Oleh Bondar, a soldier serving in the Ukrainian "
                                "army, was captured. Emma Clarke, a British health worker, "
                                "was killed in Gaza.", date="2024-05-06")
    codes = {a.name: a.cameo_code for a in analysis.actors}
    assert (codes.get("Lucy Wanjiru"), codes.get("Oleh Bondar"), codes.get("Emma Clarke")) \
        == ("KENGOV", "UKRMIL", "GBRMED"), codes
    # a clause of what the person does to others names no body of theirs (second review)
    analysis = analyzer.analyze("Sara Cohen, a reporter covering the Israeli military, was "
                                "detained.", date="2024-05-06")
    assert {a.name: a.cameo_code for a in analysis.actors}.get("Sara Cohen") != "ISRMIL"
