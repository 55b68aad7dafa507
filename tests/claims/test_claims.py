"""Claims: hedges and loaded words, the carry-over of an according-to source, and the link
from events to claims."""

from __future__ import annotations

import pytest
from helpers import by_text, make_doc, parse_of, resources, vocab

from newsledger.actors import ActorIndex
from newsledger.claims import ClaimBuilder, FlagFinder


@pytest.fixture(scope="module")
def builder() -> ClaimBuilder:
    return ClaimBuilder(resources(), vocab())


def test_may_the_modal_is_a_hedge_may_the_month_is_not():
    doc = make_doc("""
Pakistan PROPN NNP nsubj 2 Pakistan
may AUX MD aux 2 may
send VERB VB ROOT 2 send
troops NOUN NNS dobj 2 troop
in ADP IN prep 2 in
May PROPN NNP pobj 4 May
. PUNCT . punct 2 .
""")
    finder = FlagFinder(resources(), vocab())
    hedges = finder.flags(doc, doc[:], finder.find(doc)["hedge"])
    assert [(f.text, f.start, f.category) for f in hedges] == [("may", 9, "modal")]


def test_loaded_words_are_flagged_with_their_category():
    doc = make_doc("""
This PRON DT nsubj 1 this
is AUX VBZ ROOT 1 be
hypocrisy NOUN NN attr 1 hypocrisy
. PUNCT . punct 1 .
""")
    finder = FlagFinder(resources(), vocab())
    loaded = finder.flags(doc, doc[:], finder.find(doc)["loaded"])
    assert [(f.text, f.category, f.entry) for f in loaded] == [
        ("hypocrisy", "pejorative", "hypocrisy")]


CARRY = """
According VERB VBG prep 6 accord
to ADP IN prep 0 to
officials NOUN NNS pobj 1 official
, PUNCT , punct 6 ,
Pakistan PROPN NNP nsubj 6 Pakistan
will AUX MD aux 6 will
send VERB VB ROOT 6 send
troops NOUN NNS dobj 6 troop
. PUNCT . punct 6 .
They PRON PRP nsubj 11 they
will AUX MD aux 11 will
arrive VERB VB ROOT 11 arrive
soon ADV RB advmod 11 soon
. PUNCT . punct 11 .
However ADV RB advmod 16 however
, PUNCT , punct 16 ,
Turkey PROPN NNP nsubj 17 Turkey
objected VERB VBD ROOT 17 object
. PUNCT . punct 17 .
"""


def test_an_according_to_source_carries_over_until_however(builder):
    parse = parse_of(make_doc(CARRY))
    parse.index = ActorIndex(parse.doc, parse.sentence_of)
    builder(parse)
    claims = parse.analysis.claims
    assert [c.id for c in claims] == ["c1", "c2", "c3"]
    assert [c.attribution.type for c in claims] == [
        "according-to", "according-to", "unattributed"]
    assert [c.sourcing_grade for c in claims] == ["C", "C", "E"]
    assert claims[1].why == ["attr:carry-over(s0)"]
    assert claims[2].text == "However, Turkey objected."


def test_every_event_names_the_claim_that_carries_it(seed):
    by_id = {e.id: e for e in seed.events}
    carried = [(event_id, claim.id) for claim in seed.claims for event_id in claim.events]
    assert sorted(carried) == sorted((e.id, e.claim) for e in seed.events)
    assert all(by_id[e].evidence.sentence == c.sentence
               for c in seed.claims for e in c.events)


def test_what_a_report_found_goes_on_in_its_paragraph_and_a_persons_words_do_not(analyzer):
    """ "The report found…" and the sentences after it in its paragraph are the report's
    (ruling R15; issue 13, real dev: a story of a World Bank report); the next paragraph,
    and what follows a person's reported words, are the outlet's own."""
    claims = analyzer.analyze(
        "The report found that rents in Velmar rose by 9 percent last year. Wages in the "
        "north fell by 2 percent.\n\nThe city council meets on Monday.\n\n"
        "Mayor Lena Vask said rents had risen. Wages in the south fell by 3 percent.",
        date="2025-11-04").claims
    carried = by_text(claims, "Wages in the north")
    assert (carried.attribution.type, carried.sourcing_grade) == ("reported-speech", "A")
    assert carried.attribution.source_text == "The report"
    assert carried.why[0] == "attr:carry-over(s0)"
    assert by_text(claims, "city council meets").sourcing_grade == "E"
    assert by_text(claims, "Wages in the south").sourcing_grade == "E"


@pytest.mark.parametrize("after", [
    "The finance minister will present the budget on Thursday.",  # someone acts
    "Health officials welcomed the results.",  # an office speaks
    "It was published in a journal on Wednesday.",  # the document itself, a day
    "Fighting resumed on Sunday in the north.",  # news of a day
])
def test_a_reports_findings_stop_at_the_outlets_own_news(analyzer, after):
    """Review: what a report found goes on only in sentences that can be findings."""
    claims = analyzer.analyze("The report found that malaria cases fell by half. " + after,
                              date="2025-11-04", outlet="Harbor Wire").claims
    assert claims[1].sourcing_grade == "E", claims[1].why
