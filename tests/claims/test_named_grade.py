"""A named person is grade A whatever title comes with the name, a bare surname too, and
"police" is a body on record (issue 13; legend A in docs/eval.md, real-text ruling R29);
an unnamed official stays C."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, grade", [
    ("Minister for Coastal Affairs Jonas Berg condemned the blockade of the northern harbour.",
     "A"),
    ('"The harbour will reopen within days," Lindqvist said on Tuesday evening.', "A"),
    ("Police said the coast road stayed closed after the second landslide.", "A"),
    ("A senior official said the coast road stayed closed after the second landslide.", "C"),
    # an office named by its body, not a name: still unnamed, now that "police" gives the
    # chief a sector; a body whose name has the word in it is on record
    ("The district police chief said the coast road stayed closed after the landslide.", "C"),
    ("The Joint Chiefs of Staff said the coast road stayed closed after the landslide.", "A"),
])
def test_the_grade_of_who_speaks(analyzer, text, grade):
    claim = analyzer.analyze(text, date="2025-11-04").claims[0]
    assert claim.sourcing_grade == grade


def test_a_relative_speaks_for_themselves_not_the_person_they_name(analyzer):
    """ "His son said…" after "… arrested Imran Khan": the son is no named source, so not
    grade A, and the claim is not Khan's (our dev gold, legend C)."""
    analysis = analyzer.analyze("Police arrested former prime minister Imran Khan at his "
                                "home in Lahore on Tuesday. His son said he had been taken "
                                "away for questioning.", date="2023-05-09")
    claim = next(c for c in analysis.claims if c.text.startswith("His son"))
    assert claim.sourcing_grade == "C" and claim.attribution.source_actor is None


@pytest.mark.parametrize(("text", "grade"), [
    # a person named before, now by family name or "he"; named in an apposition
    ("Witness Ahmed Hassan Sayed spoke at the trial. \"They wanted justice,\" explained "
     "Sayed.", "A"),
    ("General Marta Ruiz visited the base. \"We are there for a reason. It is hard. We "
     "cannot forget that,\" he said.", "A"),
    ("According to the team's coach, Alireza Mehraban, the robot scored twice.", "A"),
    # one body or document the text names
    ("According to the mission, a vehicle with six men approached the convoy.", "A"),
    ("According to the country's electoral commission, Ouattara won the run-off.", "A"),
    ("The embassy's website said the threats come from the Arabian Peninsula.", "A"),
    # "he" with no one named before stays an unnamed source
    ("A guard at the gate was injured. \"It was chaos,\" he said.", "C"),
])
def test_who_was_named_before_or_names_one_body(analyzer, text, grade):
    """Issue 13, real train and dev: the real-text gold grades each of these A."""
    claims = analyzer.analyze(text, date="2010-01-04").claims
    assert claims[-1].sourcing_grade == grade, [(c.text, c.sourcing_grade) for c in claims]


def test_an_according_to_source_is_a_noun_phrase_not_the_clause_after_it(analyzer):
    """ "According to Rathbun the property was returned…" has no comma after the source."""
    analysis = analyzer.analyze(
        "Rathbun wrote on his blog about the case. According to Rathbun the Scientology "
        "property in question was returned by mail.", date="2010-01-04")
    claim = analysis.claims[-1]
    assert claim.attribution.source_text == "Rathbun"
    assert claim.sourcing_grade == "A"


@pytest.mark.parametrize("text", [
    # "he" is the unnamed speaker who spoke last, not the person named before them
    "Talks between Vladimir Putin and Recep Tayyip Erdogan resumed. One diplomat described "
    "the mood as tense. He said the sides remained far apart.",
    # a relative of a named man is no named source
    "Ahmed Hassan, a shopkeeper, was detained. Hassan's brother said he was beaten.",
    # a title-cased word before a noun phrase is no name cut from the clause
    "According to Pentagon officials speaking on condition of anonymity the strike hit a "
    "depot.",
])
def test_an_unnamed_speaker_stays_unnamed(analyzer, text):
    """Review of issue 13: grade C, not A."""
    assert analyzer.analyze(text, date="2020-01-01").claims[-1].sourcing_grade == "C"
