"""Words given without a verb of speech (issue 13, claims/quoting.py): a quotation opened
after a colon is the subject's, and so is a name passed with "call", "brand", "label"."""

from __future__ import annotations

from helpers import by_text, claims_of


def test_a_quotation_opened_after_a_colon_is_the_subjects_and_goes_on(analyzer):
    claims = claims_of(analyzer, (
        "The Red Cross spokeswoman Lena Ortiz appealed for calm in the valley: \"We are "
        "worried about the 4,000 families still in the camps. We ask both sides to let the "
        'convoys through."'))
    first = by_text(claims, "appealed for calm")
    assert first.attribution.type == "direct-quote"
    assert "Lena Ortiz" in first.attribution.source_text
    assert first.sourcing_grade == "A"
    assert first.why[0] == "attr:colon-quote"
    after = by_text(claims, "let the convoys through")
    assert after.attribution.source_text == first.attribution.source_text
    assert after.sourcing_grade == "A"


def test_a_colon_with_no_citable_subject_cites_nobody(analyzer):
    for text in ('The message from the crowd was clear: "Leave now."',
                 'The new plan has one aim: "Peace through strength."',
                 'Police found a note beside the car: "Forgive me, I had no choice."',
                 # words seized, banned or intercepted; a speaker in a relative clause
                 'Police confiscated leaflets at the rally: "Down with the governor."',
                 'Ruritania intercepted a phone call: "We fired the wrong rocket."',
                 'Police arrested a man who shouted: "Long live the revolution."'):
        [claim] = claims_of(analyzer, text)
        assert claim.attribution.type == "unattributed", text
        assert claim.sourcing_grade == "E", text


def test_a_verdict_passed_with_call_is_the_callers_words(analyzer):
    claims = claims_of(analyzer, (
        'Senator Ruth Adler went on to call the pardon of the two officers "a disgrace."'))
    [claim] = claims
    assert claim.attribution.type == "direct-quote"
    assert claim.attribution.source_text == "Senator Ruth Adler"
    assert claim.sourcing_grade == "A"
    assert claim.why[0] == "attr:naming(call)"
    # scare quotes too short to be a quotation: the caller's reported speech
    [claim] = claims_of(analyzer, "Putin calls the new NATO base 'a threat'\n\nMore soon.")[:1]
    assert claim.attribution.type == "reported-speech"
    assert "Putin" in claim.attribution.source_text


def test_calling_on_for_off_or_calling_someone_names_nothing(analyzer):
    for text in ("The minister called on both sides to hold their fire.",
                 'The union called off the strike, which it had named "Operation Bread".',
                 "Foreign Minister Ana Petrova called Ruritanian President Ivo Marek today "
                 "to discuss the border.",
                 "The mayor called the meeting for Tuesday."):
        claim = claims_of(analyzer, text)[0]
        assert not claim.why[0].startswith("attr:naming"), text


def test_a_passive_naming_is_its_agents_words(analyzer):
    [claim] = claims_of(analyzer, 'The strikers were called "saboteurs" by the Kenyan '
                                  'president.')
    assert claim.attribution.source_text == "the Kenyan president"
    assert claim.why[0] == "attr:naming(call)"
    [claim] = claims_of(analyzer, "The blogger was labelled an extremist last year.")
    assert claim.attribution.type == "unattributed"  # no agent: no one named speaks


def test_a_statement_that_reads_is_its_issuers_over_the_verbs_quoted(analyzer):
    """ "issued a statement which read: "Ruritania rejects…"": the issuer speaks, not the
    subject of a verb of speech inside the quotation; nor does "we" inside it (issue 13)."""
    claims = claims_of(analyzer, (
        'The Ruritanian foreign ministry issued a statement which read: "Ruritania rejects '
        'the report. It is a selective compilation."'))
    for words in ("rejects the report", "selective compilation"):
        claim = by_text(claims, words)
        assert claim.attribution.source_text == "The Ruritanian foreign ministry", words
        assert claim.attribution.type == "direct-quote"
    claims = claims_of(analyzer, (
        'The spokesman, Toma Brel, made the statement on Thursday: "It is with sorrow that '
        'we confirm the death of 12 of our compatriots."'))
    assert by_text(claims, "we confirm").attribution.source_text == "The spokesman, Toma Brel"


def test_a_relative_clause_quoting_no_statement_cites_nobody(analyzer):
    claims = claims_of(analyzer, 'Police arrested a man who shouted: "Down with the king."')
    assert by_text(claims, "Down with the king").attribution.type == "unattributed"


def test_a_statement_received_or_intercepted_is_not_its_receivers(analyzer):
    """Review: only a verb that puts a statement out makes its subject the speaker."""
    for text in ('The minister received a message which read: "Your family is safe."',
                 'Customs officers intercepted a message that said: "The cargo leaves '
                 'on Tuesday."'):
        claim = claims_of(analyzer, text)[0]
        assert claim.attribution.type == "unattributed", text
