"""Who speaks when a sentence names no speaker (issue 13, claims/voice.py): a quotation over
several sentences, the paragraphs after "X said:", and an official statement's own voice
(real-text rulings R18, R21; readout narration stays E, ruling R20)."""

from __future__ import annotations

import pytest
from helpers import by_text, claims_of


def test_a_quotation_over_sentences_is_its_closing_speakers(analyzer):
    claims = claims_of(analyzer, (
        "Floods closed the lower town of Dunmore on Monday.\n\n"
        '"The river is rising faster than last spring. We moved the families from the '
        'lower streets overnight," Mayor Maria Lopez said.'))
    inner = by_text(claims, "rising faster")
    assert inner.attribution.type == "direct-quote"
    assert "Maria Lopez" in inner.attribution.source_text
    assert inner.sourcing_grade == "A"
    assert inner.why[0].startswith("attr:quote-continues(")


def test_paragraphs_after_a_lead_in_are_the_speakers(analyzer):
    claims = claims_of(analyzer, (
        "Dunmore floods: minister thanks the volunteers\n\n"
        "Visiting the shelters on Monday, the Interior Minister Maria Lopez said:\n\n"
        "The floods have cost this valley dearly. Every volunteer deserves our thanks."))
    for words in ("cost this valley", "Every volunteer"):
        claim = by_text(claims, words)
        assert (claim.attribution.type, claim.sourcing_grade) == ("direct-quote", "A")
        assert "Maria Lopez" in claim.attribution.source_text
        assert claim.why[0].startswith("attr:lead-in(")


def test_an_official_statement_speaks_in_its_issuers_voice(analyzer):
    claims = claims_of(analyzer, (
        "Attack on the Ferry Port in Velmar\n\n"
        "Press Statement\nJohn Carter\nDepartment Spokesperson\n\n"
        "The United States condemns the attack on the ferry port in Velmar. Such acts can "
        "never be excused.\n\n"
        "We urge all parties to show restraint in the coming days."),
        outlet="U.S. Department of State")
    own_name = by_text(claims, "condemns the attack")
    assert (own_name.attribution.type, own_name.sourcing_grade) == ("direct-quote", "A")
    assert own_name.attribution.source_text == "The United States"
    carried = by_text(claims, "never be excused")
    assert (carried.attribution.type, carried.sourcing_grade) == ("direct-quote", "A")
    assert carried.why[0] == "attr:statement-voice(carried)"
    first_person = by_text(claims, "We urge")
    assert first_person.sourcing_grade == "A"
    assert "John Carter" in first_person.attribution.source_text


def test_readout_narration_stays_the_outlets_own(analyzer):
    claims = claims_of(analyzer, (
        "Readout of the President's Call with President Ana Tamar of Velmar\n\n"
        "The President spoke today with President Ana Tamar of Velmar about the floods."),
        outlet="The White House, Office of the Press Secretary")
    narration = by_text(claims, "spoke today")
    assert (narration.sourcing_grade, narration.attribution.type) == ("E", "unattributed")


def test_a_news_outlets_unattributed_sentence_is_no_statement(analyzer):
    claims = claims_of(analyzer, "We have learned that the ferry port in Velmar reopened.",
                       outlet="Harbor Wire")
    assert claims[0].why[0] != "attr:statement-voice(first-person)"


def test_a_readouts_speech_acts_are_the_leaders_words(analyzer):
    """Ruling R20: in a release, "The President underscored…" and "The leaders agreed
    that…" are reported speech of the one who speaks, grade A; "called" a leader is
    narration. In news, the verbal act is the President's too (ruling R28, docs/eval.md,
    ``attr:news-speech``), but "The leaders agreed that…" stays the outlet's (E)."""
    text = ("Readout of the President's Call with President Ana Tamar of Velmar\n\n"
            "The President called President Ana Tamar of Velmar today. The President "
            "underscored the importance of reopening the ferry port. The leaders agreed "
            "that relief must reach the lower town.")
    claims = claims_of(analyzer, text, outlet="The White House, Office of the Press "
                                              "Secretary")
    for words, source in (("underscored", "The President"), ("agreed", "The leaders")):
        claim = by_text(claims, words)
        assert (claim.attribution.type, claim.sourcing_grade) == ("reported-speech", "A")
        assert claim.attribution.source_text == source
        assert claim.why[0].startswith("attr:readout-speech(")
    assert by_text(claims, "called President").sourcing_grade == "E"
    news = claims_of(analyzer, text, outlet="Harbor Wire")
    underscored = by_text(news, "underscored")
    assert (underscored.attribution.type, underscored.sourcing_grade) == (
        "reported-speech", "A")
    assert underscored.why[0] == "attr:news-speech(underscore)"
    assert by_text(news, "agreed").sourcing_grade == "E"


def test_a_releases_headline_speaks_for_whoever_it_names(analyzer):
    """ "William Hague concerned over deaths…" over a Foreign Office release: Hague's
    reported speech, grade A (ruling R20; real dev)."""
    release = ("William Hague concerned over deaths of protesters in Velmar\n\nThe Foreign "
               "Secretary spoke about the deaths on Monday.")
    headline = claims_of(analyzer, release, "Foreign & Commonwealth Office (GOV.UK)")[0]
    assert (headline.attribution.type, headline.sourcing_grade) == ("reported-speech", "A")
    assert headline.attribution.source_text == "William Hague"


def test_a_releases_narration_of_acts_and_of_what_was_not_said_stays_its_own(analyzer):
    """Review of issue 13: ruling R20 is about a leader's words. Others' acts, words not
    said or still to come, and a passive headline are the release's own narration (E)."""
    for text in ("Protesters called for the resignation of the governor of Velmar.",
                 "Russia offered weapons to the militia.",
                 "The President did not support the measure.",
                 "The President will call on Congress to act.",
                 "Velmari refugees welcomed in Germany"):
        claim = claims_of(analyzer, text, "The White House, Office of the Press Secretary")[0]
        assert (claim.attribution.type, claim.sourcing_grade) == ("unattributed", "E"), text



def test_a_quotation_carried_on_from_according_to_is_the_sources_own_words(analyzer):
    claims = claims_of(analyzer, (
        "The fire spread from the market to the port, according to fire chief Tomas Brandt. "
        '"We had six engines there by midnight. The wind was against us all night."'))
    lead = by_text(claims, "according to fire chief")
    assert lead.attribution.type == "according-to"
    for words in ("six engines", "wind was against us"):
        inner = by_text(claims, words)
        assert "Tomas Brandt" in inner.attribution.source_text, words
        assert inner.attribution.type == "direct-quote", words  # ruling R18
        assert inner.sourcing_grade == "A", words


@pytest.mark.parametrize("byline", [
    "Press Statement\n\nHeather Nauert\n\nDepartment Spokesperson\n\n",  # no entity: a line
    "Press Statement\nJohn Kirby\nSpokesperson, Bureau of Public Affairs\n",  # "Kirby\n"
])
def test_a_statements_signatory_on_a_line_of_its_own_speaks_it(analyzer, byline):
    """The name over an office in a statement's opening signs it, whether the model tags a
    person there or not, and a name whose entity ends at a line break is still a person's
    (issue 13, real dev and train: two State Department statements)."""
    claims = claims_of(analyzer, (
        "Violence at the Consulate Gate\n\n" + byline + "Washington, DC\n\n"
        "May 17, 2017\n\nWe are concerned by the violent incidents outside the consulate."),
        outlet="U.S. Department of State")
    name = byline.split("\n")[2 if "\n\n" in byline else 1]
    assert by_text(claims, "We are concerned").attribution.source_text == name


def test_a_heading_is_no_signatory_and_an_unlisted_one_speaks_for_the_issuer(analyzer):
    """Review: "Media Note / Office of the Spokesperson" names no one; a spokesperson the
    dictionary does not list signs with the publisher's code."""
    note = claims_of(analyzer, (
        "New Visa Rules\n\nMedia Note\n\nOffice of the Spokesperson\n\nWashington, DC\n\n"
        "May 17, 2025\n\nWe announce new rules for visas."),
        outlet="U.S. Department of State")
    assert by_text(note, "We announce").attribution.source_text != "Media Note"
    signed = claims_of(analyzer, (
        "Violence at the Consulate Gate\n\nPress Statement\n\nTammy Bruce\n\n"
        "Department Spokesperson\n\nWashington, DC\n\nMay 17, 2025\n\n"
        "We are concerned by the violent incidents outside the consulate."),
        outlet="U.S. Department of State")
    claim = by_text(signed, "We are concerned")
    assert claim.attribution.source_text == "Tammy Bruce"
    assert claim.attribution.source_actor == "usa-state-department"
